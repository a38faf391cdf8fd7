package nl.sofa.engine.fact;

import java.util.Objects;

/**
 * A risk factor for a caregiver's overload (SCP, MantelzorgNL): intensive and long-term care,
 * very many hours, living with the client, sole caregiver, a demanding condition, a young or old
 * caregiver, combining care and work. Inserted by the rules {@code builtin.overload.factor.*} and
 * by packs, always in stratum {@link Strata#DERIVE} (the level is counted after it).
 *
 * <p>A code counts once per caregiver however many rules insert it. Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param code the factor code (see {@link FactorCodes}; a pack's own codes start with its pack id)
 * @param ruleId the rule that found it
 * @param reason one Dutch sentence naming the facts, e.g. "cg-1 zorgt 40 uur per week, al 36 maanden"
 */
public record RiskFactor(String caregiverId, String code, String ruleId, Because reason) implements OverloadFactor {

    /** Checks that every part is present. */
    public RiskFactor {
        Objects.requireNonNull(caregiverId, "caregiverId");
        if (Objects.requireNonNull(code, "code").isBlank()) {
            throw new IllegalArgumentException("code must not be blank (rule " + ruleId + ")");
        }
        Explained.require(ruleId, reason);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public boolean riskFactor() {
        return true;
    }

    @Override
    public String toString() {
        return "RiskFactor[caregiverId=" + caregiverId + ", ruleId=" + ruleId + "]";
    }
}
