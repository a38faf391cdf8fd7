package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.task.CareTask;

/**
 * A care task that is daily-life help, not a care act (rules-v2 §A): household help, supervision,
 * companionship, administration, transport, another task. For a caregiver it raises no agreement,
 * recording, instruction, policy, evaluation or liability flag. Inserted by the rule
 * {@code builtin.task.daily-life-help} (stratum {@link Strata#DERIVE}), one per task.
 *
 * <p>Stable since 0.2.
 *
 * @param task the task
 */
public record DailyLifeHelp(CareTask task) {
    /** Checks that the task is present. */
    public DailyLifeHelp {
        Objects.requireNonNull(task, "task");
    }

    /** The task's id. */
    public String taskId() {
        return task.id();
    }

    /** Who performs it. */
    public String performerId() {
        return task.performedBy();
    }

    /** Ids only: Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "DailyLifeHelp[taskId=" + task.id() + ", performerId=" + task.performedBy() + "]";
    }
}
