package nl.sofa.catalog;

import nl.sofa.phase.Phase;

/** The phase an action belongs to: one contact phase, or {@link #ANY}. Stable since 0.1. */
public enum ActionPhase {
    /** The beginning phase. */
    BEGIN,
    /** Day-to-day care. */
    DAILY,
    /** The end of the care relationship. */
    ENDING,
    /** Any phase: the phase-independent actions (V-, G-, P-, X-). */
    ANY;

    /** The action phase of exactly this contact phase. */
    public static ActionPhase of(Phase phase) {
        return switch (phase) {
            case BEGIN -> BEGIN;
            case DAILY -> DAILY;
            case ENDING -> ENDING;
        };
    }

    /** Whether an action of this phase may be suggested in a situation in {@code phase}. */
    public boolean appliesTo(Phase phase) {
        return this == ANY || this == of(phase);
    }
}
