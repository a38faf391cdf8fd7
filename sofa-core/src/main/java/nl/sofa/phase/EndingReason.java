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
    /** The client moves to another provider, a care home, or back home with care. */
    TRANSFER,
    /** The client is dying (palliative, terminal phase). */
    PALLIATIVE,
    /** The client has died. */
    DECEASED
}
