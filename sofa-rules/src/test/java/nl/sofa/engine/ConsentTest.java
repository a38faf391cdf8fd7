package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v1.md §6 as changed by rules-v2.md §I: consent, the client owns the care plan. */
class ConsentTest {
    /** rules-v2 §I: only an agreement about a care act counts; v1's fixture used HOUSEHOLD. */
    private static CareTask agreed(String id, String performer) {
        return CareTask.builder(id).kind(TaskKind.PERSONAL_CARE).performedBy(performer).agreement(Agreement.defaults())
                .build();
    }

    @Test
    void aCaregiverWithAnAgreementButNoConsentGetsOneInfoFlagAndP_CONSENTAtLow() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build())
                .addCareTask(agreed("t-1", "cg-1")).addCareTask(agreed("t-2", "cg-1")));

        Flag flag = requireFlag(advice, "CONSENT_MISSING", "cg-1", null);
        assertThat(flag.severity()).isEqualTo(Severity.INFO);
        assertThat(flag.boundary()).isEqualTo(Boundary.FUNCTIONEEL);
        assertThat(advice.flags()).filteredOn(f -> f.code().equals("CONSENT_MISSING")).hasSize(1);
        assertThat(flag.reasons()).as("one reason per task, in one flag").hasSize(2);
        assertThat(requireSuggestion(advice, "P-CONSENT", "cg-1").priority()).isEqualTo(Priority.LOW);
        assertThat(flag(advice, "CONSENT_MISSING", "cg-2", null)).as("cg-2 has no agreement and is not primary")
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void thePrimaryContactWithoutConsentIsFlaggedInEveryPhase(Phase phase) {
        var situation = phase == Phase.ENDING ? Fixtures.ending(nl.sofa.phase.EndingReason.TRANSFER) : situation(phase);
        Advice advice = evaluate(situation.addCaregiver(caregiver("cg-1").primaryContact(true).build())
                .addCaregiver(caregiver("cg-2").build()));

        assertThat(requireFlag(advice, "CONSENT_MISSING", "cg-1", null).severity()).isEqualTo(Severity.INFO);
        assertThat(requireSuggestion(advice, "P-CONSENT", "cg-1").priority()).isEqualTo(Priority.LOW);
    }

    @Test
    void thePrimaryContactWithAnAgreementGetsOneFlagWithBothRules() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").primaryContact(true).build())
                .addCareTask(agreed("t-1", "cg-1")));

        assertThat(requireFlag(advice, "CONSENT_MISSING", "cg-1", null).rules())
                .containsExactly("builtin.consent.agreement", "builtin.consent.primary-contact");
    }

    @Test
    void consentGivenRaisesNothing() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .client(Client.builder("cl-1").carePlanSharedWith("cg-1").build())
                .addCaregiver(caregiver("cg-1").primaryContact(true).build()).addCareTask(agreed("t-1", "cg-1")));

        assertThat(flag(advice, "CONSENT_MISSING", "cg-1", null)).isEmpty();
        assertThat(suggestion(advice, "P-CONSENT", "cg-1")).isEmpty();
    }

    @Test
    void aTaskWithoutAgreementDoesNotNeedTheCarePlan() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.PERSONAL_CARE).performedBy("cg-1").build()));

        assertThat(flag(advice, "CONSENT_MISSING", "cg-1", null)).isEmpty();
    }
}
