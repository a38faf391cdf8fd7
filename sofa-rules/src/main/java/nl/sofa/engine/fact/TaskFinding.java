package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import org.jspecify.annotations.Nullable;

/**
 * Something found about one care task done by a caregiver or a volunteer, with the boundary it
 * touches and the action that answers it. Inserted by the rules {@code builtin.task.*} in stratum
 * {@link Strata#DERIVE}, and by packs. The built-in pack turns every finding into a flag (code,
 * severity, boundary, performer, task) and, when it names an action, into a suggestion for the
 * performer and the task whose priority follows the severity: CRITICAL gives HIGH, WARNING gives
 * MEDIUM, INFO gives LOW (rules {@code builtin.task.flag} and {@code builtin.task.action.*}).
 * Flag and suggestion carry the rule id and reason of the finding.
 *
 * <p>Stable since 0.1.
 *
 * @param code the flag code, for example {@code INSTRUCTION_MISSING}
 * @param severity how serious it is
 * @param boundary the boundary it touches, or null
 * @param performerId the caregiver or volunteer who performs the task
 * @param taskId the task
 * @param action the catalog id of the action that answers it (a {@code G-} action), or null for none
 * @param ruleId the rule that found it
 * @param reason why: the key and the facts (performer, task, kind) of the finding
 */
public record TaskFinding(
        String code,
        Severity severity,
        @Nullable Boundary boundary,
        String performerId,
        String taskId,
        @Nullable String action,
        String ruleId,
        Because reason) {

    /** Checks that the required parts are present. */
    public TaskFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(performerId, "performerId");
        Objects.requireNonNull(taskId, "taskId");
        Explained.require(ruleId, reason);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "TaskFinding[performerId=" + performerId + ", taskId=" + taskId + ", ruleId=" + ruleId + "]";
    }
}
