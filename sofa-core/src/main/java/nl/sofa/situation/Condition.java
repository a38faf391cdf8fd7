package nl.sofa.situation;

/**
 * A condition of the client that matters for the caregivers' load. Which conditions count as
 * demanding is decided by the rules, not here. Stable since 0.1.
 */
public enum Condition {
    /** Dementia. */
    DEMENTIA,
    /** A psychiatric illness. */
    PSYCHIATRIC,
    /** An intellectual disability. */
    INTELLECTUAL_DISABILITY,
    /** Acquired (non-congenital) brain injury (NAH). */
    ACQUIRED_BRAIN_INJURY,
    /** Stroke (CVA). */
    STROKE,
    /** Parkinson's disease. */
    PARKINSON,
    /** Multiple sclerosis. */
    MULTIPLE_SCLEROSIS,
    /** Cancer. */
    CANCER,
    /** A terminal illness. */
    TERMINAL_ILLNESS,
    /** An addiction. */
    ADDICTION,
    /** Another condition. */
    OTHER
}
