package nl.sofa.advice;

/**
 * Where a rule pack is in its life, as its publisher states it in {@code pack.json}.
 *
 * <p>Stable since 0.1.
 */
public enum PackStatus {
    /** Being written or reviewed: it runs, and every advice names it as a draft. */
    DRAFT,
    /** In use. */
    ACTIVE,
    /** No longer to be used: an engine lists its rules as switched off and never runs them. */
    RETIRED
}
