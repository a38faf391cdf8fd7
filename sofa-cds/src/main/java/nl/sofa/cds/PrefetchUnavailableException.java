package nl.sofa.cds;

import java.util.List;

/**
 * The data the service needs is neither in the prefetch nor obtainable from the client's FHIR server.
 * The CDS Hooks specification asks for 412 Precondition Failed then, so that the client sends the
 * prefetch (or a {@code fhirServer}) and calls again.
 */
public final class PrefetchUnavailableException extends CdsException {
    private static final long serialVersionUID = 1L;

    private final List<String> missingKeys;

    /**
     * @param missingKeys the prefetch keys that could not be satisfied, in the discovery's order
     * @param message why, without personal data
     * @param cause the failure of a FHIR server fetch, or {@code null}
     */
    public PrefetchUnavailableException(List<String> missingKeys, String message, Throwable cause) {
        super(412, "prefetch-unavailable", message, cause);
        this.missingKeys = List.copyOf(missingKeys);
    }

    /** The prefetch keys that could not be satisfied. */
    public List<String> missingKeys() {
        return missingKeys;
    }
}
