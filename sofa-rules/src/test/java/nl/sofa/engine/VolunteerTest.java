package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.flagCodes;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Policy;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §C: volunteers, for whom the organisation answers. */
class VolunteerTest {
    private static final Agreement INSTRUCTED = Agreement.builder().recordedInCarePlan(true).instructionGiven(true)
            .build();

    private static Advice volunteerDoes(TaskKind kind, @Nullable Agreement agreement, @Nullable Policy policy,
            boolean reservations) {
        return evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(kind).performedBy("vw-1").agreement(agreement)
                        .professionalReservations(reservations).build())
                .policy(policy));
    }

    private static void assertFlag(Flag flag, Severity severity, Boundary boundary) {
        assertThat(flag.severity()).as(flag.code()).isEqualTo(severity);
        assertThat(flag.boundary()).as(flag.code()).isEqualTo(boundary);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION"})
    void aVolunteersReservedActIsALegalCriticalWithG_TAKEOVERAtHighForThatVolunteerAndTask(TaskKind kind) {
        Advice advice = volunteerDoes(kind, INSTRUCTED, null, false);

        assertFlag(requireFlag(advice, "VOLUNTEER_RESERVED_ACT", "vw-1", "t-1"), Severity.CRITICAL, Boundary.WETTELIJK);
        Suggestion takeover = requireSuggestion(advice, "G-TAKEOVER", "vw-1", "t-1");
        assertThat(takeover.priority()).isEqualTo(Priority.HIGH);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"MEDICATION", "WOUND_CARE", "TUBE_FEEDING", "OXYGEN",
            "HOIST_TRANSFER", "PERSONAL_CARE"})
    void aVolunteersRiskyActOrPersonalCareWithoutAnAgreementIsUnsupervisedWithG_VOLUNTEERAtMedium(TaskKind kind) {
        Advice advice = volunteerDoes(kind, null, null, false);

        assertFlag(requireFlag(advice, "VOLUNTEER_TASK_UNSUPERVISED", "vw-1", "t-1"), Severity.WARNING,
                Boundary.FUNCTIONEEL);
        assertThat(requireSuggestion(advice, "G-VOLUNTEER", "vw-1", "t-1").priority()).isEqualTo(Priority.MEDIUM);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"MEDICATION", "HOIST_TRANSFER", "PERSONAL_CARE"})
    void aVolunteersRiskyActOrPersonalCareAgreedWithoutInstructionIsUnsupervised(TaskKind kind) {
        Advice advice = volunteerDoes(kind, INSTRUCTED.toBuilder().instructionGiven(false).build(), null, false);

        assertFlag(requireFlag(advice, "VOLUNTEER_TASK_UNSUPERVISED", "vw-1", "t-1"), Severity.WARNING,
                Boundary.FUNCTIONEEL);
        assertThat(requireSuggestion(advice, "G-VOLUNTEER", "vw-1", "t-1").priority()).isEqualTo(Priority.MEDIUM);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"MEDICATION", "HOIST_TRANSFER", "PERSONAL_CARE"})
    void aVolunteersCareActAgreedWithInstructionIsSupervised(TaskKind kind) {
        Advice advice = volunteerDoes(kind, INSTRUCTED, null, false);

        assertThat(advice.flags()).noneMatch(f -> "t-1".equals(f.taskId()));
        assertThat(advice.suggestions()).noneMatch(s -> "t-1".equals(s.taskId()));
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "COMPANIONSHIP", "TRANSPORT"})
    void aVolunteersDailyLifeHelpWithoutAnAgreementIsNotUnsupervised(TaskKind kind) {
        Advice advice = volunteerDoes(kind, null, null, false);

        assertThat(flag(advice, "VOLUNTEER_TASK_UNSUPERVISED", "vw-1", "t-1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"MEDICATION", "PERSONAL_CARE", "HOUSEHOLD"})
    void aVolunteersTaskOutsideThePolicyIsAFunctionalWarningWithG_POLICYThatDoesNotSpeakOfCaregivers(TaskKind kind) {
        Advice advice = volunteerDoes(kind, INSTRUCTED, new Policy(Set.of(kind), Set.of()), false);

        assertFlag(requireFlag(advice, "TASK_OUTSIDE_POLICY", "vw-1", "t-1"), Severity.WARNING, Boundary.FUNCTIONEEL);
        Suggestion policy = requireSuggestion(advice, "G-POLICY", "vw-1", "t-1");
        assertThat(policy.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(policy.text().nl()).doesNotContain("mantelzorger");
        assertThat(policy.text().en()).doesNotContain("caregiver");
    }

    @Test
    void aVolunteersReservedActOutsideThePolicyIsCritical() {
        Advice advice = volunteerDoes(TaskKind.INJECTION, INSTRUCTED, new Policy(Set.of(TaskKind.INJECTION), Set.of()),
                false);

        assertThat(requireFlag(advice, "TASK_OUTSIDE_POLICY", "vw-1", "t-1").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(requireSuggestion(advice, "G-POLICY", "vw-1", "t-1").priority()).isEqualTo(Priority.HIGH);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "MEDICATION", "COMPANIONSHIP"})
    void aProfessionalsReservationsAboutAVolunteersTaskArePersonalInfoWithG_TEAMAtLow(TaskKind kind) {
        Advice advice = volunteerDoes(kind, INSTRUCTED, null, true);

        assertFlag(requireFlag(advice, "PROFESSIONAL_RESERVATION", "vw-1", "t-1"), Severity.INFO, Boundary.PERSOONLIJK);
        assertThat(requireSuggestion(advice, "G-TEAM", "vw-1", "t-1").priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void aVolunteerIsNoCaregiverForBalanceSoleCaregiverOrNoCaregiverKnown() {
        Advice onlyVolunteers = evaluate(situation(Phase.DAILY).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.HOIST_TRANSFER).performedBy("vw-1").build()));
        Advice withOne = evaluate(situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").hoursPerWeek(10).signals(OverloadSignal.TIME_PRESSURE).build())
                .addVolunteer(new Volunteer("vw-1")));

        assertThat(flagCodes(onlyVolunteers)).contains("NO_CAREGIVER_KNOWN", "VOLUNTEER_TASK_UNSUPERVISED");
        assertThat(onlyVolunteers.caregivers()).isEmpty();
        assertThat(onlyVolunteers.suggestions()).noneMatch(s -> "vw-1".equals(s.caregiverId()) && s.taskId() == null);
        assertThat(requireFlag(withOne, "SOLE_CAREGIVER", "cg-1", null).severity()).isEqualTo(Severity.WARNING);
    }
}
