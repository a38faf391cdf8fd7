package nl.sofa.situation;

/**
 * A signal that informal care may have derailed (ontspoorde mantelzorg): neglect, psychological
 * or physical harm, mostly unintended and grown out of overload. Stable since 0.1.
 */
public enum DerailmentSignal {
    /** The client looks neglected. */
    CLIENT_NEGLECTED,
    /** The client has injuries. */
    CLIENT_INJURIES,
    /** The client is anxious or withdrawn. */
    CLIENT_ANXIOUS_OR_WITHDRAWN,
    /** The caregiver snaps at or bosses the client. */
    CAREGIVER_SNAPS_OR_BOSSES,
    /** Help or visits are refused. */
    HELP_OR_VISITS_REFUSED,
    /** Problems are concealed. */
    PROBLEMS_CONCEALED,
    /** There are financial irregularities. */
    FINANCIAL_IRREGULARITIES
}
