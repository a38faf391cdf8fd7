package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.task.CareTask;

/**
 * A care task that is a care act (zorghandeling, rules-v2 §A): a reserved act, a risky act, or
 * personal care. The boundaries and the organisation's policy on agreements, recording and
 * instruction concern care acts; daily-life help ({@link DailyLifeHelp}) is judged differently.
 * Inserted by the rules {@code builtin.task.care-act} (a caregiver's), {@code builtin.task.care-act.volunteer}
 * and {@code builtin.task.care-act.professional} (stratum {@link Strata#DERIVE}), one per task.
 *
 * <p>Stable since 0.2.
 *
 * @param task the task
 * @param performer who performs it, found once by the rule that inserts it (since 2.0, issue 15)
 */
public record CareAct(CareTask task, Performer performer) {
    /** Checks that the task and the performer are present. */
    public CareAct {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(performer, "performer");
    }

    /**
     * A CareAct whose performer is not known ({@link Performer#OTHER}): the constructor of versions
     * before 2.0, kept for packs. The built-in task rules judge only the acts of a caregiver or a
     * volunteer, so they do not judge one inserted this way.
     */
    public CareAct(CareTask task) {
        this(task, Performer.OTHER);
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
        return "CareAct[taskId=" + task.id() + ", performerId=" + task.performedBy() + ", performer=" + performer + "]";
    }
}
