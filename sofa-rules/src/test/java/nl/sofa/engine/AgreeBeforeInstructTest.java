package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Policy;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §B: agree first, then instruct. */
class AgreeBeforeInstructTest {
    /** Recorded, willing, able, not instructed. */
    private static final Agreement NOT_INSTRUCTED = Agreement.builder().recordedInCarePlan(true).build();
    /** Nothing accepted from caregivers. */
    private static final Policy NOTHING = new Policy(Set.of(), Set.of());

    private static Advice withTask(TaskKind kind, @Nullable Agreement agreement, @Nullable Policy policy) {
        return evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(kind).performedBy("cg-1").agreement(agreement).build())
                .policy(policy));
    }

    private static Priority priority(Advice advice, String action) {
        return requireSuggestion(advice, action, "cg-1", "t-1").priority();
    }

    @ParameterizedTest(name = "{0} without agreement: {1}, G-AGREE {2}")
    @CsvSource({"INJECTION, CRITICAL, HIGH", "CATHETERISATION, CRITICAL, HIGH", "MEDICATION, WARNING, MEDIUM",
            "WOUND_CARE, WARNING, MEDIUM", "TUBE_FEEDING, WARNING, MEDIUM", "OXYGEN, WARNING, MEDIUM",
            "HOIST_TRANSFER, WARNING, MEDIUM", "PERSONAL_CARE, INFO, LOW"})
    void aCareActWithoutAnAgreementIsAsSeriousAsTheActAndG_AGREEFollowsTheFlag(TaskKind kind, Severity severity,
            Priority agree) {
        Advice advice = withTask(kind, null, null);

        assertThat(requireFlag(advice, "TASK_WITHOUT_AGREEMENT", "cg-1", "t-1").severity()).isEqualTo(severity);
        assertThat(priority(advice, "G-AGREE")).isEqualTo(agree);
    }

    @ParameterizedTest(name = "{0} outside policy: {1}, G-POLICY {2}")
    @CsvSource({"INJECTION, CRITICAL, HIGH", "CATHETERISATION, CRITICAL, HIGH", "MEDICATION, WARNING, MEDIUM",
            "HOIST_TRANSFER, WARNING, MEDIUM", "PERSONAL_CARE, WARNING, MEDIUM"})
    void aCareActOutsideThePolicyIsCriticalForAReservedActAndG_POLICYFollowsTheFlag(TaskKind kind, Severity severity,
            Priority policy) {
        Advice advice = withTask(kind, NOT_INSTRUCTED.toBuilder().instructionGiven(true).build(), NOTHING);

        assertThat(requireFlag(advice, "TASK_OUTSIDE_POLICY", "cg-1", "t-1").severity()).isEqualTo(severity);
        assertThat(priority(advice, "G-POLICY")).isEqualTo(policy);
    }

    @ParameterizedTest(name = "{0}, agreement {1}, outside policy {2}: G-INSTRUCT {3}")
    @CsvSource({
        // no agreement: G-AGREE HIGH (reserved) or MEDIUM (risky); G-INSTRUCT one step below
        "INJECTION, false, false, MEDIUM",
        "CATHETERISATION, false, false, MEDIUM",
        "MEDICATION, false, false, LOW",
        "HOIST_TRANSFER, false, false, LOW",
        // agreed, not instructed, outside the policy: G-POLICY HIGH or MEDIUM; one step below
        "INJECTION, true, true, MEDIUM",
        "WOUND_CARE, true, true, LOW",
        // both: one step below the lower of the two
        "INJECTION, false, true, MEDIUM",
        "OXYGEN, false, true, LOW",
        // nothing to agree first: the flag's priority (CRITICAL HIGH, WARNING MEDIUM)
        "INJECTION, true, false, HIGH",
        "TUBE_FEEDING, true, false, MEDIUM"})
    void instructionNeverRanksAboveAgreeingOrCheckingThePolicyOfTheSameTask(TaskKind kind, boolean agreed,
            boolean outsidePolicy, Priority instruct) {
        Advice advice = withTask(kind, agreed ? NOT_INSTRUCTED : null, outsidePolicy ? NOTHING : null);

        assertThat(requireFlag(advice, "INSTRUCTION_MISSING", "cg-1", "t-1").severity())
                .isEqualTo(kind.category() == TaskKind.Category.RESERVED_ACT ? Severity.CRITICAL : Severity.WARNING);
        assertThat(priority(advice, "G-INSTRUCT")).isEqualTo(instruct);
        for (String first : new String[] {"G-AGREE", "G-POLICY"}) {
            suggestion(advice, first, "cg-1", "t-1").ifPresent(s ->
                    assertThat(s.priority()).as(first).isGreaterThan(instruct));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION", "MEDICATION", "HOIST_TRANSFER",
            "PERSONAL_CARE"})
    void aCareActTheCaregiverDoesNotWantToDoGetsG_HANDOVERAndNoInstructionOrLiability(TaskKind kind) {
        Advice advice = withTask(kind, NOT_INSTRUCTED.toBuilder().caregiverWilling(false).build(), null);

        assertThat(requireFlag(advice, "CAREGIVER_UNWILLING", "cg-1", "t-1").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(priority(advice, "G-HANDOVER")).isEqualTo(Priority.HIGH);
        assertThat(suggestion(advice, "G-WISHES", "cg-1", "t-1")).isEmpty();
        assertThat(suggestion(advice, "G-INSTRUCT", "cg-1", "t-1")).isEmpty();
        assertThat(suggestion(advice, "G-LIABILITY", "cg-1", "t-1")).isEmpty();
        if (kind.category() == TaskKind.Category.RESERVED_ACT) {
            assertThat(flag(advice, "LIABILITY_NOTICE", "cg-1", "t-1")).as("the flag stays").isPresent();
            assertThat(flag(advice, "INSTRUCTION_MISSING", "cg-1", "t-1")).as("the flag stays").isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "WOUND_CARE", "PERSONAL_CARE"})
    void aCareActTheCaregiverCannotDoGetsG_HANDOVERAndNoInstructionOrLiability(TaskKind kind) {
        Advice advice = withTask(kind, NOT_INSTRUCTED.toBuilder().caregiverAble(false).build(), null);

        assertThat(requireFlag(advice, "CAREGIVER_UNABLE", "cg-1", "t-1").severity()).isEqualTo(Severity.CRITICAL);
        assertThat(priority(advice, "G-HANDOVER")).isEqualTo(Priority.HIGH);
        assertThat(suggestion(advice, "G-WISHES", "cg-1", "t-1")).isEmpty();
        assertThat(suggestion(advice, "G-INSTRUCT", "cg-1", "t-1")).isEmpty();
        assertThat(suggestion(advice, "G-LIABILITY", "cg-1", "t-1")).isEmpty();
    }
}
