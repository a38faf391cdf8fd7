package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePacks;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import nl.sofa.testkit.AdviceProperties;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/** The example pack in sofa-examples/packs/zorggroep-noord does what its manifest says. */
class ZorggroepNoordPackTest {
    private static final SofaEngine ENGINE = SofaEngine.builder()
            .addPack(RulePacks.load(Path.of("packs/zorggroep-noord"))).build();

    private static Caregiver.Builder caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.CHILD).hoursPerWeek(2).monthsCaring(1);
    }

    private static Situation.Builder daily() {
        return Situation.builder("s", Phase.DAILY).referenceDate(LocalDate.of(2026, 11, 23)).client(Client.of("c"));
    }

    @Test
    void aHoistTransferByACaregiverNeedsASecondPerson() {
        Situation situation = daily().addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-hoist").kind(TaskKind.HOIST_TRANSFER).performedBy("cg-1").build())
                .addCareTask(CareTask.builder("t-pro").kind(TaskKind.HOIST_TRANSFER).performedBy("PROFESSIONAL").build())
                .build();

        Advice advice = ENGINE.evaluate(situation);

        assertThat(advice.flags()).filteredOn(f -> f.code().equals("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON"))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.boundary()).isEqualTo(Boundary.FUNCTIONEEL);
                    assertThat(f.caregiverId()).isEqualTo("cg-1");
                    assertThat(f.taskId()).isEqualTo("t-hoist");
                    assertThat(f.rules()).containsExactly("zorggroep-noord.hoist.two-people");
                });
        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("zorggroep-noord.HOIST-TWO-PEOPLE"))
                .singleElement().satisfies(s -> {
                    assertThat(s.priority()).as("a WARNING brings its action at MEDIUM").isEqualTo(Priority.MEDIUM);
                    assertThat(s.text().nl()).startsWith("Afspreken wie de tweede persoon is");
                });
    }

    @Test
    void aCaregiverAtHighRiskIsReferredToTheRegionalSupportCentre() {
        Situation situation = daily().addCaregiver(caregiver("cg-1").hoursPerWeek(60).monthsCaring(48)
                .livesWithClient(true).age(80).build()).build();
        Advice advice = ENGINE.evaluate(situation);
        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk()).isEqualTo(OverloadRisk.HIGH);
        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("zorggroep-noord.REFER-STEUNPUNT"))
                .singleElement().satisfies(s -> assertThat(s.priority()).isEqualTo(Priority.HIGH));
        Situation elevated = daily().addCaregiver(caregiver("cg-1").livesWithClient(true).build()).build();
        assertThat(ENGINE.evaluate(elevated).suggestions()).extracting(s -> s.action())
                .doesNotContain("zorggroep-noord.REFER-STEUNPUNT");
    }

    @Test
    void careCountsAsIntensiveFromMoreThanSixHoursAWeek() {
        assertThat(ENGINE.thresholds().intensiveHoursAbove()).isEqualTo(6.0);
        Situation seven = daily().addCaregiver(caregiver("cg-1").hoursPerWeek(7).monthsCaring(6).livesWithClient(true).build())
                .addCaregiver(caregiver("cg-2").build()).build();
        assertThat(ENGINE.evaluate(seven).assessmentOf("cg-1").orElseThrow().factors())
                .containsExactly("INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT");
    }

    @Test
    void theBuiltInPropertiesStillHoldWithThePack() {
        AdviceProperties.of(ENGINE::evaluate).over(Situations.valid()).verify();
    }

    @Test
    void flagsOfThePackAreNamespaced() {
        Situation situation = daily().addCaregiver(caregiver("cg-1").build())
                .addCareTask(CareTask.builder("t").kind(TaskKind.HOIST_TRANSFER).performedBy("cg-1").build()).build();
        assertThat(ENGINE.evaluate(situation).flags()).extracting(Flag::code)
                .filteredOn(code -> !code.equals(code.toUpperCase())).allMatch(code -> code.startsWith("zorggroep-noord."));
    }

    @Test
    void thePackAddsToTheBuiltInAdviceAndTakesNothingFromIt() {
        // The pack sets intensiveHoursAbove to 6 on purpose: the engine without it decides with the same number.
        SofaEngine builtin = SofaEngine.builder()
                .thresholds(nl.sofa.engine.Thresholds.defaults().with("intensiveHoursAbove", 6)).build();
        nl.sofa.testkit.PackProperties.of(builtin::evaluate, ENGINE::evaluate).verify();
    }
}
