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
 * The engine's advice about one situation: the output of the JSON contract v2.
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
 * @param focus what to do first: at most {@value #MAX_FOCUS} references to HIGH suggestions of this
 *     advice, most urgent first (the engine's choice is documented in {@code docs/rules.md})
 * @param suggestions the suggested actions, in contract order
 * @param flags the flags, in contract order
 */
public record Advice(
        String situationId,
        LocalDate referenceDate,
        Phase phase,
        EngineInfo engine,
        List<CaregiverAssessment> caregivers,
        List<Suggestion.Key> focus,
        List<Suggestion> suggestions,
        List<Flag> flags) {

    /** The version of the advice contract this advice follows; written as {@code schemaVersion}. */
    public static final int SCHEMA_VERSION = 2;

    /** The most entries {@link #focus()} holds. */
    public static final int MAX_FOCUS = 5;

    /**
     * Sorts suggestions and flags into contract order.
     *
     * @throws IllegalArgumentException when two suggestions or two flags share a key, or the focus
     *     has more than {@value #MAX_FOCUS} entries, an entry twice, or one that is not a HIGH
     *     suggestion of this advice
     */
    public Advice {
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(engine, "engine");
        caregivers = List.copyOf(caregivers);
        suggestions = sortedUnique(suggestions, Suggestion.CONTRACT_ORDER, Suggestion::key);
        flags = sortedUnique(flags, Flag.CONTRACT_ORDER, Flag::key);
        focus = List.copyOf(focus);
        checkFocus(focus, suggestions);
    }

    private static void checkFocus(List<Suggestion.Key> focus, List<Suggestion> suggestions) {
        if (focus.isEmpty()) {
            return;
        }
        if (focus.size() > MAX_FOCUS) {
            throw new IllegalArgumentException("the focus holds " + focus.size() + " entries; at most " + MAX_FOCUS);
        }
        Set<Suggestion.Key> high = new HashSet<>();
        for (Suggestion s : suggestions) {
            if (s.priority() == Priority.HIGH) {
                high.add(s.key());
            }
        }
        Set<Suggestion.Key> seen = new HashSet<>();
        for (Suggestion.Key key : focus) {
            if (!high.contains(key)) {
                throw new IllegalArgumentException("the focus names " + key + ", which is not a HIGH suggestion");
            }
            if (!seen.add(key)) {
                throw new IllegalArgumentException("the focus names " + key + " twice");
            }
        }
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
