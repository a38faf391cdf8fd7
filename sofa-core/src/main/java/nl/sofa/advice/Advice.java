package nl.sofa.advice;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sofa.phase.Phase;

/**
 * The engine's advice about one situation: the output of the JSON contract v1.
 *
 * <p>An advice is always in the contract's canonical form: the constructor sorts suggestions by
 * {@link Suggestion#CONTRACT_ORDER} and flags by {@link Flag#CONTRACT_ORDER}, and refuses two
 * suggestions (or flags) with the same key, which the engine merges first. Equal advice therefore
 * writes to byte-identical JSON.
 *
 * @param situationId the id of the situation
 * @param referenceDate the date the advice is "as of"
 * @param phase the situation's phase
 * @param engine the engine and packs that produced it
 * @param caregivers one assessment per caregiver of the situation, in input order
 * @param suggestions the suggested actions, in contract order
 * @param flags the flags, in contract order
 */
public record Advice(
        String situationId,
        LocalDate referenceDate,
        Phase phase,
        EngineInfo engine,
        List<CaregiverAssessment> caregivers,
        List<Suggestion> suggestions,
        List<Flag> flags) {

    /**
     * Sorts suggestions and flags into contract order.
     *
     * @throws IllegalArgumentException when two suggestions or two flags share a key
     */
    public Advice {
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(engine, "engine");
        caregivers = List.copyOf(caregivers);
        suggestions = sortedUnique(suggestions, Suggestion.CONTRACT_ORDER, Suggestion::key);
        flags = sortedUnique(flags, Flag.CONTRACT_ORDER, Flag::key);
    }

    private static <T> List<T> sortedUnique(List<T> values, Comparator<T> order,
            Function<T, Object> key) {
        Set<Object> keys = new HashSet<>(Math.max(16, 2 * values.size()));
        for (T value : values) {
            if (!keys.add(key.apply(Objects.requireNonNull(value, "null entry")))) {
                throw new IllegalArgumentException("two entries share the key " + key.apply(value)
                        + "; merge them first");
            }
        }
        @SuppressWarnings("unchecked")
        T[] sorted = (T[]) values.toArray();
        Arrays.sort(sorted, order);
        return List.of(sorted);
    }

    /** The assessment of this caregiver, if the situation had one with this id. */
    public Optional<CaregiverAssessment> assessmentOf(String caregiverId) {
        return caregivers.stream().filter(a -> a.caregiverId().equals(caregiverId)).findFirst();
    }
}
