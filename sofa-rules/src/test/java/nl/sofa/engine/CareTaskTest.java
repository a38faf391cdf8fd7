package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.TODAY;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.keys;
import static nl.sofa.engine.Fixtures.reason;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * rules-v1.md §5: care tasks and the four boundaries. Task "t-1" is performed by "cg-1" (beside a
 * plain "cg-2") or by volunteer "vw-1"; the tests look at the flags and suggestions of t-1.
 */
class CareTaskTest {
    /** An agreement that raises nothing: recorded, willing, able, instructed, evaluated in a month. */
    private static final Agreement FULL = Agreement.builder().recordedInCarePlan(true).instructionGiven(true)
            .nextEvaluation(TODAY.plusMonths(1)).build();

    private static Advice withTask(CareTask.Builder task, @Nullable Policy policy) {
        return evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addVolunteer(new Volunteer("vw-1"))
                .addCareTask(task.build()).policy(policy));
    }

    private static Advice withTask(CareTask.Builder task) {
        return withTask(task, null);
    }

    private static CareTask.Builder task(TaskKind kind, String performer, @Nullable Agreement agreement) {
        return CareTask.builder("t-1").kind(kind).performedBy(performer).agreement(agreement);
    }

    /** The flags of task t-1 by code. */
    private static Map<String, Flag> flagsOfTask(Advice advice) {
        Map<String, Flag> flags = new TreeMap<>();
        advice.flags().stream().filter(f -> "t-1".equals(f.taskId())).forEach(f -> flags.put(f.code(), f));
        return flags;
    }

    /** The suggestions of task t-1 by action. */
    private static Map<String, Suggestion> suggestionsOfTask(Advice advice) {
        Map<String, Suggestion> suggestions = new TreeMap<>();
        advice.suggestions().stream().filter(s -> "t-1".equals(s.taskId())).forEach(s -> suggestions.put(s.action(), s));
        return suggestions;
    }

    private static void assertFlag(Flag flag, Severity severity, Boundary boundary, String performer) {
        assertThat(flag.severity()).as(flag.code()).isEqualTo(severity);
        assertThat(flag.boundary()).as(flag.code()).isEqualTo(boundary);
        assertThat(flag.caregiverId()).isEqualTo(performer);
        assertThat(flag.taskId()).isEqualTo("t-1");
    }

    private static void assertAction(Advice advice, String action, String performer, Priority priority) {
        assertThat(requireSuggestion(advice, action, performer, "t-1").priority()).as(action).isEqualTo(priority);
    }

    @Nested
    class ByACaregiver {
        // rules-v2 §A/§B: v1 used HOUSEHOLD (daily-life help now raises no agreement flag) and WARNING;
        // personal care without an agreement is INFO with G-AGREE LOW
        @Test
        void noAgreementAboutPersonalCareIsARelationalInfoWithG_AGREEAtLowAndNothingAboutItsContent() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", null));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("TASK_WITHOUT_AGREEMENT");
            assertFlag(flags.get("TASK_WITHOUT_AGREEMENT"), Severity.INFO, Boundary.RELATIONEEL, "cg-1");
            assertAction(advice, "G-AGREE", "cg-1", Priority.LOW);
            assertThat(suggestionsOfTask(advice)).containsOnlyKeys("G-AGREE");
        }

        @Test
        void aReservedActWithoutAgreementCountsAsNotInstructed() {
            Advice advice = withTask(task(TaskKind.INJECTION, "cg-1", null).professionalReservations(true));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("TASK_WITHOUT_AGREEMENT", "INSTRUCTION_MISSING", "LIABILITY_NOTICE",
                    "PROFESSIONAL_RESERVATION");
            assertFlag(flags.get("INSTRUCTION_MISSING"), Severity.CRITICAL, Boundary.FUNCTIONEEL, "cg-1");
            assertAction(advice, "G-AGREE", "cg-1", Priority.HIGH);
            // rules-v2 §B: one step below G-AGREE (HIGH), not HIGH as in v1
            assertAction(advice, "G-INSTRUCT", "cg-1", Priority.MEDIUM);
        }

        // rules-v2 §A: v1 used HOUSEHOLD, which is daily-life help now
        @Test
        void anAgreementNotRecordedInTheCarePlanIsAFunctionalWarningWithG_RECORD() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL.toBuilder().recordedInCarePlan(false).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("AGREEMENT_NOT_RECORDED");
            assertFlag(flags.get("AGREEMENT_NOT_RECORDED"), Severity.WARNING, Boundary.FUNCTIONEEL, "cg-1");
            assertAction(advice, "G-RECORD", "cg-1", Priority.MEDIUM);
        }

        @ParameterizedTest
        @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION"})
        void aReservedActWithoutInstructionIsCritical(TaskKind kind) {
            Advice advice = withTask(task(kind, "cg-1", FULL.toBuilder().instructionGiven(false).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("INSTRUCTION_MISSING", "LIABILITY_NOTICE");
            assertFlag(flags.get("INSTRUCTION_MISSING"), Severity.CRITICAL, Boundary.FUNCTIONEEL, "cg-1");
            assertAction(advice, "G-INSTRUCT", "cg-1", Priority.HIGH);
        }

        @ParameterizedTest
        @EnumSource(value = TaskKind.class, names = {"MEDICATION", "WOUND_CARE", "TUBE_FEEDING", "OXYGEN",
                "HOIST_TRANSFER"})
        void aRiskyActWithoutInstructionIsAWarning(TaskKind kind) {
            Advice advice = withTask(task(kind, "cg-1", FULL.toBuilder().instructionGiven(false).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("INSTRUCTION_MISSING");
            assertFlag(flags.get("INSTRUCTION_MISSING"), Severity.WARNING, Boundary.FUNCTIONEEL, "cg-1");
            assertAction(advice, "G-INSTRUCT", "cg-1", Priority.MEDIUM);
        }

        @ParameterizedTest
        @EnumSource(value = TaskKind.class, names = {"PERSONAL_CARE", "HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP",
                "ADMINISTRATION", "TRANSPORT", "OTHER"})
        void otherCareNeedsNoInstruction(TaskKind kind) {
            Advice advice = withTask(task(kind, "cg-1", FULL.toBuilder().instructionGiven(false).build()));

            assertThat(flagsOfTask(advice)).isEmpty();
            assertThat(suggestionsOfTask(advice)).isEmpty();
        }

        @Test
        void anEmptyAgreementObjectIsAnAgreementWithEveryFieldAtItsDefault() {
            Situation situation = SofaJson.standard().readSituation("""
                    {"schemaVersion": 1, "id": "sit-1", "referenceDate": "2026-11-23", "phase": "DAILY",
                     "client": {"id": "cl-1", "carePlanSharedWith": ["cg-1"]},
                     "caregivers": [{"id": "cg-1", "relationToClient": "PARTNER", "hoursPerWeek": 2, "monthsCaring": 1}],
                     "careTasks": [{"id": "t-1", "kind": "MEDICATION", "performedBy": "cg-1", "agreement": {}}]}
                    """);

            Advice advice = Fixtures.ENGINE.evaluate(situation);

            // defaults: not recorded, willing, able, not instructed, no evaluation date
            assertThat(flagsOfTask(advice)).containsOnlyKeys("AGREEMENT_NOT_RECORDED", "INSTRUCTION_MISSING");
            assertThat(flagsOfTask(advice).get("INSTRUCTION_MISSING").severity()).isEqualTo(Severity.WARNING);
        }

        // rules-v2 §A: v1 used HOUSEHOLD, which is daily-life help now
        @Test
        void aTaskOutsideTheOrganisationsPolicyIsAFunctionalWarningWithG_POLICY() {
            Policy policy = new Policy(Set.of(TaskKind.MEDICATION), Set.of(TaskKind.PERSONAL_CARE));
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL), policy);

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("TASK_OUTSIDE_POLICY");
            assertFlag(flags.get("TASK_OUTSIDE_POLICY"), Severity.WARNING, Boundary.FUNCTIONEEL, "cg-1");
            assertAction(advice, "G-POLICY", "cg-1", Priority.MEDIUM);
        }

        @Test
        void aTaskWithinThePolicyRaisesNothing() {
            Policy policy = new Policy(Set.of(TaskKind.HOUSEHOLD), Set.of());
            assertThat(flagsOfTask(withTask(task(TaskKind.HOUSEHOLD, "cg-1", FULL), policy))).isEmpty();
        }

        @Test
        void withoutAPolicyNoTaskIsJudgedAgainstOne() {
            assertThat(flagsOfTask(withTask(task(TaskKind.HOUSEHOLD, "cg-1", FULL), null))).isEmpty();
        }

        // rules-v2 §A: v1 used COMPANIONSHIP, which is daily-life help now
        @Test
        void aPolicyWithoutTheCaregiverListAcceptsNothingFromCaregivers() {
            Situation situation = SofaJson.standard().readSituation("""
                    {"schemaVersion": 1, "id": "sit-1", "referenceDate": "2026-11-23", "phase": "DAILY",
                     "client": {"id": "cl-1", "carePlanSharedWith": ["cg-1"]},
                     "caregivers": [{"id": "cg-1", "relationToClient": "PARTNER", "hoursPerWeek": 2, "monthsCaring": 1}],
                     "careTasks": [{"id": "t-1", "kind": "PERSONAL_CARE", "performedBy": "cg-1",
                                    "agreement": {"recordedInCarePlan": true, "instructionGiven": true}}],
                     "policy": {"volunteerMayPerform": ["PERSONAL_CARE"]}}
                    """);

            assertThat(flagsOfTask(Fixtures.ENGINE.evaluate(situation))).containsOnlyKeys("TASK_OUTSIDE_POLICY");
        }

        // rules-v2 §A/§B: v1 used HOUSEHOLD (now INFO, see CareActsTest) and G-WISHES (now G-HANDOVER)
        @Test
        void anUnwillingCaregiverIsARelationalCriticalWithG_HANDOVERAtHigh() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL.toBuilder().caregiverWilling(false).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("CAREGIVER_UNWILLING");
            assertFlag(flags.get("CAREGIVER_UNWILLING"), Severity.CRITICAL, Boundary.RELATIONEEL, "cg-1");
            assertAction(advice, "G-HANDOVER", "cg-1", Priority.HIGH);
            assertThat(suggestionsOfTask(advice)).containsOnlyKeys("G-HANDOVER");
        }

        // rules-v2 §A/§B: as above
        @Test
        void anUnableCaregiverIsARelationalCriticalWithG_HANDOVERAtHigh() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL.toBuilder().caregiverAble(false).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("CAREGIVER_UNABLE");
            assertFlag(flags.get("CAREGIVER_UNABLE"), Severity.CRITICAL, Boundary.RELATIONEEL, "cg-1");
            assertAction(advice, "G-HANDOVER", "cg-1", Priority.HIGH);
        }

        // rules-v2 §B: G-HANDOVER in place of G-WISHES
        @Test
        void unwillingAndUnableBringOneG_HANDOVERWithBothRulesAndReasons() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1",
                    FULL.toBuilder().caregiverWilling(false).caregiverAble(false).build()));

            Suggestion handover = requireSuggestion(advice, "G-HANDOVER", "cg-1", "t-1");
            assertThat(handover.rules()).containsExactly("builtin.task.unable", "builtin.task.unwilling");
            assertThat(keys(handover.reasons())).containsExactlyInAnyOrder("task.unable", "task.unwilling");
            assertThat(suggestion(advice, "G-WISHES", "cg-1", "t-1")).isEmpty();
        }

        // rules-v2 §A: v1 used HOUSEHOLD, which is daily-life help now
        @Test
        void anEvaluationDateBeforeTheReferenceDateIsOverdue() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1",
                    FULL.toBuilder().nextEvaluation(TODAY.minusDays(1)).build()));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("AGREEMENT_EVALUATION_OVERDUE");
            assertFlag(flags.get("AGREEMENT_EVALUATION_OVERDUE"), Severity.WARNING, Boundary.RELATIONEEL, "cg-1");
            assertAction(advice, "G-EVALUATE", "cg-1", Priority.MEDIUM);
        }

        @Test
        void anEvaluationDueTodayIsNotOverdue() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL.toBuilder().nextEvaluation(TODAY).build()));

            assertThat(flagsOfTask(advice)).isEmpty();
        }

        @Test
        void anAgreementWithoutAnEvaluationDateIsNotOverdue() {
            Advice advice = withTask(task(TaskKind.PERSONAL_CARE, "cg-1", FULL.toBuilder().nextEvaluation(null).build()));

            assertThat(flagsOfTask(advice)).isEmpty();
        }

        @Test
        void professionalReservationsArePersonalInfoWithG_TEAMAtLow() {
            Advice advice = withTask(task(TaskKind.HOUSEHOLD, "cg-1", FULL).professionalReservations(true));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("PROFESSIONAL_RESERVATION");
            assertFlag(flags.get("PROFESSIONAL_RESERVATION"), Severity.INFO, Boundary.PERSOONLIJK, "cg-1");
            assertAction(advice, "G-TEAM", "cg-1", Priority.LOW);
        }

        @ParameterizedTest
        @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION"})
        void theLegalBoundaryAloneGivesOnlyInfoForAFullyAgreedReservedAct(TaskKind kind) {
            Policy policy = new Policy(Set.of(kind), Set.of());
            Advice advice = withTask(task(kind, "cg-1", FULL), policy);

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("LIABILITY_NOTICE");
            assertFlag(flags.get("LIABILITY_NOTICE"), Severity.INFO, Boundary.WETTELIJK, "cg-1");
            assertThat(suggestionsOfTask(advice)).containsOnlyKeys("G-LIABILITY");
            assertAction(advice, "G-LIABILITY", "cg-1", Priority.LOW);
        }

        @Test
        void everythingWrongWithOneTaskGivesEveryFlagWithItsOwnSeverity() {
            Policy policy = new Policy(Set.of(), Set.of());
            Agreement wrong = Agreement.builder().caregiverWilling(false).caregiverAble(false)
                    .nextEvaluation(TODAY.minusYears(1)).build();
            Advice advice = withTask(task(TaskKind.CATHETERISATION, "cg-1", wrong).professionalReservations(true), policy);

            Map<String, Severity> severities = new TreeMap<>();
            flagsOfTask(advice).forEach((code, flag) -> severities.put(code, flag.severity()));
            assertThat(severities).isEqualTo(Map.of(
                    "AGREEMENT_NOT_RECORDED", Severity.WARNING,
                    "INSTRUCTION_MISSING", Severity.CRITICAL,
                    "TASK_OUTSIDE_POLICY", Severity.CRITICAL, // rules-v2 §B: a reserved act outside policy
                    "CAREGIVER_UNWILLING", Severity.CRITICAL,
                    "CAREGIVER_UNABLE", Severity.CRITICAL,
                    "AGREEMENT_EVALUATION_OVERDUE", Severity.WARNING,
                    "PROFESSIONAL_RESERVATION", Severity.INFO,
                    "LIABILITY_NOTICE", Severity.INFO));
            Map<String, Priority> priorities = new TreeMap<>();
            suggestionsOfTask(advice).forEach((action, s) -> priorities.put(action, s.priority()));
            // rules-v2 §B: G-HANDOVER in place of G-WISHES, and then no G-INSTRUCT and no G-LIABILITY;
            // G-POLICY follows the CRITICAL flag
            assertThat(priorities).isEqualTo(Map.of(
                    "G-RECORD", Priority.MEDIUM,
                    "G-POLICY", Priority.HIGH,
                    "G-HANDOVER", Priority.HIGH,
                    "G-EVALUATE", Priority.MEDIUM,
                    "G-TEAM", Priority.LOW));
        }
    }

    @Nested
    class ByAVolunteer {
        // rules-v2 §C: v1 gave nothing else; now G-TAKEOVER HIGH, and reservations count for volunteers too
        @ParameterizedTest
        @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION"})
        void aReservedActIsALegalCriticalForTheOrganisationWithG_TAKEOVERAtHigh(TaskKind kind) {
            Advice advice = withTask(task(kind, "vw-1", null).professionalReservations(true));

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("VOLUNTEER_RESERVED_ACT", "PROFESSIONAL_RESERVATION");
            assertFlag(flags.get("VOLUNTEER_RESERVED_ACT"), Severity.CRITICAL, Boundary.WETTELIJK, "vw-1");
            assertFlag(flags.get("PROFESSIONAL_RESERVATION"), Severity.INFO, Boundary.PERSOONLIJK, "vw-1");
            assertThat(suggestionsOfTask(advice)).containsOnlyKeys("G-TAKEOVER", "G-TEAM");
            assertAction(advice, "G-TAKEOVER", "vw-1", Priority.HIGH);
            assertAction(advice, "G-TEAM", "vw-1", Priority.LOW);
        }

        @Test
        void aTaskOutsideTheVolunteerPolicyIsAFunctionalWarningWithG_POLICY() {
            Policy policy = new Policy(Set.of(TaskKind.MEDICATION), Set.of(TaskKind.COMPANIONSHIP));
            Advice advice = withTask(task(TaskKind.MEDICATION, "vw-1", FULL), policy);

            Map<String, Flag> flags = flagsOfTask(advice);
            assertThat(flags).containsOnlyKeys("TASK_OUTSIDE_POLICY");
            assertFlag(flags.get("TASK_OUTSIDE_POLICY"), Severity.WARNING, Boundary.FUNCTIONEEL, "vw-1");
            assertAction(advice, "G-POLICY", "vw-1", Priority.MEDIUM);
        }

        // rules-v2 §C: v1 let the agreement and reservations of a volunteer's task raise nothing; now
        // only an agreement with instruction keeps VOLUNTEER_TASK_UNSUPERVISED away, and reservations count
        @Test
        void anInstructedVolunteersUnwillingnessRecordingAndEvaluationRaiseNothingButReservationsDo() {
            Agreement wrong = Agreement.builder().instructionGiven(true).caregiverWilling(false).caregiverAble(false)
                    .nextEvaluation(TODAY.minusYears(1)).build();
            Policy policy = new Policy(Set.of(), Set.of(TaskKind.MEDICATION));
            Advice advice = withTask(task(TaskKind.MEDICATION, "vw-1", wrong).professionalReservations(true), policy);

            assertThat(flagsOfTask(advice)).containsOnlyKeys("PROFESSIONAL_RESERVATION");
            assertThat(suggestionsOfTask(advice)).containsOnlyKeys("G-TEAM");
        }

        @Test
        void volunteersGetNoAssessmentAndNoPhaseActions() {
            Advice advice = withTask(task(TaskKind.COMPANIONSHIP, "vw-1", null));

            assertThat(advice.caregivers()).extracting(a -> a.caregiverId()).containsExactly("cg-1", "cg-2");
            assertThat(advice.suggestions()).noneMatch(s -> "vw-1".equals(s.caregiverId()));
            assertThat(advice.flags()).noneMatch(f -> "vw-1".equals(f.caregiverId()));
        }
    }

    @Test
    void tasksPerformedByAProfessionalRaiseNothing() {
        Policy policy = new Policy(Set.of(), Set.of());
        Advice advice = withTask(task(TaskKind.INJECTION, CareTask.PROFESSIONAL, null).professionalReservations(true),
                policy);

        assertThat(flagsOfTask(advice)).isEmpty();
        assertThat(suggestionsOfTask(advice)).isEmpty();
    }

    @Test
    void theG_ActionsCarryThePerformerAndTheTaskAndTheFindingsRuleAndReason() {
        Advice advice = withTask(task(TaskKind.OXYGEN, "cg-1", null));

        Suggestion instruct = requireSuggestion(advice, "G-INSTRUCT", "cg-1", "t-1");
        Flag flag = flagsOfTask(advice).get("INSTRUCTION_MISSING");
        assertThat(flag.rules()).containsExactly("builtin.task.instruction.risky");
        assertThat(instruct.priority()).as("rules-v2 §B: one step below G-AGREE (MEDIUM)").isEqualTo(Priority.LOW);
        assertThat(instruct.reasons()).as("G-INSTRUCT LOW after G-AGREE (rules-v2 §B) adds why it waits")
                .startsWith(flag.reasons().get(0));
        assertThat(keys(instruct.reasons())).contains("task.instruct.after-agreement");
        assertThat(keys(flag.reasons())).containsExactly("task.instruction.missing.risky");
        assertThat(flag.reasons().get(0).params()).containsEntry("caregiverId", "cg-1").containsEntry("taskId", "t-1")
                .containsEntry("kind", "OXYGEN");
        assertThat(flag.reasons().get(0).text().nl())
                .isEqualTo("cg-1 heeft geen instructie gekregen voor zuurstof toedienen (taak t-1), een risicovolle handeling");
        assertThat(List.copyOf(suggestionsOfTask(advice).keySet())).containsExactly("G-AGREE", "G-INSTRUCT");
    }
}
