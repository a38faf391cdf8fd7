package nl.sofa.engine;

import java.util.Objects;
import nl.sofa.SofaException;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation failed: a rule threw, the rules fired more often than the engine's fire limit (a
 * loop), or the rules produced something the contract does not allow (an unknown action, an
 * unknown id, a caregiver with other than one overload level). The evaluation returns nothing:
 * never a half-built advice.
 *
 * <p>The message names the rule and the situation by id, and says what went wrong without values
 * from the situation. The Drools failure, when there is one, is the {@link #getCause() cause}.
 *
 * <p>Stable since 0.1.
 */
public final class EvaluationException extends SofaException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String ruleId;
    private final String situationId;
    private final String problem;

    /**
     * @param ruleId the id of the rule that failed, or null when it cannot be told
     * @param situationId the id of the situation being evaluated
     * @param problem one sentence saying what went wrong, without situation values
     * @param cause the underlying failure, or null
     */
    public EvaluationException(@Nullable String ruleId, String situationId, String problem,
            @Nullable Throwable cause) {
        super("situation " + situationId + (ruleId == null ? "" : ", rule " + ruleId) + ": " + problem, cause);
        this.ruleId = ruleId;
        this.situationId = Objects.requireNonNull(situationId, "situationId");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The id of the rule that failed, or null when Drools did not say which. */
    public @Nullable String ruleId() {
        return ruleId;
    }

    /** The id of the situation whose evaluation failed. */
    public String situationId() {
        return situationId;
    }

    /** What went wrong, in one sentence, without the ids. */
    public String problem() {
        return problem;
    }
}
