package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** The engine's builder options and what the engine tells about itself. */
class SofaEngineTest {

    @Test
    void withoutAReferenceDateTheDayIsTodayInAmsterdamByTheEnginesClock() {
        // 23:30 UTC on 28 March 2026 is already 29 March in Amsterdam
        Clock clock = Clock.fixed(Instant.parse("2026-03-28T23:30:00Z"), ZoneOffset.UTC);
        SofaEngine engine = SofaEngine.builder().clock(clock).build();
        Situation.Builder situation = situation(Phase.DAILY).referenceDate(null).addCaregiver(caregiver("cg-1").build())
                .addCareTask(task("t-due-28", LocalDate.of(2026, 3, 28)))
                .addCareTask(task("t-due-29", LocalDate.of(2026, 3, 29)));

        Advice advice = engine.evaluate(situation.build());

        assertThat(advice.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(Fixtures.flag(advice, "AGREEMENT_EVALUATION_OVERDUE", "cg-1", "t-due-28")).isPresent();
        assertThat(Fixtures.flag(advice, "AGREEMENT_EVALUATION_OVERDUE", "cg-1", "t-due-29")).isEmpty();

        Advice dated = engine.evaluate(situation.referenceDate(LocalDate.of(2026, 1, 1)).build());
        assertThat(dated.referenceDate()).as("the situation's own date wins").isEqualTo(LocalDate.of(2026, 1, 1));
    }

    private static CareTask task(String id, LocalDate nextEvaluation) {
        // rules-v2 §A: evaluation concerns care acts; v1 used HOUSEHOLD
        return CareTask.builder(id).kind(TaskKind.PERSONAL_CARE).performedBy("cg-1")
                .agreement(Agreement.builder().recordedInCarePlan(true).nextEvaluation(nextEvaluation).build()).build();
    }

    @Test
    void aDisabledRuleNeverFiresAndIsListedAsDisabled() {
        SofaEngine engine = SofaEngine.builder().disableRule("builtin.begin.residential").build();
        Situation situation = situation(Phase.BEGIN).setting(Setting.RESIDENTIAL).addCaregiver(caregiver("cg-1").build())
                .build();

        assertThat(suggestion(engine.evaluate(situation), "F-B1", "cg-1")).isEmpty();
        assertThat(suggestion(Fixtures.ENGINE.evaluate(situation), "F-B1", "cg-1")).isPresent();
        assertThat(engine.rules()).filteredOn(rule -> !rule.enabled()).extracting(RuleInfo::ruleId)
                .containsExactly("builtin.begin.residential");
    }

    @Test
    void disablingARuleThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> SofaEngine.builder().disableRule("builtin.nope").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot disable rule builtin.nope: no loaded rule has that id");
    }

    @Test
    void theFireLimitMustBePositive() {
        assertThatThrownBy(() -> SofaEngine.builder().fireLimitPerFact(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fireLimitPerFact must be at least 1: 0");
    }

    @Test
    void theRulesDecideWithTheThresholdsGiven() {
        Thresholds thresholds = Thresholds.defaults().withIntensiveHoursAbove(20);
        SofaEngine engine = SofaEngine.builder().thresholds(thresholds).build();
        Situation situation = situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").hoursPerWeek(15).monthsCaring(12).livesWithClient(true).build())
                .addCaregiver(caregiver("cg-2").build()).build();

        assertThat(engine.thresholds()).isEqualTo(thresholds);
        assertThat(engine.evaluate(situation).assessmentOf("cg-1").orElseThrow().overloadRisk())
                .as("15 hours is not intensive above 20").isEqualTo(OverloadRisk.NONE);
        assertThat(Fixtures.ENGINE.evaluate(situation).assessmentOf("cg-1").orElseThrow().factors())
                .containsExactly("INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT");
    }

    @Test
    void theRulesAreListedSortedByIdWithTheirPackAndDescription() {
        List<RuleInfo> rules = Fixtures.ENGINE.rules();

        assertThat(rules).hasSizeGreaterThan(60).isSortedAccordingTo(Comparator.comparing(RuleInfo::ruleId));
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.packId()).isEqualTo("sofa-builtin");
            assertThat(rule.packVersion()).as("issue 11: built-in pack 2.0.0").isEqualTo("2.0.0");
            assertThat(rule.description()).isNotBlank();
            assertThat(rule.enabled()).isTrue();
        });
        assertThat(rules).extracting(RuleInfo::ruleId).contains("builtin.overload.level.high", "builtin.ending.transfer",
                "builtin.task.instruction.reserved").doesNotHaveDuplicates();
    }

    @Test
    void theAdviceNamesTheEngineAndThePack() {
        Advice advice = Fixtures.ENGINE.evaluate(situation(Phase.DAILY).build());

        assertThat(advice.engine().version()).isEqualTo("0.1.0");
        assertThat(advice.engine().packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"));
        assertThat(advice.situationId()).isEqualTo("sit-1");
        assertThat(advice.phase()).isEqualTo(Phase.DAILY);
    }

    @Test
    void theCatalogIsTheBuiltInOne() {
        assertThat(Fixtures.ENGINE.catalog()).isSameAs(ActionCatalog.builtin());
        // catalog-v2.md: 8 new actions (O-E4, O-MEASURE, Y-YOUNG, G-HANDOVER, G-TAKEOVER, G-VOLUNTEER,
        // G-TRANSFER, G-CLOSE) and a text for each of the 17 flag codes
        assertThat(Fixtures.ENGINE.catalog().size()).isEqualTo(60);
        assertThat(Fixtures.ENGINE.catalog().all()).extracting(a -> a.id()).contains("O-E4", "O-MEASURE", "Y-YOUNG",
                "G-HANDOVER", "G-TAKEOVER", "G-VOLUNTEER", "G-TRANSFER", "G-CLOSE");
        assertThat(Fixtures.ENGINE.catalog().flags()).hasSize(17);
        assertThat(Fixtures.ENGINE.catalog().findFlag("YOUNG_CAREGIVER").orElseThrow().text().nl())
                .isEqualTo("Jonge mantelzorger");
    }

    @Test
    void anEvaluationNeedsASituation() {
        assertThatThrownBy(() -> Fixtures.ENGINE.evaluate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("situation");
    }

    @Test
    void everyCaregiverIdAndTaskIdOfTheAdviceIsInTheSituation() {
        Situation situation = DeterminismTest.rich();
        Advice advice = Fixtures.ENGINE.evaluate(situation);
        List<String> performers = new java.util.ArrayList<>();
        situation.caregivers().forEach(c -> performers.add(c.id()));
        situation.volunteers().forEach(v -> performers.add(v.id()));
        List<String> tasks = situation.careTasks().stream().map(CareTask::id).toList();

        assertThat(advice.suggestions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.caregiverId() == null || performers.contains(s.caregiverId())).isTrue();
            assertThat(s.taskId() == null || tasks.contains(s.taskId())).isTrue();
        });
        assertThat(advice.flags()).isNotEmpty().allSatisfy(f -> {
            assertThat(f.caregiverId() == null || performers.contains(f.caregiverId())).isTrue();
            assertThat(f.taskId() == null || tasks.contains(f.taskId())).isTrue();
        });
        assertThat(advice.assessmentOf("cg-2").orElseThrow().overloadRisk()).isNotNull();
    }
}
