package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import java.util.List;
import java.util.Map;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DRL compiled at run time goes into the same KieBase as the precompiled built-in pack and works
 * with it through the public fact model: a pack's risk factor counts before the level is set
 * (stratum DERIVE), and a pack's task finding gets its flag and its action from the built-in rules.
 */
class RunTimePackTest {
    private static SofaEngine engine;

    @BeforeAll
    static void buildEngineWithTestPack() {
        engine = SofaEngine.builder()
                .addPack(DrlPack.of("test", "2.0.0", "pack.drl").with(
                        List.of(new FlagType("test.MEDICATION_CHECK", new LocalizedText("Medicatie nakijken", "Check the medication"))),
                        Map.of("test.partner", new LocalizedText("{caregiverId} zorgt voor de partner", "{caregiverId} cares for their partner"),
                                "test.medication-check", new LocalizedText("Medicatie van {caregiverId} nakijken (taak {taskId})",
                                        "Check the medication of {caregiverId} (task {taskId})"))))
                .build();
    }

    @Test
    void aPacksRiskFactorCountsTowardsTheLevel() {
        Situation situation = situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").relationToClient(RelationToClient.PARTNER).livesWithClient(true).build())
                .addCaregiver(caregiver("cg-2").build()).build();

        CaregiverAssessment withPack = engine.evaluate(situation).assessmentOf("cg-1").orElseThrow();
        CaregiverAssessment builtinOnly = Fixtures.ENGINE.evaluate(situation).assessmentOf("cg-1").orElseThrow();

        assertThat(builtinOnly.overloadRisk()).isEqualTo(OverloadRisk.NONE);
        assertThat(withPack.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        assertThat(withPack.factors()).containsExactly("LIVES_WITH_CLIENT", "test.PARTNER");
        assertThat(requireFlag(engine.evaluate(situation), "OVERLOAD_RISK", "cg-1", null).reasons())
                .extracting(r -> r.text().nl()).contains("cg-1 zorgt voor de partner");
    }

    @Test
    void aPacksTaskFindingRaisesItsFlagAndTheActionKeepsTheHighestPriority() {
        Situation situation = situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.MEDICATION).performedBy("cg-1")
                        .agreement(Agreement.builder().recordedInCarePlan(true).build()).build())
                .build();

        Advice advice = engine.evaluate(situation);

        assertThat(requireFlag(advice, "test.MEDICATION_CHECK", "cg-1", "t-1").severity()).isEqualTo(Severity.INFO);
        assertThat(requireFlag(advice, "test.MEDICATION_CHECK", "cg-1", "t-1").text().nl()).isEqualTo("Medicatie nakijken");
        Suggestion instruct = requireSuggestion(advice, "G-INSTRUCT", "cg-1", "t-1");
        assertThat(instruct.priority()).as("WARNING (risky act) beats INFO (the pack)").isEqualTo(Priority.MEDIUM);
        assertThat(instruct.rules()).as("v2: G-INSTRUCT is settled after the other findings of the task (rules-v2 §B)")
                .containsExactly("builtin.task.instruct", "test.pack.medication-check");
        assertThat(instruct.reasons()).extracting(r -> r.text().nl()).containsExactly(
                "cg-1 heeft geen instructie gekregen voor het geven van medicijnen (taak t-1), een risicovolle handeling",
                "Medicatie van cg-1 nakijken (taak t-1)");
    }

    @Test
    void thePackIsListedAfterTheBuiltInPack() {
        assertThat(engine.rules()).extracting(RuleInfo::packId).endsWith("test", "test");
        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("test")).extracting(RuleInfo::ruleId)
                .containsExactly("test.pack.medication-check", "test.pack.partner");
    }
}
