package nl.sofa.advice;

/**
 * How much a suggestion matters now. Baseline suggestions that every caregiver gets are
 * {@link #LOW} or {@link #MEDIUM}; signals raise the ones that matter to {@link #HIGH}.
 *
 * <p>Declared from low to high, so that {@code compareTo} and {@code max} read naturally; the
 * advice lists HIGH first. Stable since 0.1.
 */
public enum Priority {
    /** Good practice, no particular reason now. */
    LOW,
    /** Worth doing: a fact of this situation asks for it. */
    MEDIUM,
    /** Act on it: a signal asks for it. */
    HIGH;

    /** The higher of this and {@code other}. */
    public Priority max(Priority other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
