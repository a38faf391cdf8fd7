package nl.sofa.engine.fact;

import java.util.Objects;

/**
 * A caregiver whose recent burden measurement is in the light band (rules-v2 §F: EDIZ-plus and CSI
 * up to 3, ZBI up to 20 by default): the measurement counts first, and the risk factors count for
 * nothing. Inserted by the rules {@code builtin.overload.measurement.light.*}.
 *
 * <p>Stable since 0.2.
 *
 * @param caregiverId the caregiver
 * @param ruleId the rule
 * @param reason why
 */
public record LightMeasurement(String caregiverId, String ruleId, Because reason) implements RiskFactorsSetAside {
    /** Checks that the parts are present. */
    public LightMeasurement {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Explained.require(ruleId, reason);
    }

    /** Ids only: Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "LightMeasurement[caregiverId=" + caregiverId + "]";
    }
}
