package nl.sofa.testkit;

/**
 * One way to break a valid situation document, so that it has exactly one problem. For every kind
 * but {@link #TRUNCATED} the JSON path the reader must report is known (contract v1 §1).
 *
 * <p>Ids and references: a caregiver's or volunteer's id made unreadable (deleted, retyped, null,
 * blank, too long, {@code PROFESSIONAL}) is reported at its own path, also when
 * {@code carePlanSharedWith} or {@code performedBy} name it: with an id unreadable, the set of ids
 * is not known, so a reference cannot be judged right or wrong, and the reader does not judge any
 * (nor does the kit expect it to). An id changed into another readable id ({@link #DUPLICATE_ID})
 * does leave the references to its old value dangling, and the first of those problems in document
 * order is the one expected.
 *
 * <p>Stable since 0.1.
 */
public enum Corruption {
    /**
     * A required field deleted ({@code endingReason} too, when the phase is ENDING). Reported at the
     * field's own path.
     */
    MISSING_REQUIRED_FIELD,
    /**
     * A value (a field's or an array entry's) replaced by one of another JSON type: string, number,
     * boolean, object or array. Reported at the value's path.
     */
    WRONG_TYPE,
    /**
     * A value outside what its field allows: a number below or above its range, a fraction for a
     * whole number, a blank, too long, control-character or {@code PROFESSIONAL} id, a date that is
     * not a YYYY-MM-DD calendar date, a schemaVersion other than 1 or 2. Reported at the value's path.
     */
    OUT_OF_RANGE,
    /** An enum value (single or in a list) replaced by a string that is no constant. Reported at its path. */
    UNKNOWN_ENUM_VALUE,
    /** A field the contract does not know added to an object. Reported at the new field's path. */
    UNKNOWN_FIELD,
    /** A value (a field's or an array entry's) replaced by {@code null}. Reported at its path. */
    NULL_VALUE,
    /** {@code endingReason} added to a situation whose phase is not ENDING. Reported at {@code $.endingReason}. */
    FORBIDDEN_FIELD,
    /** A key repeated in its object, which makes the document malformed. Reported at the key's path. */
    REPEATED_KEY,
    /**
     * An id given the id of another caregiver, volunteer or task. Reported at the later occurrence
     * (caregivers before volunteers), unless the id that was overwritten is named in
     * {@code carePlanSharedWith}, which comes earlier in the document: then there.
     */
    DUPLICATE_ID,
    /** A second caregiver made primary contact. Reported at the later one's {@code primaryContact}. */
    SECOND_PRIMARY_CONTACT,
    /**
     * {@code performedBy} naming no caregiver or volunteer, or a {@code carePlanSharedWith} entry
     * naming no caregiver (an unknown id, or a volunteer's). Reported at that value.
     */
    UNKNOWN_REFERENCE,
    /** The document cut short. Only rejection can be expected, not a path. */
    TRUNCATED
}
