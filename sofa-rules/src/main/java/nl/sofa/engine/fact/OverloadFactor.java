package nl.sofa.engine.fact;

/**
 * Something that counts towards a caregiver's risk of overload: a {@link BurdenBand}, an
 * {@link ObservedSignal} or a {@link RiskFactor}. The {@link #code()}s of a caregiver's factors
 * become the {@code factors} of its assessment when the risk is ELEVATED or HIGH, and the
 * {@link #reason()}s become reasons of its OVERLOAD_RISK flag.
 *
 * <p>Only these three kinds exist; a pack adds to a caregiver's risk by inserting a
 * {@link RiskFactor} in stratum {@link Strata#DERIVE}. Stable since 0.1.
 */
public sealed interface OverloadFactor permits BurdenBand, ObservedSignal, RiskFactor {
    /** The caregiver whose load this is about. */
    String caregiverId();

    /** The factor code shown in the assessment, for example {@code LIVES_WITH_CLIENT}. */
    String code();

    /** The id of the rule that found it. */
    String ruleId();

    /** One Dutch sentence naming the facts, for example "cg-1 woont samen met de cliënt". */
    Because reason();

    /** Whether this is a risk factor (which light involvement or a recent light measurement sets aside). */
    default boolean riskFactor() {
        return false;
    }
}
