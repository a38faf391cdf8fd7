package nl.sofa.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.benchmarks.Situations;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Differential test: for generated situations, the engine's overload levels, factor codes and task
 * flags (code, severity, boundary, caregiverId, taskId) equal those of the plain-Java
 * {@link ReferenceEvaluation}, which is written from rules-v1.md without the DRL. Tries: the
 * testkit's default ({@code sofa.tries}, 1,000 unless raised), per configuration.
 */
class ReferenceDifferentialTest {
    /** "Today" for generated situations without a reference date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** Thresholds other than the defaults: every number moved, the moderate EDIZ-plus band empty. */
    private static final Thresholds MOVED = new Thresholds(
            20, 12, 30, 16,
            30, 70,
            9, 9, 8, 25, 50,
            2, 2, 3, 4, 1, 1,
            3, 24);

    @Test
    void theEngineDecidesLikeTheReferenceWithTheDefaultThresholds() {
        check(Thresholds.defaults());
    }

    @Test
    void theEngineDecidesLikeTheReferenceWithOtherThresholds() {
        check(MOVED);
    }

    @Test
    void theEngineDecidesLikeTheReferenceOnTheBenchmarkSituations() {
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).build();
        ReferenceEvaluation reference = new ReferenceEvaluation(Thresholds.defaults());
        for (Situation situation : List.of(Situations.typical(), Situations.heavy(), Situations.large(),
                Situations.withCaregivers("hundred", 100, 5))) {
            compare(engine.evaluate(situation), reference.evaluate(situation, situation.referenceDate()));
        }
    }

    @Test
    void theComparisonSeesADifference() {
        // The comparison can fail: on the typical situation, a reference with other thresholds disagrees.
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).build();
        Situation typical = Situations.typical();
        Advice advice = engine.evaluate(typical);
        ReferenceEvaluation.Result same = new ReferenceEvaluation(Thresholds.defaults())
                .evaluate(typical, typical.referenceDate());
        ReferenceEvaluation.Result moved = new ReferenceEvaluation(MOVED).evaluate(typical, typical.referenceDate());
        assertThat(assessments(advice)).isEqualTo(same.assessments()).isNotEqualTo(moved.assessments());
        assertThat(taskFlags(advice)).isEqualTo(same.taskFlags()).isNotEmpty();
    }

    private static void check(Thresholds thresholds) {
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).thresholds(thresholds).build();
        ReferenceEvaluation reference = new ReferenceEvaluation(thresholds);
        Property.forAll(nl.sofa.testkit.Situations.valid()).check(situation -> {
            LocalDate date = situation.referenceDate() != null ? situation.referenceDate() : TODAY;
            compare(engine.evaluate(situation), reference.evaluate(situation, date));
        });
    }

    private static void compare(Advice advice, ReferenceEvaluation.Result expected) {
        assertThat(assessments(advice)).as("levels and factor codes").isEqualTo(expected.assessments());
        assertThat(taskFlags(advice)).as("task flags").isEqualTo(expected.taskFlags());
    }

    private static List<ReferenceEvaluation.Assessment> assessments(Advice advice) {
        List<ReferenceEvaluation.Assessment> result = new ArrayList<>();
        for (CaregiverAssessment a : advice.caregivers()) {
            result.add(new ReferenceEvaluation.Assessment(a.caregiverId(), a.overloadRisk(), a.factors()));
        }
        return result;
    }

    private static List<ReferenceEvaluation.TaskFlag> taskFlags(Advice advice) {
        List<ReferenceEvaluation.TaskFlag> result = new ArrayList<>();
        for (Flag flag : advice.flags()) {
            if (flag.taskId() != null) {
                result.add(new ReferenceEvaluation.TaskFlag(flag.code(), flag.severity(), flag.boundary(),
                        flag.caregiverId(), flag.taskId()));
            }
        }
        return result;
    }
}
