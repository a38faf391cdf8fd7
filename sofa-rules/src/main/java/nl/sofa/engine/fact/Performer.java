package nl.sofa.engine.fact;

/**
 * Who performs a {@link CareAct} or a {@link DailyLifeHelp}: one of the situation's caregivers, one
 * of its volunteers, or a professional ({@code CareTask.PROFESSIONAL}). The rules that derive a care
 * act or daily-life help find the performer once, by joining the task with the {@code Caregiver} or
 * {@code Volunteer} it names; the rules that judge the act then test this component (a constant, so
 * an alpha constraint Drools can share and hash) instead of joining the performer again each.
 *
 * <p>Stable since 2.0 (added with the leaner rule network of issue 15).
 */
public enum Performer {
    /** One of the situation's caregivers. */
    CAREGIVER,
    /** One of the situation's volunteers. */
    VOLUNTEER,
    /**
     * Anyone else: a professional; also a care act or daily-life help a pack inserts with the
     * constructor that names no performer, which the built-in task rules then do not judge.
     */
    OTHER
}
