package nl.sofa.advice;

/** A caregiver's risk of overload (overbelasting). Declared from low to high. Stable since 0.1. */
public enum OverloadRisk {
    /** No risk found. */
    NONE,
    /** An elevated risk: watch the load. */
    ELEVATED,
    /** A high risk: act now. */
    HIGH;

    /** The higher of this and {@code other}. */
    public OverloadRisk max(OverloadRisk other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
