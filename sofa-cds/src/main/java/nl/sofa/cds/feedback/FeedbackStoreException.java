package nl.sofa.cds.feedback;

import nl.sofa.cds.CdsException;

/** Feedback could not be kept or read (the database is down, full, refused the write); 503. */
public final class FeedbackStoreException extends CdsException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without personal data
     * @param cause the database's failure
     */
    public FeedbackStoreException(String message, Throwable cause) {
        super(503, "feedback-store-unavailable", message, cause);
    }
}
