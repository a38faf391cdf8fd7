package nl.sofa.engine.fact;

/**
 * Why a caregiver's risk factors count for nothing (rules-v2 §F): light involvement, or a recent
 * measurement in the light band. The tally then counts the burden band and the signals only, and the
 * assessment lists no risk factor. Inserted in stratum {@link Strata#DERIVE}.
 *
 * <p>Stable since 0.2.
 */
public sealed interface RiskFactorsSetAside permits LightInvolvement, LightMeasurement {
    /** The caregiver. */
    String caregiverId();

    /** The rule that set them aside. */
    String ruleId();

    /** Why, for the reasons of the OVERLOAD_RISK flag. */
    Because reason();
}
