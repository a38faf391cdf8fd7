package nl.sofa.advice;

import java.util.List;
import java.util.Objects;
import nl.sofa.internal.Collections2;

/**
 * The overload assessment of one caregiver.
 *
 * @param caregiverId the caregiver
 * @param overloadRisk the risk level
 * @param factors the codes of everything that raised the level (the burden band, each signal, each
 *     risk factor), sorted; empty exactly when the risk is {@link OverloadRisk#NONE}
 */
public record CaregiverAssessment(String caregiverId, OverloadRisk overloadRisk, List<String> factors) {
    /**
     * Sorts the factors and removes repeats.
     *
     * @throws IllegalArgumentException when factors are empty for a raised risk or given for none
     */
    public CaregiverAssessment {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Objects.requireNonNull(overloadRisk, "overloadRisk");
        factors = List.copyOf(Collections2.sortedStrings(factors));
        if ((overloadRisk == OverloadRisk.NONE) != factors.isEmpty()) {
            throw new IllegalArgumentException("factors must be empty exactly when the risk is NONE (caregiver "
                    + caregiverId + ", risk " + overloadRisk + ", " + factors.size() + " factors)");
        }
    }
}
