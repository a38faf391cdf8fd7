package nl.sofa.cds;

/**
 * The rule engine could not judge the situation (a rule pack's rule threw, a fire limit was hit).
 * 500: the caller did nothing wrong. The message is the engine's, which names the pack, rule and
 * situation id, never values from the situation.
 */
public final class EvaluationFailedException extends CdsException {
    private static final long serialVersionUID = 1L;

    /** @param cause the engine's failure */
    public EvaluationFailedException(RuntimeException cause) {
        super(500, "evaluation-failed", "the advice could not be made: " + cause.getMessage(), cause);
    }
}
