package nl.sofa.engine.fact;

import nl.sofa.caregiver.OverloadSignal;

/**
 * The factor codes of the built-in pack: what a caregiver's assessment lists as having raised the
 * risk of overload. Packs may add codes of their own, prefixed with their pack id.
 *
 * <p>Stable since 0.1.
 */
public final class FactorCodes {
    /** Measured burden in the heavy band (EDIZ-plus, CSI or ZBI). */
    public static final String BURDEN_SCORE_HEAVY = "BURDEN_SCORE_HEAVY";
    /** Measured burden in the moderate band (EDIZ-plus or ZBI). */
    public static final String BURDEN_SCORE_MODERATE = "BURDEN_SCORE_MODERATE";
    /** Intensive and long-term care: more than 8 hours a week for more than 3 months (by default). */
    public static final String INTENSIVE_LONG_TERM = "INTENSIVE_LONG_TERM";
    /** Very many hours: 40 or more a week (by default), "round the clock". */
    public static final String VERY_MANY_HOURS = "VERY_MANY_HOURS";
    /** The caregiver lives with the client. */
    public static final String LIVES_WITH_CLIENT = "LIVES_WITH_CLIENT";
    /** The caregiver is the only caregiver of the situation (volunteers do not count). */
    public static final String SOLE_CAREGIVER = "SOLE_CAREGIVER";
    /** The client has a demanding condition: any condition but {@code OTHER}. */
    public static final String DEMANDING_CONDITION = "DEMANDING_CONDITION";
    /** The caregiver is younger than 25 (by default). */
    public static final String YOUNG_CAREGIVER = "YOUNG_CAREGIVER";
    /** The caregiver is 75 or older (by default). */
    public static final String OLDER_CAREGIVER = "OLDER_CAREGIVER";
    /** The caregiver is employed (work or study) and cares more than 8 hours a week (by default). */
    public static final String COMBINES_CARE_AND_WORK = "COMBINES_CARE_AND_WORK";
    /** The prefix of a signal's code: {@code SIGNAL_SLEEP_PROBLEMS}. */
    public static final String SIGNAL_PREFIX = "SIGNAL_";

    private FactorCodes() {
    }

    /** The code of an observed signal: {@code SIGNAL_} and its name. */
    public static String signal(OverloadSignal signal) {
        return SIGNAL_PREFIX + signal.name();
    }
}
