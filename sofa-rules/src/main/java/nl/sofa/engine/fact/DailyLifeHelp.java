package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.task.CareTask;

/**
 * A care task that is daily-life help, not a care act (rules-v2 §A): household help, supervision,
 * companionship, administration, transport, another task. For a caregiver it raises no agreement,
 * recording, instruction, policy, evaluation or liability flag. Inserted by the rules
 * {@code builtin.task.daily-life-help} (a caregiver's), {@code builtin.task.daily-life-help.volunteer} and
 * {@code builtin.task.daily-life-help.professional} (stratum {@link Strata#DERIVE}), one per task.
 *
 * <p>Stable since 0.2.
 *
 * @param task the task
 * @param performer who performs it, found once by the rule that inserts it (since 2.0, issue 15)
 */
public record DailyLifeHelp(CareTask task, Performer performer) {
    /** Checks that the task and the performer are present. */
    public DailyLifeHelp {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(performer, "performer");
    }

    /**
     * A DailyLifeHelp whose performer is not known ({@link Performer#OTHER}): the constructor of versions
     * before 2.0, kept for packs. The built-in task rules judge only the acts of a caregiver or a
     * volunteer, so they do not judge one inserted this way.
     */
    public DailyLifeHelp(CareTask task) {
        this(task, Performer.OTHER);
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
        return "DailyLifeHelp[taskId=" + task.id() + ", performerId=" + task.performedBy() + ", performer=" + performer + "]";
    }
}
