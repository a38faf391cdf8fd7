package nl.sofa.cds;

import java.util.Objects;

/**
 * A call the service cannot answer with cards. Each kind of failure is its own subclass and carries
 * the HTTP status the CDS Hooks specification asks for, a stable error code for programs and a
 * message for people; neither holds personal data (ids and counts only), so a host may log and
 * return both as they are.
 */
public abstract class CdsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status the HTTP status to answer with
     * @param code a stable, lower-case error code, e.g. {@code prefetch-missing}
     * @param message what went wrong and where, without personal data
     * @param cause the underlying failure, or {@code null}
     */
    protected CdsException(int status, String code, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The HTTP status to answer with. */
    public int status() {
        return status;
    }

    /** A stable, lower-case error code, e.g. {@code invalid-request}. */
    public String code() {
        return code;
    }
}
