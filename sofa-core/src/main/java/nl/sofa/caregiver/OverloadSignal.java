package nl.sofa.caregiver;

/** A signal of overload (overbelasting) observed in a caregiver. Stable since 0.1. */
public enum OverloadSignal {
    /** Time pressure. */
    TIME_PRESSURE,
    /** No time for one's own life. */
    NO_TIME_FOR_OWN_LIFE,
    /** Physical complaints. */
    PHYSICAL_COMPLAINTS,
    /** Psychological complaints. */
    PSYCHOLOGICAL_COMPLAINTS,
    /** Sleep problems. */
    SLEEP_PROBLEMS,
    /** Changes in behaviour. */
    BEHAVIOURAL_CHANGES,
    /** Social isolation. */
    SOCIAL_ISOLATION,
    /** Financial strain. */
    FINANCIAL_STRAIN
}
