package nl.sofa.cds;

/** A call to a service id that discovery does not list. 404. */
public final class UnknownServiceException extends CdsException {
    private static final long serialVersionUID = 1L;

    /** @param serviceId the id asked for (an id from the URL, not personal data) */
    public UnknownServiceException(String serviceId) {
        super(404, "unknown-service", "there is no CDS service '" + sanitize(serviceId) + "'", null);
    }

    private static String sanitize(String id) {
        String kept = id.length() > 64 ? id.substring(0, 64) : id;
        return kept.replaceAll("[^A-Za-z0-9._-]", "?");
    }
}
