package nl.sofa.engine.fact;

import java.time.LocalDate;
import java.util.Objects;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Setting;
import org.jspecify.annotations.Nullable;

/**
 * The situation-wide facts of one evaluation. The engine inserts exactly one per evaluation,
 * beside the situation's own parts ({@code Client}, each {@code Caregiver}, {@code Volunteer} and
 * {@code CareTask}, the {@code Policy} when there is one) and the
 * {@link nl.sofa.engine.Thresholds}.
 *
 * <p>Stable since 0.1.
 *
 * @param situationId the situation's id
 * @param referenceDate the date the advice is "as of": the situation's, or today in
 *     Europe/Amsterdam by the engine's clock when the situation has none
 * @param phase the contact phase
 * @param endingReason why care ends; present exactly when the phase is {@link Phase#ENDING}
 * @param setting where the client receives care, or null when not known
 */
public record EvaluationContext(
        String situationId,
        LocalDate referenceDate,
        Phase phase,
        @Nullable EndingReason endingReason,
        @Nullable Setting setting) {

    /** Checks that the required parts are present. */
    public EvaluationContext {
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(phase, "phase");
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "EvaluationContext[situationId=" + situationId + "]";
    }
}
