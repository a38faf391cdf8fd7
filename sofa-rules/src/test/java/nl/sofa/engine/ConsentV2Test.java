package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §I: consent in proportion. */
class ConsentV2Test {
    private static Advice agreedAbout(TaskKind kind) {
        return evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build()).addCareTask(CareTask.builder("t-1").kind(kind)
                        .performedBy("cg-1").agreement(Agreement.defaults()).build()));
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "SUPERVISION", "COMPANIONSHIP", "ADMINISTRATION",
            "TRANSPORT", "OTHER"})
    void anAgreementAboutDailyLifeHelpNeedsNoConsentToShareTheCarePlan(TaskKind kind) {
        Advice advice = agreedAbout(kind);

        assertThat(flag(advice, "CONSENT_MISSING", "cg-1", null)).isEmpty();
        assertThat(suggestion(advice, "P-CONSENT", "cg-1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"INJECTION", "MEDICATION", "HOIST_TRANSFER", "PERSONAL_CARE"})
    void anAgreementAboutACareActNeedsConsent(TaskKind kind) {
        Advice advice = agreedAbout(kind);

        requireFlag(advice, "CONSENT_MISSING", "cg-1", null);
        assertThat(suggestion(advice, "P-CONSENT", "cg-1")).isPresent();
        assertThat(flag(advice, "CONSENT_MISSING", "cg-2", null)).isEmpty();
    }

    @Test
    void aCareActWithoutAnAgreementNeedsNoConsent() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1").build()));

        assertThat(flag(advice, "CONSENT_MISSING", "cg-1", null)).isEmpty();
    }

    @Test
    void thePrimaryContactNeedsConsentWithoutAnyAgreement() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").primaryContact(true).build())
                .addCaregiver(caregiver("cg-2").build()));

        requireFlag(advice, "CONSENT_MISSING", "cg-1", null);
    }

    @Test
    void afterADeathNobodyIsAskedForConsent() {
        Advice advice = evaluate(ending(EndingReason.DECEASED).addCaregiver(caregiver("cg-1").primaryContact(true).build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.WOUND_CARE).performedBy("cg-2")
                        .agreement(Agreement.defaults()).build()));

        assertThat(advice.flags()).noneMatch(f -> f.code().equals("CONSENT_MISSING"));
        assertThat(advice.suggestions()).noneMatch(s -> s.action().equals("P-CONSENT"));
    }
}
