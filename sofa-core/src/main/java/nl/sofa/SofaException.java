package nl.sofa;

/**
 * The root of SOFA's exceptions. Each kind of failure has its own subclass that carries its context
 * as fields (a JSON path, a pack file and line, a rule id), so that a caller can show it without
 * parsing the message.
 *
 * <p>Messages never contain values from a situation document (names, conditions, free text): only
 * paths, ids, counts and what was expected. Stable since 0.1.
 */
public abstract class SofaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one sentence saying what is wrong and where
     * @param cause the underlying failure, or null
     */
    protected SofaException(String message, Throwable cause) {
        super(message, cause);
    }
}
