package nl.sofa.task;

/**
 * The kind of a care task (zorghandeling). Each kind belongs to a {@link Category}: the Dutch BIG
 * act's reserved acts, risky acts, or other care.
 *
 * <p>Stable since 0.1.
 */
public enum TaskKind {
    /** Giving an injection: a reserved act. */
    INJECTION(Category.RESERVED_ACT),
    /** Catheterisation: a reserved act. */
    CATHETERISATION(Category.RESERVED_ACT),
    /** Giving medication: a risky act. */
    MEDICATION(Category.RISKY_ACT),
    /** Wound care: a risky act. */
    WOUND_CARE(Category.RISKY_ACT),
    /** Tube feeding: a risky act. */
    TUBE_FEEDING(Category.RISKY_ACT),
    /** Oxygen: a risky act. */
    OXYGEN(Category.RISKY_ACT),
    /** Transfer with a hoist (tillift): a risky act. */
    HOIST_TRANSFER(Category.RISKY_ACT),
    /** Personal care (washing, dressing). */
    PERSONAL_CARE(Category.OTHER_CARE),
    /** Household tasks. */
    HOUSEHOLD(Category.OTHER_CARE),
    /** Supervision. */
    SUPERVISION(Category.OTHER_CARE),
    /** Companionship. */
    COMPANIONSHIP(Category.OTHER_CARE),
    /** Administration. */
    ADMINISTRATION(Category.OTHER_CARE),
    /** Transport. */
    TRANSPORT(Category.OTHER_CARE),
    /** Another task. */
    OTHER(Category.OTHER_CARE);

    /** Where a kind of task stands under the Dutch BIG act. */
    public enum Category {
        /**
         * A reserved act (voorbehouden handeling): reserved for professionals acting
         * professionally; caregivers fall outside the act and answer for their own acts.
         */
        RESERVED_ACT,
        /** A risky act (risicovolle handeling): needs fitting instruction. */
        RISKY_ACT,
        /** Other care. */
        OTHER_CARE
    }

    private final Category category;

    TaskKind(Category category) {
        this.category = category;
    }

    /** This kind's category under the BIG act. */
    public Category category() {
        return category;
    }
}
