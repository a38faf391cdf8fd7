package nl.sofa.phase;

/**
 * Why the care relationship ends, required when the phase is {@link Phase#ENDING} and absent
 * otherwise.
 *
 * <p>Stable since 0.1.
 */
public enum EndingReason {
    /** The client goes on without professional care. */
    NO_LONGER_NEEDED,
    /** The client moves to another provider or a care home (contract v2; in v1 also home with care). */
    TRANSFER,
    /**
     * The client goes home with professional care at home, for example after a hospital or
     * rehabilitation stay (contract v2; a v1 document cannot hold it).
     */
    DISCHARGE_HOME,
    /** The client is dying (palliative, terminal phase). */
    PALLIATIVE,
    /** The client has died. */
    DECEASED
}
