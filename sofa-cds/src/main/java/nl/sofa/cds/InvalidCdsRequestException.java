package nl.sofa.cds;

/**
 * The request body is not a CDS Hooks call this service can read: not JSON, too large or too deep, a
 * required field missing, the wrong hook. 400. The message names the JSON path and what is wrong,
 * never a value from the body.
 */
public final class InvalidCdsRequestException extends CdsException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /**
     * @param path the JSON path of the problem, e.g. {@code $.context.patientId}
     * @param problem what is wrong, in one sentence, without values from the body
     */
    public InvalidCdsRequestException(String path, String problem) {
        super(400, "invalid-request", path + ": " + problem, null);
        this.path = path;
    }

    /** The JSON path of the problem. */
    public String path() {
        return path;
    }
}
