package nl.sofa.situation;

/** Where the client receives care. Stable since 0.1. */
public enum Setting {
    /** At home (thuiszorg). */
    HOME,
    /** A nursing or care home, or sheltered living. */
    RESIDENTIAL,
    /** A hospital. */
    HOSPITAL,
    /** Rehabilitation (revalidatie). */
    REHABILITATION,
    /** Mental health care (GGZ). */
    MENTAL_HEALTH,
    /** Disability care (gehandicaptenzorg). */
    DISABILITY_CARE
}
