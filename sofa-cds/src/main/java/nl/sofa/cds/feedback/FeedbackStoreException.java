package nl.sofa.cds.feedback;

import nl.sofa.cds.CdsException;
import org.jspecify.annotations.Nullable;

/**
 * Feedback could not be kept or read (the database is down, full, refused the write, or an in-memory
 * store is at its capacity); 503, code {@code feedback-store-unavailable}. The message names what
 * failed with codes and counts only (for a database, its SQL state), never a stored value.
 */
public final class FeedbackStoreException extends CdsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without personal data
     * @param cause the underlying failure, or {@code null} when it could carry stored values (a
     *     database's message may quote the value it refused)
     */
    public FeedbackStoreException(String message, @Nullable Throwable cause) {
        super(503, "feedback-store-unavailable", message, cause);
    }

    /**
     * A failure without an underlying exception to pass on.
     *
     * @param message what failed, without personal data
     */
    public FeedbackStoreException(String message) {
        this(message, null);
    }
}
