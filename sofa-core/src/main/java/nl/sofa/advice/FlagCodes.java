package nl.sofa.advice;

/**
 * The flag codes of the built-in pack (contract v1 §2, contract v2 §2). Packs may raise codes of their
 * own. Every code here has a title in the built-in flag catalog ({@code ActionCatalog.findFlag}).
 */
public final class FlagCodes {
    /** A caregiver's overload risk is ELEVATED (WARNING) or HIGH (CRITICAL). */
    public static final String OVERLOAD_RISK = "OVERLOAD_RISK";
    /** Signals of derailed informal care (ontspoorde mantelzorg). */
    public static final String DERAILED_CARE_RISK = "DERAILED_CARE_RISK";
    /** One person carries the care and is at risk. */
    public static final String SOLE_CAREGIVER = "SOLE_CAREGIVER";
    /** No caregiver is known. */
    public static final String NO_CAREGIVER_KNOWN = "NO_CAREGIVER_KNOWN";
    /** A caregiver performs a task about which nothing was agreed. */
    public static final String TASK_WITHOUT_AGREEMENT = "TASK_WITHOUT_AGREEMENT";
    /** The agreement about a task is not recorded in the care plan. */
    public static final String AGREEMENT_NOT_RECORDED = "AGREEMENT_NOT_RECORDED";
    /** A reserved or risky act without instruction. */
    public static final String INSTRUCTION_MISSING = "INSTRUCTION_MISSING";
    /** A task outside the organisation's policy. */
    public static final String TASK_OUTSIDE_POLICY = "TASK_OUTSIDE_POLICY";
    /** The caregiver is not willing to do the task. */
    public static final String CAREGIVER_UNWILLING = "CAREGIVER_UNWILLING";
    /** The caregiver is not able to do the task. */
    public static final String CAREGIVER_UNABLE = "CAREGIVER_UNABLE";
    /** The agreement's evaluation date has passed. */
    public static final String AGREEMENT_EVALUATION_OVERDUE = "AGREEMENT_EVALUATION_OVERDUE";
    /** A professional has personal reservations about the task. */
    public static final String PROFESSIONAL_RESERVATION = "PROFESSIONAL_RESERVATION";
    /** A caregiver performs a reserved act and answers for it. */
    public static final String LIABILITY_NOTICE = "LIABILITY_NOTICE";
    /** A volunteer performs a reserved act. */
    public static final String VOLUNTEER_RESERVED_ACT = "VOLUNTEER_RESERVED_ACT";
    /** A caregiver needs the care plan but the client has not consented to share it. */
    public static final String CONSENT_MISSING = "CONSENT_MISSING";
    /**
     * A volunteer performs a risky act or personal care without an agreement or without instruction
     * (contract v2).
     */
    public static final String VOLUNTEER_TASK_UNSUPERVISED = "VOLUNTEER_TASK_UNSUPERVISED";
    /** A caregiver younger than 18 (contract v2). */
    public static final String YOUNG_CAREGIVER = "YOUNG_CAREGIVER";

    private FlagCodes() {
    }
}
