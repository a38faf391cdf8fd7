package nl.sofa.advice;

/**
 * How serious a flag is: the indicators of a CDS Hooks card ({@code info}, {@code warning},
 * {@code critical}). Declared from low to high; the advice lists CRITICAL first. Stable since 0.1.
 */
public enum Severity {
    /** For information. */
    INFO,
    /** Needs attention. */
    WARNING,
    /** Needs action. */
    CRITICAL;

    /** The higher of this and {@code other}. */
    public Severity max(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
