package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.TODAY;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Policy;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §A: care acts (zorghandelingen) and daily-life help. */
class CareActsTest {
    /** Everything about the agreement is wrong: not recorded, not instructed, evaluation a year overdue. */
    private static final Agreement WRONG = Agreement.builder().nextEvaluation(TODAY.minusYears(1)).build();

    private static Advice withTask(TaskKind kind, String performer, @Nullable Agreement agreement,
            @Nullable Policy policy) {
        return evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(kind).performedBy(performer).agreement(agreement).build())
                .policy(policy));
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void dailyLifeHelpByACaregiverWithoutAnAgreementOrPolicyRaisesNothing(TaskKind kind) {
        Advice advice = withTask(kind, "cg-1", null, new Policy(Set.of(), Set.of()));

        assertThat(advice.flags()).noneMatch(f -> "t-1".equals(f.taskId()));
        assertThat(advice.suggestions()).noneMatch(s -> "t-1".equals(s.taskId()));
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void dailyLifeHelpByACaregiverWithAWrongAgreementRaisesNoAgreementRecordingOrEvaluationFlag(TaskKind kind) {
        Advice advice = withTask(kind, "cg-1", WRONG, null);

        assertThat(advice.flags()).noneMatch(f -> "t-1".equals(f.taskId()));
        assertThat(advice.suggestions()).extracting(s -> s.action()).doesNotContain("G-AGREE", "G-RECORD",
                "G-INSTRUCT", "G-EVALUATE", "G-POLICY", "G-LIABILITY");
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION", "MEDICATION", "WOUND_CARE",
            "TUBE_FEEDING", "OXYGEN", "HOIST_TRANSFER", "PERSONAL_CARE"})
    void everyCareActByACaregiverIsJudgedOnItsAgreementRecordingAndEvaluation(TaskKind kind) {
        Advice none = withTask(kind, "cg-1", null, null);
        Advice wrong = withTask(kind, "cg-1", WRONG, null);

        assertThat(requireFlag(none, "TASK_WITHOUT_AGREEMENT", "cg-1", "t-1").boundary()).isEqualTo(Boundary.RELATIONEEL);
        requireSuggestion(none, "G-AGREE", "cg-1", "t-1");
        requireFlag(wrong, "AGREEMENT_NOT_RECORDED", "cg-1", "t-1");
        requireFlag(wrong, "AGREEMENT_EVALUATION_OVERDUE", "cg-1", "t-1");
        requireSuggestion(wrong, "G-RECORD", "cg-1", "t-1");
        requireSuggestion(wrong, "G-EVALUATE", "cg-1", "t-1");
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "COMPANIONSHIP", "TRANSPORT"})
    void aProfessionalsReservationsStayForDailyLifeHelp(TaskKind kind) {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(kind).performedBy("cg-1").professionalReservations(true)
                        .build()));

        assertThat(requireFlag(advice, "PROFESSIONAL_RESERVATION", "cg-1", "t-1").severity()).isEqualTo(Severity.INFO);
        assertThat(requireSuggestion(advice, "G-TEAM", "cg-1", "t-1").priority()).isEqualTo(Priority.LOW);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void aVolunteersDailyLifeHelpOutsideThePolicyIsOutsideThePolicy(TaskKind kind) {
        Advice advice = withTask(kind, "vw-1", null, new Policy(Set.of(kind), Set.of()));

        Flag flag = requireFlag(advice, "TASK_OUTSIDE_POLICY", "vw-1", "t-1");
        assertThat(flag.severity()).isEqualTo(Severity.WARNING);
        assertThat(requireSuggestion(advice, "G-POLICY", "vw-1", "t-1").priority()).isEqualTo(Priority.MEDIUM);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void dailyLifeHelpTheCaregiverDoesNotWantToGiveIsInfoWithG_HANDOVERAtLow(TaskKind kind) {
        Advice advice = withTask(kind, "cg-1", Agreement.builder().recordedInCarePlan(true).caregiverWilling(false)
                .build(), null);

        Flag flag = requireFlag(advice, "CAREGIVER_UNWILLING", "cg-1", "t-1");
        assertThat(flag.severity()).isEqualTo(Severity.INFO);
        assertThat(flag.boundary()).isEqualTo(Boundary.RELATIONEEL);
        assertThat(requireSuggestion(advice, "G-HANDOVER", "cg-1", "t-1").priority()).isEqualTo(Priority.LOW);
        assertThat(advice.suggestions()).extracting(s -> s.action()).doesNotContain("G-WISHES");
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void dailyLifeHelpTheCaregiverCannotGiveIsInfoWithG_HANDOVERAtLow(TaskKind kind) {
        Advice advice = withTask(kind, "cg-1", Agreement.builder().recordedInCarePlan(true).caregiverAble(false)
                .build(), null);

        assertThat(requireFlag(advice, "CAREGIVER_UNABLE", "cg-1", "t-1").severity()).isEqualTo(Severity.INFO);
        assertThat(requireSuggestion(advice, "G-HANDOVER", "cg-1", "t-1").priority()).isEqualTo(Priority.LOW);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void textsAboutDailyLifeHelpNeverCallItAZorghandeling(TaskKind kind) {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(kind).performedBy("cg-1").professionalReservations(true)
                        .agreement(Agreement.builder().caregiverWilling(false).caregiverAble(false).build()).build())
                .addCareTask(CareTask.builder("t-2").kind(kind).performedBy("vw-1").build())
                .policy(new Policy(Set.of(), Set.of())));

        assertThat(advice.flags()).filteredOn(f -> f.taskId() != null).isNotEmpty().allSatisfy(f -> f.reasons()
                .forEach(r -> assertThat(r.text().nl()).doesNotContainIgnoringCase("zorghandeling")));
        assertThat(advice.suggestions()).filteredOn(s -> s.taskId() != null).isNotEmpty().allSatisfy(s -> s.reasons()
                .forEach(r -> assertThat(r.text().nl()).doesNotContainIgnoringCase("zorghandeling")));
    }
}
