package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §D: derailment is serious on its own. */
class DerailmentV2Test {
    private static final Agreement AGREED = Agreement.builder().recordedInCarePlan(true).build();

    /** Two lightly loaded caregivers; cg-1 does an injection, wound care and personal care, not instructed. */
    private static Situation.Builder withSignals(DerailmentSignal... signals) {
        return situation(Phase.DAILY).client(Client.builder("cl-1").derailmentSignals(signals).build())
                .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build())
                .addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-inj").kind(TaskKind.INJECTION).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-wnd").kind(TaskKind.WOUND_CARE).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-pc").kind(TaskKind.PERSONAL_CARE).performedBy("cg-1").agreement(AGREED).build())
                .addCareTask(CareTask.builder("t-hh").kind(TaskKind.HOUSEHOLD).performedBy("cg-2").build())
                .addCareTask(CareTask.builder("t-vw").kind(TaskKind.MEDICATION).performedBy("vw-1").build());
    }

    @ParameterizedTest
    @EnumSource(value = DerailmentSignal.class, names = {"CLIENT_INJURIES", "CLIENT_NEGLECTED",
            "FINANCIAL_IRREGULARITIES"})
    void injuriesNeglectOrFinancialIrregularitiesAreCriticalWithLightlyLoadedCaregivers(DerailmentSignal signal) {
        Advice advice = evaluate(withSignals(signal));

        assertThat(advice.caregivers()).allSatisfy(a -> assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.NONE));
        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(requireSuggestion(advice, "X-DERAILED", null).priority()).isEqualTo(Priority.HIGH);
    }

    @ParameterizedTest
    @EnumSource(value = DerailmentSignal.class, names = {"CLIENT_INJURIES", "CLIENT_NEGLECTED",
            "FINANCIAL_IRREGULARITIES"}, mode = EnumSource.Mode.EXCLUDE)
    void anotherSignalIsCriticalOnlyWithACaregiverAtHighRisk(DerailmentSignal signal) {
        Advice light = evaluate(withSignals(signal));
        Advice heavy = evaluate(withSignals(signal).addCaregiver(caregiver("cg-3")
                .burden(BurdenMeasurement.of(BurdenInstrument.CSI, 9)).build()));

        assertThat(requireFlag(light, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.WARNING);
        assertThat(requireFlag(heavy, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void theDerailmentActionNamesTheMeldcodeAndItsDesignatedOfficer() {
        Advice advice = evaluate(withSignals(DerailmentSignal.PROBLEMS_CONCEALED));

        String text = requireSuggestion(advice, "X-DERAILED", null).text().nl();
        assertThat(text).contains("Meldcode huiselijk geweld en kindermishandeling").contains("aandachtsfunctionaris");
    }

    @Test
    void whileDerailmentIsCriticalAProfessionalTakesOverEveryReservedOrRiskyActOfACaregiverAndNobodyInstructs() {
        Advice advice = evaluate(withSignals(DerailmentSignal.CLIENT_INJURIES));

        for (String task : new String[] {"t-inj", "t-wnd"}) {
            assertThat(requireSuggestion(advice, "G-TAKEOVER", "cg-1", task).priority()).as(task).isEqualTo(Priority.HIGH);
            assertThat(requireFlag(advice, "INSTRUCTION_MISSING", "cg-1", task)).as("the flag stays").isNotNull();
            assertThat(suggestion(advice, "G-INSTRUCT", "cg-1", task)).as(task).isEmpty();
        }
        assertThat(suggestion(advice, "G-TAKEOVER", "cg-1", "t-pc")).as("personal care is neither").isEmpty();
        assertThat(suggestion(advice, "G-TAKEOVER", "cg-2", "t-hh")).as("daily-life help").isEmpty();
        assertThat(suggestion(advice, "G-TAKEOVER", "vw-1", "t-vw")).as("a volunteer's risky act: §C, not §D")
                .isEmpty();
    }

    @Test
    void derailmentMadeCriticalByACaregiverAtHighRiskAlsoHasTheActsTakenOver() {
        Advice advice = evaluate(withSignals(DerailmentSignal.CAREGIVER_SNAPS_OR_BOSSES).addCaregiver(caregiver("cg-3")
                .burden(BurdenMeasurement.of(BurdenInstrument.ZBI, 60)).build()));

        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(requireSuggestion(advice, "G-TAKEOVER", "cg-1", "t-wnd").priority()).isEqualTo(Priority.HIGH);
        assertThat(suggestion(advice, "G-INSTRUCT", "cg-1", "t-wnd")).isEmpty();
    }

    @Test
    void whileDerailmentIsAWarningCaregiversAreStillInstructed() {
        Advice advice = evaluate(withSignals(DerailmentSignal.PROBLEMS_CONCEALED));

        assertThat(advice.suggestions()).noneMatch(s -> s.action().equals("G-TAKEOVER") && "cg-1".equals(s.caregiverId()));
        assertThat(requireSuggestion(advice, "G-INSTRUCT", "cg-1", "t-inj").priority()).isEqualTo(Priority.HIGH);
        assertThat(requireSuggestion(advice, "G-INSTRUCT", "cg-1", "t-wnd").priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void afterADeathNoActIsTakenOver() {
        Advice advice = evaluate(withSignals(DerailmentSignal.CLIENT_NEGLECTED).phase(Phase.ENDING)
                .endingReason(EndingReason.DECEASED));

        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(advice.suggestions()).noneMatch(s -> s.action().equals("G-TAKEOVER"));
    }

    @Test
    void atATransferADangerousActIsStillTakenOver() {
        Advice advice = evaluate(withSignals(DerailmentSignal.CLIENT_INJURIES).phase(Phase.ENDING)
                .endingReason(EndingReason.TRANSFER));

        assertThat(requireSuggestion(advice, "G-TAKEOVER", "cg-1", "t-inj").priority()).isEqualTo(Priority.HIGH);
    }
}
