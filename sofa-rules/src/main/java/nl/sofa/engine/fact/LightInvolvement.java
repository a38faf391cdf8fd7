package nl.sofa.engine.fact;

import java.util.Objects;

/**
 * A caregiver who is lightly involved (rules-v2 §F): fewer hours a week than
 * {@code Thresholds.lightHoursBelow} and not living with the client. Inserted by the rule
 * {@code builtin.overload.light-involvement}.
 *
 * <p>Stable since 0.2.
 *
 * @param caregiverId the caregiver
 * @param ruleId the rule
 * @param reason why
 */
public record LightInvolvement(String caregiverId, String ruleId, Because reason) implements RiskFactorsSetAside {
    /** Checks that the parts are present. */
    public LightInvolvement {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Explained.require(ruleId, reason);
    }

    /** Ids only: Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "LightInvolvement[caregiverId=" + caregiverId + "]";
    }
}
