package nl.sofa.caregiver;

/** What the caregiver is to the client. Stable since 0.1. */
public enum RelationToClient {
    /** The client's partner. */
    PARTNER,
    /** The client's child: the caregiver cares for a parent. */
    CHILD,
    /** The client's parent: the caregiver cares for a child. */
    PARENT,
    /** Other family. */
    OTHER_FAMILY,
    /** A friend. */
    FRIEND,
    /** A neighbour. */
    NEIGHBOUR,
    /** Anyone else. */
    OTHER
}
