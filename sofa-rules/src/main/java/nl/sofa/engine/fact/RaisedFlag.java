package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import org.jspecify.annotations.Nullable;

/**
 * An output fact: a rule raises a flag. The engine gathers every {@code RaisedFlag} once the
 * rules are done and merges those with the same (code, caregiverId, taskId) into one flag of the
 * advice, keeping the highest severity (and that entry's boundary) and every rule id and reason.
 * To give one flag several reasons, insert one fact per reason.
 *
 * <p>The engine refuses (as an {@link nl.sofa.engine.EvaluationException} naming the rule) a
 * caregiverId or taskId that is not in the situation. Stable since 0.1.
 *
 * @param code the flag code (see {@link nl.sofa.advice.FlagCodes}, or a pack's own)
 * @param severity how serious it is
 * @param boundary the boundary it touches, or null
 * @param caregiverId the caregiver or volunteer it concerns, or null
 * @param taskId the care task it concerns, or null
 * @param ruleId the id of the rule that raises it ({@code drools.getRule().getName()})
 * @param reason one Dutch sentence naming the facts behind it
 */
public record RaisedFlag(
        String code,
        Severity severity,
        @Nullable Boundary boundary,
        @Nullable String caregiverId,
        @Nullable String taskId,
        String ruleId,
        String reason) {

    /** Checks that the required parts are present. */
    public RaisedFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Explained.require(ruleId, reason);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "RaisedFlag[code=" + code + ", caregiverId=" + caregiverId + ", taskId=" + taskId + ", ruleId="
                + ruleId + "]";
    }
}
