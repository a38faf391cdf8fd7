package nl.sofa.engine.fact;

import java.util.List;
import java.util.Objects;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import org.jspecify.annotations.Nullable;

/**
 * An output fact: a rule raises a flag. The engine gathers every {@code RaisedFlag} once the
 * rules are done and merges those with the same (code, caregiverId, taskId) into one flag of the
 * advice, keeping the highest severity (and that entry's boundary) and every rule id and reason.
 * The reason of the fact with the highest severity (on a tie, of the smallest rule id) becomes the
 * flag's headline; every other reason, and the {@code facts} of every fact, follow it. The flag's
 * title comes from the flag catalog (a pack declares its own codes with their texts).
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
 * @param reason why this flag: the headline when this fact gives the flag its severity
 * @param facts further reasons: the facts behind it (may be empty)
 */
public record RaisedFlag(
        String code,
        Severity severity,
        @Nullable Boundary boundary,
        @Nullable String caregiverId,
        @Nullable String taskId,
        String ruleId,
        Because reason,
        List<Because> facts) {

    /** Checks that the required parts are present. */
    public RaisedFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Explained.require(ruleId, reason);
        facts = List.copyOf(facts);
    }

    /** A flag with one reason. */
    public RaisedFlag(String code, Severity severity, @Nullable Boundary boundary, @Nullable String caregiverId,
            @Nullable String taskId, String ruleId, Because reason) {
        this(code, severity, boundary, caregiverId, taskId, ruleId, reason, List.of());
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
