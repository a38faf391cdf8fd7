package nl.sofa.phase;

/**
 * The contact phase between the professional and a client's caregivers: the SOFA model asks for
 * different actions in each (workbook, theme "SOFA-model").
 *
 * <p>Stable since 0.1.
 */
public enum Phase {
    /** Beginfase: getting acquainted, the start of care. */
    BEGIN,
    /** Dagelijkse praktijk: day-to-day care. */
    DAILY,
    /** Vertrek of afscheid: the care relationship ends; see {@link EndingReason}. */
    ENDING
}
