package nl.sofa.engine.fact;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import nl.sofa.advice.OverloadRisk;

/**
 * A caregiver's risk of overload, with the factor codes behind it. Inserted by the rules
 * {@code builtin.overload.level.*} (stratum {@link Strata#LEVEL}): exactly one per caregiver, which
 * becomes the caregiver's assessment in the advice. Rules that act on the level belong to stratum
 * {@link Strata#CONCLUDE}.
 *
 * <p>Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param risk the level
 * @param factors the codes of the burden band, each signal and each risk factor behind the level,
 *     sorted; empty exactly when the risk is {@link OverloadRisk#NONE}
 * @param ruleId the rule that set the level
 * @param reason why this level (the headline of the OVERLOAD_RISK flag)
 * @param facts the reasons of what counted towards the level, and of what was set aside
 */
public record OverloadLevel(String caregiverId, OverloadRisk risk, List<String> factors, String ruleId, Because reason,
        List<Because> facts) {

    /**
     * Sorts the factors.
     *
     * @throws IllegalArgumentException when factors are empty for a raised risk or given for none
     */
    public OverloadLevel {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Objects.requireNonNull(risk, "risk");
        Explained.require(ruleId, reason);
        factors = List.copyOf(new TreeSet<>(factors));
        facts = List.copyOf(facts);
        if ((risk == OverloadRisk.NONE) != factors.isEmpty()) {
            throw new IllegalArgumentException("factors must be empty exactly when the risk is NONE (rule " + ruleId
                    + ", " + factors.size() + " factors)");
        }
    }

    /** A level with these factor codes (a convenience for the consequence of a rule). */
    public static OverloadLevel of(String caregiverId, OverloadRisk risk, Collection<String> factors, String ruleId,
            Because reason, List<Because> facts) {
        return new OverloadLevel(caregiverId, risk, List.copyOf(factors), ruleId, reason, facts);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "OverloadLevel[caregiverId=" + caregiverId + ", factors=" + factors.size() + ", ruleId=" + ruleId + "]";
    }
}
