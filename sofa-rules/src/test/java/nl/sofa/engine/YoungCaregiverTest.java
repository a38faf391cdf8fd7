package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.keys;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §G: young caregivers (jonge mantelzorgers). */
class YoungCaregiverTest {
    /** cg-1 as given beside an adult primary contact cg-2, in DAILY. */
    private static Situation.Builder besideAnAdult(Caregiver.Builder cg1) {
        return situation(Phase.DAILY).addCaregiver(cg1.build())
                .addCaregiver(caregiver("cg-2").age(45).primaryContact(true).build());
    }

    private static void assertYoung(Advice advice, Severity severity, Priority priority) {
        Flag flag = requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null);
        assertThat(flag.severity()).isEqualTo(severity);
        assertThat(flag.boundary()).as("no boundary").isNull();
        assertThat(flag.text().nl()).isEqualTo("Jonge mantelzorger");
        assertThat(requireSuggestion(advice, "Y-YOUNG", "cg-1").priority()).isEqualTo(priority);
    }

    @ParameterizedTest(name = "age {0}: young {1}")
    @CsvSource({"17, true", "12, true", "5, true", "18, false", "24, false"})
    void aCaregiverYoungerThanEighteenIsAYoungCaregiver(int age, boolean young) {
        Advice advice = evaluate(besideAnAdult(caregiver("cg-1").age(age)));

        if (young) {
            assertYoung(advice, Severity.WARNING, Priority.MEDIUM);
            assertThat(requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null).reasons().get(0).params())
                    .containsEntry("age", age);
        } else {
            assertThat(flag(advice, "YOUNG_CAREGIVER", "cg-1", null)).isEmpty();
            assertThat(suggestion(advice, "Y-YOUNG", "cg-1")).isEmpty();
        }
    }

    @Test
    void aCaregiverOfUnknownAgeIsNoYoungCaregiver() {
        Advice advice = evaluate(besideAnAdult(caregiver("cg-1").age(null)));

        assertThat(flag(advice, "YOUNG_CAREGIVER", "cg-1", null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "CATHETERISATION", "MEDICATION", "WOUND_CARE",
            "TUBE_FEEDING", "OXYGEN", "HOIST_TRANSFER"})
    void aYoungCaregiverWhoPerformsAReservedOrRiskyActIsCritical(TaskKind kind) {
        Advice advice = evaluate(besideAnAdult(caregiver("cg-1").age(16)).addCareTask(CareTask.builder("t-1")
                .kind(kind).performedBy("cg-1").agreement(Agreement.defaults()).build()));

        assertYoung(advice, Severity.CRITICAL, Priority.HIGH);
        Flag flag = requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null);
        assertThat(flag.taskId()).isNull();
        assertThat(flag.reasons().get(0).key()).as("the headline says why").isEqualTo("young.care-act");
        assertThat(flag.reasons().get(0).params()).containsEntry("taskId", "t-1").containsEntry("kind", kind.name());
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"PERSONAL_CARE", "HOUSEHOLD", "COMPANIONSHIP"})
    void aYoungCaregiverWhoGivesPersonalCareOrDailyLifeHelpStaysAWarning(TaskKind kind) {
        Advice advice = evaluate(besideAnAdult(caregiver("cg-1").age(16)).addCareTask(CareTask.builder("t-1")
                .kind(kind).performedBy("cg-1").build()));

        assertYoung(advice, Severity.WARNING, Priority.MEDIUM);
    }

    @Test
    void aYoungPrimaryContactIsCritical() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").age(12).primaryContact(true)
                .build()).addCaregiver(caregiver("cg-2").age(45).build()));

        assertYoung(advice, Severity.CRITICAL, Priority.HIGH);
        assertThat(keys(requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null).reasons()).get(0))
                .isEqualTo("young.primary-contact");
    }

    @Test
    void theOnlyCaregiverListedIsCriticalWhateverTheVolunteers() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").age(16).build())
                .addVolunteer(new Volunteer("vw-1")).addVolunteer(new Volunteer("vw-2")));

        assertYoung(advice, Severity.CRITICAL, Priority.HIGH);
        assertThat(keys(requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null).reasons()).get(0))
                .isEqualTo("young.only-caregiver");
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void theSettingDoesNotMatter(Setting setting) {
        Advice alone = evaluate(situation(Phase.DAILY).setting(setting).addCaregiver(caregiver("cg-1").age(16).build()));
        Advice notAlone = evaluate(besideAnAdult(caregiver("cg-1").age(16)).setting(setting));

        assertYoung(alone, Severity.CRITICAL, Priority.HIGH);
        assertYoung(notAlone, Severity.WARNING, Priority.MEDIUM);
    }

    @Test
    void everyReasonThatAppliesIsNamed() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").age(16).primaryContact(true)
                .build()).addCareTask(CareTask.builder("t-1").kind(TaskKind.MEDICATION).performedBy("cg-1").build()));

        assertThat(keys(requireFlag(advice, "YOUNG_CAREGIVER", "cg-1", null).reasons())).contains("young.care-act",
                "young.primary-contact", "young.only-caregiver");
        assertThat(keys(requireSuggestion(advice, "Y-YOUNG", "cg-1").reasons())).contains("young.care-act",
                "young.primary-contact", "young.only-caregiver");
    }
}
