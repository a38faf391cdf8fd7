package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.task.CareTask;

/**
 * A care task that is a care act (zorghandeling, rules-v2 §A): a reserved act, a risky act, or
 * personal care. The boundaries and the organisation's policy on agreements, recording and
 * instruction concern care acts; daily-life help ({@link DailyLifeHelp}) is judged differently.
 * Inserted by the rule {@code builtin.task.care-act} (stratum {@link Strata#DERIVE}), one per task.
 *
 * <p>Stable since 0.2.
 *
 * @param task the task
 */
public record CareAct(CareTask task) {
    /** Checks that the task is present. */
    public CareAct {
        Objects.requireNonNull(task, "task");
    }

    /** The task's id. */
    public String taskId() {
        return task.id();
    }

    /** Who performs it: a caregiver's or volunteer's id, or {@code PROFESSIONAL}. */
    public String performerId() {
        return task.performedBy();
    }

    /** Ids only: Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "CareAct[taskId=" + task.id() + ", performerId=" + task.performedBy() + "]";
    }
}
