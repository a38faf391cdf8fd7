package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Suggestion;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.FakeEngine.Fault;
import org.junit.jupiter.api.Test;

/**
 * {@link PackProperties} on hand-written evaluations: a "pack" that only adds keeps the property,
 * and each way of taking from the built-in advice is caught. The real engine with a corrupting
 * pack and with the example pack is tried in sofa-rules and sofa-examples.
 */
class PackPropertiesTest {
    private static final Function<Situation, Advice> BUILTIN = new FakeEngine(Fault.NONE);

    private static Function<Situation, Advice> pack(UnaryOperator<Advice> change) {
        return situation -> change.apply(BUILTIN.apply(situation));
    }

    private static Advice with(Advice advice, List<CaregiverAssessment> caregivers, List<Suggestion> suggestions,
            List<nl.sofa.advice.Flag> flags) {
        // The focus may name only HIGH suggestions: keep those that still are.
        java.util.Set<Suggestion.Key> high = new java.util.HashSet<>();
        for (Suggestion s : suggestions) {
            if (s.priority() == Priority.HIGH) {
                high.add(s.key());
            }
        }
        return new Advice(advice.situationId(), advice.referenceDate(), advice.phase(), advice.engine(), caregivers,
                advice.focus().stream().filter(high::contains).toList(), suggestions, flags);
    }

    @Test
    void aPackThatChangesNothingKeepsTheProperty() {
        PackProperties.of(BUILTIN, pack(a -> a)).verify();
    }

    @Test
    void aPackThatAddsASuggestionAndRaisesARiskKeepsTheProperty() {
        PackProperties.of(BUILTIN, pack(a -> with(a, a.caregivers().stream().map(c -> new CaregiverAssessment(
                c.caregiverId(), OverloadRisk.HIGH, c.overloadRisk() == OverloadRisk.NONE ? List.of("acme.X")
                        : c.factors())).toList(), a.suggestions(), a.flags()))).verify();
    }

    @Test
    void aPackThatDeletesABuiltInFlagIsCaught() {
        assertThatThrownBy(() -> PackProperties.of(BUILTIN, pack(a -> with(a, a.caregivers(), a.suggestions(),
                a.flags().isEmpty() ? a.flags() : a.flags().subList(1, a.flags().size())))).verify())
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("[PACK_KEEPS_BUILTIN_ADVICE] the built-in flag").hasMessageContaining("is gone");
    }

    @Test
    void aPackThatLowersAPriorityIsCaught() {
        assertThatThrownBy(() -> PackProperties.of(BUILTIN, pack(a -> {
            List<Suggestion> lowered = new ArrayList<>();
            for (Suggestion s : a.suggestions()) {
                lowered.add(s.priority() == Priority.LOW ? s : new Suggestion(s.action(), s.role(), s.phase(),
                        s.caregiverId(), s.taskId(), Priority.LOW, s.dueBy(), s.text(), s.rules(), s.reasons()));
            }
            return with(a, a.caregivers(), lowered, a.flags());
        })).verify()).isInstanceOf(PropertyFailure.class).hasMessageContaining("fell from").hasMessageContaining("to LOW");
    }

    @Test
    void aPackThatLowersAnOverloadRiskIsCaught() {
        assertThatThrownBy(() -> PackProperties.of(BUILTIN, pack(a -> with(a, a.caregivers().stream()
                .map(c -> new CaregiverAssessment(c.caregiverId(), OverloadRisk.NONE, List.of())).toList(),
                a.suggestions(), a.flags()))).verify())
                .isInstanceOf(PropertyFailure.class).hasMessageContaining("the overload risk of caregiver");
    }

    @Test
    void anEngineWithThePackThatFailsIsCaughtWithItsMessage() {
        PropertyFailure failure = org.assertj.core.api.Assertions.catchThrowableOfType(PropertyFailure.class,
                () -> PackProperties.of(BUILTIN, s -> {
                    throw new IllegalStateException("rule acme.late inserted an overload factor too late");
                }).verify());
        assertThat(failure.getMessage()).contains("the engine with the pack failed where the engine without it did not:"
                + " java.lang.IllegalStateException: rule acme.late inserted an overload factor too late");
    }

    private static Advice withTaskAction(Advice a, String action) {
        List<Suggestion> more = new ArrayList<>(a.suggestions());
        more.add(new Suggestion(action, nl.sofa.role.SofaRole.SAMENWERKEN, nl.sofa.catalog.ActionPhase.ANY, "cg-x", "t-x",
                Priority.MEDIUM, null, nl.sofa.catalog.ActionCatalog.builtin().require(action).text(), List.of("r.test"),
                List.of(nl.sofa.advice.Reason.of("test.task", java.util.Map.of("taskId", "t-x"),
                        new nl.sofa.catalog.LocalizedText("taak {taskId}", "task {taskId}")))));
        return with(a, a.caregivers(), more, a.flags());
    }

    @Test
    void aGInstructThatGivesWayToGTakeoverIsNoCorruptionButAGInstructThatIsJustGoneIs() {
        Function<Situation, Advice> instructing = s -> withTaskAction(BUILTIN.apply(s), "G-INSTRUCT");

        PackProperties.of(instructing, s -> withTaskAction(BUILTIN.apply(s), "G-TAKEOVER")).verify();
        assertThatThrownBy(() -> PackProperties.of(instructing, BUILTIN).verify())
                .isInstanceOf(PropertyFailure.class).hasMessageContaining("G-INSTRUCT").hasMessageContaining("is gone");
    }
}
