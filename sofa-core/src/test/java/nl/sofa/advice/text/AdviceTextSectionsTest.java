package nl.sofa.advice.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.role.SofaRole;
import nl.sofa.text.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * Over many random advices: the sections lose nothing and repeat nothing, put every entry with its
 * person, and keep the documented order.
 */
class AdviceTextSectionsTest {
    private static final int TRIES = Integer.getInteger("sofa.tries", 1000);
    private static final List<String> CAREGIVERS = List.of("cg-b", "cg-a", "cg-c");
    private static final List<String> PERFORMERS = List.of("cg-b", "cg-a", "cg-c", "vw-2", "vw-1");
    private static final List<String> TASKS = List.of("t-3", "t-1", "t-2");

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T extends Enum<T>> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A random advice whose keys are unique and whose focus is valid. */
    static Advice randomAdvice(Random random) {
        List<CaregiverAssessment> caregivers = new ArrayList<>();
        for (String id : CAREGIVERS) {
            if (random.nextInt(4) > 0) {
                OverloadRisk risk = pick(random, OverloadRisk.values());
                caregivers.add(new CaregiverAssessment(id, risk, risk == OverloadRisk.NONE ? List.of() : List.of("LIVES_WITH_CLIENT")));
            }
        }
        Map<Suggestion.Key, Suggestion> suggestions = new LinkedHashMap<>();
        for (int i = random.nextInt(25); i > 0; i--) {
            String caregiverId = random.nextInt(6) == 0 ? null : pick(random, PERFORMERS);
            String taskId = random.nextInt(3) == 0 ? pick(random, TASKS) : null;
            String action = pick(random, List.of("S-D1", "O-D1", "F-D1", "A-D1", "G-AGREE", "V-INFO", "X-DERAILED"));
            LocalDate dueBy = random.nextInt(4) == 0 ? AdviceTextExamples.REFERENCE_DATE.plusDays(random.nextInt(60) - 10) : null;
            Suggestion s = AdviceTextExamples.suggestion(action, pick(random, SofaRole.values()), caregiverId, taskId,
                    pick(random, Priority.values()), dueBy, AdviceTextExamples.t("Iets doen " + i, "Do something " + i),
                    AdviceTextExamples.reason("r.s" + i, Map.of("caregiverId", Objects.requireNonNullElse(caregiverId, "none")),
                            "Omdat {caregiverId}.", "Because {caregiverId}."));
            suggestions.putIfAbsent(s.key(), s);
        }
        Map<Flag.Key, Flag> flags = new LinkedHashMap<>();
        for (int i = random.nextInt(15); i > 0; i--) {
            String caregiverId = random.nextInt(6) == 0 ? null : pick(random, PERFORMERS);
            String taskId = random.nextInt(2) == 0 ? pick(random, TASKS) : null;
            Flag f = AdviceTextExamples.flag(pick(random, List.of("OVERLOAD_RISK", "TASK_WITHOUT_AGREEMENT", "YOUNG_CAREGIVER")),
                    pick(random, Severity.values()), random.nextBoolean() ? null : pick(random, Boundary.values()), caregiverId,
                    taskId, AdviceTextExamples.t("Titel " + i, "Title " + i),
                    AdviceTextExamples.reason("r.f" + i, Map.of("kind", "WOUND_CARE"), "Over {kind}.", "About {kind}."));
            flags.putIfAbsent(f.key(), f);
        }
        List<Suggestion.Key> focus = suggestions.values().stream().filter(s -> s.priority() == Priority.HIGH)
                .map(Suggestion::key).limit(random.nextInt(Advice.MAX_FOCUS + 1)).toList();
        return AdviceTextExamples.advice(caregivers, focus, List.copyOf(suggestions.values()), List.copyOf(flags.values()));
    }

    @Test
    void everyEntryIsShownWithItsPersonOnceAndInOrder() {
        Random seeds = new Random(11);
        for (int i = 0; i < TRIES; i++) {
            long seed = seeds.nextLong();
            Advice advice = randomAdvice(new Random(seed));
            try {
                Locale locale = i % 2 == 0 ? Vocabulary.DUTCH : Locale.ENGLISH;
                check(advice, AdviceText.sections(advice, locale), locale);
            } catch (AssertionError e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void check(Advice advice, AdviceSections sections, Locale locale) {
        Map<Suggestion.Key, Integer> shownSuggestions = new HashMap<>();
        Map<Flag.Key, Integer> shownFlags = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (PersonSection person : sections.people()) {
            order.add(person.personId());
            for (SuggestionLine line : person.focus()) {
                assertThat(line.key().caregiverId()).isEqualTo(person.personId());
                assertThat(line.label()).startsWith(Vocabulary.isDutch(locale) ? "Eerst: " : "First: ");
            }
            assertThat(person.focus()).extracting(SuggestionLine::key)
                    .containsExactlyElementsOf(advice.focus().stream()
                            .filter(k -> Objects.equals(k.caregiverId(), person.personId())).toList());
            assertThat(person.roles()).extracting(RoleGroup::role).isSortedAccordingTo(Comparator.naturalOrder())
                    .doesNotHaveDuplicates();
            for (RoleGroup group : person.roles()) {
                assertThat(group.suggestions()).isNotEmpty();
                for (SuggestionLine line : group.suggestions()) {
                    Suggestion s = find(advice, line.key());
                    assertThat(s.role()).isEqualTo(group.role());
                    assertThat(s.taskId()).isNull();
                    assertThat(s.caregiverId()).isEqualTo(person.personId());
                    assertThat(advice.focus()).doesNotContain(line.key());
                    shownSuggestions.merge(line.key(), 1, Integer::sum);
                }
            }
            int previousRank = Integer.MAX_VALUE;
            String previousTask = "";
            for (TaskGroup task : person.tasks()) {
                assertThat(task.flags().size() + task.suggestions().size()).isPositive();
                int rank = task.flags().stream().mapToInt(f -> f.severity().ordinal()).max().orElse(-1);
                assertThat(rank < previousRank || (rank == previousRank && task.taskId().compareTo(previousTask) > 0))
                        .as("tasks by most serious flag, then id").isTrue();
                previousRank = rank;
                previousTask = task.taskId();
                for (FlagLine line : task.flags()) {
                    assertThat(line.key().taskId()).isEqualTo(task.taskId());
                    assertThat(line.key().caregiverId()).isEqualTo(person.personId());
                    shownFlags.merge(line.key(), 1, Integer::sum);
                }
                for (SuggestionLine line : task.suggestions()) {
                    assertThat(line.key().taskId()).isEqualTo(task.taskId());
                    assertThat(line.key().caregiverId()).isEqualTo(person.personId());
                    shownSuggestions.merge(line.key(), 1, Integer::sum);
                }
            }
            for (FlagLine line : person.flags()) {
                assertThat(line.key().taskId()).isNull();
                assertThat(line.key().caregiverId()).isEqualTo(person.personId());
                shownFlags.merge(line.key(), 1, Integer::sum);
            }
        }
        for (Suggestion s : advice.suggestions()) {
            int expected = advice.focus().contains(s.key()) && s.taskId() == null ? 0 : 1;
            assertThat(shownSuggestions.getOrDefault(s.key(), 0)).as("times %s is shown in a group", s.key()).isEqualTo(expected);
        }
        for (Flag f : advice.flags()) {
            assertThat(shownFlags.getOrDefault(f.key(), 0)).as("times %s is shown", f.key()).isEqualTo(1);
        }
        List<String> expected = new ArrayList<>();
        advice.caregivers().forEach(c -> expected.add(c.caregiverId()));
        advice.suggestions().stream().map(Suggestion::caregiverId).filter(Objects::nonNull)
                .filter(id -> !expected.contains(id)).distinct().sorted().forEach(expected::add);
        List<String> others = new ArrayList<>();
        advice.flags().stream().map(Flag::caregiverId).filter(Objects::nonNull)
                .filter(id -> !expected.contains(id)).forEach(others::add);
        expected.addAll(others.stream().distinct().toList());
        List<String> people = new ArrayList<>(expected.subList(0, advice.caregivers().size()));
        people.addAll(expected.subList(advice.caregivers().size(), expected.size()).stream().sorted().toList());
        boolean wholeInFocus = advice.focus().stream().anyMatch(k -> k.caregiverId() == null);
        boolean anythingWhole = advice.suggestions().stream().anyMatch(s -> s.caregiverId() == null)
                || advice.flags().stream().anyMatch(f -> f.caregiverId() == null);
        if (wholeInFocus) {
            people.add(0, null);
        } else if (anythingWhole) {
            people.add(null);
        }
        assertThat(order).containsExactlyElementsOf(people);
    }

    private static Suggestion find(Advice advice, Suggestion.Key key) {
        return advice.suggestions().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
