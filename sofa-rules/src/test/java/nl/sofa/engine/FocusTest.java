package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** contract-v2.md §2 and rules-v2.md §K: the focus, what to do first. */
class FocusTest {
    private static final Agreement AGREED = Agreement.builder().recordedInCarePlan(true).build();

    private static Caregiver.Builder high(String id) {
        return caregiver(id).hoursPerWeek(20).signals(OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS,
                OverloadSignal.SOCIAL_ISOLATION);
    }

    /** Everything HIGH at once: derailment with injuries, two overloaded caregivers, acts taken over. */
    private static Situation.Builder crowded() {
        return situation(Phase.DAILY).client(Client.builder("cl-1").derailmentSignals(DerailmentSignal.CLIENT_INJURIES)
                        .build())
                .addCaregiver(high("cg-1").build()).addCaregiver(high("cg-2").build())
                .addCaregiver(caregiver("cg-3").build())
                .addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-2").kind(TaskKind.WOUND_CARE).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-3").kind(TaskKind.OXYGEN).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-4").kind(TaskKind.INJECTION).performedBy("vw-1").build())
                .addCareTask(CareTask.builder("t-5").kind(TaskKind.CATHETERISATION).performedBy("vw-1").build())
                .addCareTask(CareTask.builder("t-6").kind(TaskKind.INJECTION).performedBy("vw-1").build());
    }

    private static void assertWellFormed(Advice advice) {
        Set<Suggestion.Key> high = advice.suggestions().stream().filter(s -> s.priority() == Priority.HIGH)
                .map(Suggestion::key).collect(Collectors.toSet());
        assertThat(advice.focus()).hasSizeLessThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(high).containsAll(advice.focus());
        Map<String, Integer> perPerson = new HashMap<>();
        advice.focus().stream().filter(k -> k.caregiverId() != null)
                .forEach(k -> perPerson.merge(k.caregiverId(), 1, Integer::sum));
        assertThat(perPerson.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
    }

    @Test
    void withoutHighSuggestionsTheFocusIsEmpty() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()));

        assertThat(advice.suggestions()).noneMatch(s -> s.priority() == Priority.HIGH);
        assertThat(advice.focus()).isNotNull().isEmpty();
    }

    @Test
    void theFocusHoldsAtMostFiveHighSuggestionsAndAtMostTwoPerPerson() {
        Advice advice = evaluate(crowded());

        assertThat(advice.suggestions().stream().filter(s -> s.priority() == Priority.HIGH).count())
                .isGreaterThan(5);
        assertThat(advice.focus()).hasSize(5);
        assertWellFormed(advice);
    }

    @Test
    void derailmentComesFirstAndTakingOverDangerousActsNext() {
        Advice advice = evaluate(crowded());

        assertThat(advice.focus().get(0)).isEqualTo(new Suggestion.Key("X-DERAILED", null, null));
        assertThat(advice.focus().get(1).action()).isEqualTo("G-TAKEOVER");
        List<String> actions = advice.focus().stream().map(Suggestion.Key::action).toList();
        int lastTakeover = actions.lastIndexOf("G-TAKEOVER");
        assertThat(actions.subList(1, lastTakeover + 1)).containsOnly("G-TAKEOVER");
    }

    @Test
    void aVolunteersIdCountsLikeACaregiversForTheLimitOfTwo() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("vw-1").build())
                .addCareTask(CareTask.builder("t-2").kind(TaskKind.CATHETERISATION).performedBy("vw-1").build())
                .addCareTask(CareTask.builder("t-3").kind(TaskKind.INJECTION).performedBy("vw-1").build()));

        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("G-TAKEOVER")).hasSize(3);
        assertThat(advice.focus()).filteredOn(k -> "vw-1".equals(k.caregiverId())).hasSize(2);
    }

    @Test
    void whatACriticalFlagBringsComesBeforeOtherHighSuggestions() {
        // cg-1: an agreed, uninstructed injection (INSTRUCTION_MISSING CRITICAL, G-INSTRUCT HIGH);
        // cg-2: caring 24 months at the start (A-B2 HIGH, from no flag)
        Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").monthsCaring(24).build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1").agreement(AGREED).build()));

        assertThat(advice.focus()).containsExactly(new Suggestion.Key("G-INSTRUCT", "cg-1", "t-1"),
                new Suggestion.Key("A-B2", "cg-2", null));
    }

    @Test
    void theFocusIsTheSameWhateverTheOrderOfTheInput() {
        Situation situation = crowded().build();
        Advice first = evaluate(situation.toBuilder());

        for (long seed = 1; seed <= 5; seed++) {
            List<Caregiver> caregivers = new ArrayList<>(situation.caregivers());
            List<CareTask> tasks = new ArrayList<>(situation.careTasks());
            Collections.shuffle(caregivers, new java.util.Random(seed));
            Collections.shuffle(tasks, new java.util.Random(seed));
            Advice shuffled = evaluate(situation.toBuilder().caregivers(caregivers).careTasks(tasks));
            assertThat(shuffled.focus()).isEqualTo(first.focus());
        }
        assertThat(evaluate(situation.toBuilder()).focus()).isEqualTo(first.focus());
    }

    @Test
    void theFocusIsWellFormedForManySituations() {
        for (Situation situation : ManySituations.all(200)) {
            Advice advice = Fixtures.ENGINE.evaluate(situation);
            assertWellFormed(advice);
            boolean derailed = advice.suggestions().stream().anyMatch(s -> s.action().equals("X-DERAILED"));
            if (derailed) {
                assertThat(advice.focus().get(0).action()).isEqualTo("X-DERAILED");
            }
            if (advice.suggestions().stream().anyMatch(s -> s.priority() == Priority.HIGH)) {
                assertThat(advice.focus()).as("a HIGH suggestion, so something to do first").isNotEmpty();
            }
            if (advice.suggestions().stream().anyMatch(s -> s.action().equals("G-TAKEOVER"))) {
                assertThat(advice.focus().get(derailed ? 1 : 0).action()).isEqualTo("G-TAKEOVER");
            }
        }
    }
}
