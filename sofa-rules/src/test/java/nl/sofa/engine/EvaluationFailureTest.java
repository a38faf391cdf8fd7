package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import nl.sofa.advice.Advice;
import nl.sofa.advice.PackInfo;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule that throws, or rules that loop, fail the evaluation with an {@link EvaluationException}
 * naming the rule and the situation; nothing half-built comes out, and the engine goes on working.
 * The failing rules are test-only DRL (src/test/resources), compiled at run time into the same
 * KieBase as the built-in pack.
 */
class EvaluationFailureTest {
    private static SofaEngine engine;

    @BeforeAll
    static void buildEngineWithFailingRules() {
        engine = SofaEngine.builder()
                .fireLimitPerFact(100)
                .addPack(DrlPack.of("test", "0.0.1", "failing.drl"))
                .build();
    }

    static String read(String name) {
        try (InputStream in = EvaluationFailureTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aConsequenceThatThrowsFailsTheEvaluationNamingTheRuleAndTheSituation() {
        Situation situation = situation(Phase.DAILY).id("sit-throws").addCaregiver(caregiver("consequence-throws").build())
                .build();

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));

        assertThat(e.ruleId()).isEqualTo("test.consequence-throws");
        assertThat(e.situationId()).isEqualTo("sit-throws");
        assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(e.getMessage()).isEqualTo("situation sit-throws, pack test, rule test.consequence-throws (failing.drl:6): the rule's"
                + " consequence threw java.lang.IllegalStateException");
    }

    @Test
    void aConditionThatThrowsFailsTheEvaluationNamingTheRule() {
        Situation situation = situation(Phase.DAILY).id("sit-condition").addCaregiver(caregiver("condition-throws").build())
                .build();

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));

        assertThat(e.ruleId()).isEqualTo("test.condition-throws");
        assertThat(e.situationId()).isEqualTo("sit-condition");
        assertThat(e.problem()).startsWith("a rule's condition threw");
    }

    @Test
    void rulesThatLoopHitTheFireLimitAndTheLoopingRuleIsNamed() {
        Situation situation = situation(Phase.DAILY).id("sit-loop").addCaregiver(caregiver("loops").build()).build();

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));

        assertThat(e.ruleId()).isEqualTo("test.loop");
        assertThat(e.situationId()).isEqualTo("sit-loop");
        // Four facts (the context, the thresholds, the client, one caregiver) at 100 firings each.
        assertThat(e.problem())
                .isEqualTo("the rules fired more than 400 times (the fire limit: 100 per fact, 4 facts): a rule loops");
    }

    @Test
    void theEngineGoesOnWorkingAfterAFailedEvaluation() {
        Situation failing = situation(Phase.DAILY).addCaregiver(caregiver("consequence-throws").build()).build();
        Situation fine = situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build()).build();
        catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(failing));

        assertThat(engine.evaluate(fine).suggestions()).isNotEmpty();
    }

    /**
     * The engine uses its sessions again (reset) after evaluations that succeeded, and throws away
     * those of failed ones: after each kind of failure, generated situations get the advice a
     * separate engine gives them.
     */
    @Test
    void afterFailedEvaluationsEveryAdviceIsTheOneAnotherEngineGives() {
        List<Situation> failing = List.of(
                situation(Phase.DAILY).addCaregiver(caregiver("consequence-throws").build()).build(),
                situation(Phase.DAILY).addCaregiver(caregiver("condition-throws").build()).build(),
                situation(Phase.DAILY).addCaregiver(caregiver("loops").build()).build());
        var generator = nl.sofa.testkit.Situations.valid();
        for (int i = 0; i < 150; i++) {
            Situation fails = failing.get(i % 3);
            assertThat(catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(fails))).isNotNull();
            Situation generated = generator.next(new Random(4242L + i), Math.min(100, i + 1));
            Situation s = generated.referenceDate() != null ? generated
                    : generated.toBuilder().referenceDate(Fixtures.TODAY).build();
            Advice expected = Fixtures.ENGINE.evaluate(s);
            Advice actual = engine.evaluate(s);
            assertThat(actual.caregivers()).as("situation %d", i).isEqualTo(expected.caregivers());
            assertThat(actual.suggestions()).as("situation %d", i).isEqualTo(expected.suggestions());
            assertThat(actual.flags()).as("situation %d", i).isEqualTo(expected.flags());
        }
    }

    @Test
    void theTestPackIsListedWithItsRulesAndNamedInTheAdvice() {
        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("test"))
                .extracting(RuleInfo::ruleId)
                .containsExactly("test.condition-throws", "test.consequence-throws", "test.loop", "test.loop-seed");
        Situation fine = situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build()).build();
        assertThat(engine.evaluate(fine).engine().packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"),
                new PackInfo("test", "0.0.1"));
    }
}
