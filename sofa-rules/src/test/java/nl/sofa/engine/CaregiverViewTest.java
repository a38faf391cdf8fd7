package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/** A caregiver sees only what concerns them, and the care plan only with the client's consent. */
class CaregiverViewTest {
    private static final SofaEngine ENGINE = Fixtures.ENGINE;

    /** Two caregivers, a volunteer, tasks, conditions and signs of derailment; cg-a consented, cg-b not. */
    private static Situation twoCaregivers() {
        return situation(Phase.DAILY)
                .client(Client.builder("cl-1").conditions(Condition.DEMENTIA, Condition.PSYCHIATRIC)
                        .carePlanSharedWith("cg-a").derailmentSignals(DerailmentSignal.CLIENT_INJURIES).build())
                .addCaregiver(caregiver("cg-a").hoursPerWeek(30).monthsCaring(20).livesWithClient(true).primaryContact(true).build())
                .addCaregiver(caregiver("cg-b").hoursPerWeek(12).monthsCaring(20).employed(true).build())
                .addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-a").kind(TaskKind.INJECTION).performedBy("cg-a").build())
                .addCareTask(CareTask.builder("t-b").kind(TaskKind.WOUND_CARE).performedBy("cg-b")
                        .agreement(Agreement.defaults()).build())
                .addCareTask(CareTask.builder("t-v").kind(TaskKind.CATHETERISATION).performedBy("vw-1").build())
                .build();
    }

    @Test
    void withoutConsentACaregiverSeesNoTaskNoConditionAndNoOtherCaregiver() {
        Situation situation = twoCaregivers();
        Advice advice = ENGINE.evaluate(situation);
        assertThat(advice.flags()).as("the professional sees derailment and the tasks")
                .extracting(f -> f.code()).contains("DERAILED_CARE_RISK", "TASK_WITHOUT_AGREEMENT");

        CaregiverView view = ENGINE.caregiverView(situation, advice, "cg-b");

        assertThat(view.carePlanShared()).isFalse();
        assertThat(view.actions()).isNotEmpty().allSatisfy(a -> assertThat(a.taskId()).isNull());
        assertThat(view.flags()).allSatisfy(f -> assertThat(f.taskId()).isNull());
        assertThat(view.factors()).doesNotContain("DEMANDING_CONDITION");
        assertThat(view.overloadRisk()).isEqualTo(advice.assessmentOf("cg-b").orElseThrow().overloadRisk());
        String everything = view.toString();
        assertThat(everything).doesNotContain("t-a", "t-b", "t-v", "cg-a", "vw-1", "DEMENTIA", "PSYCHIATRIC",
                "DERAILED", "X-DERAILED", "G-");
    }

    @Test
    void withConsentACaregiverSeesTheirOwnTasksButStillNoOtherCaregiver() {
        Situation situation = twoCaregivers();
        CaregiverView view = ENGINE.caregiverView(situation, ENGINE.evaluate(situation), "cg-a");

        assertThat(view.carePlanShared()).isTrue();
        assertThat(view.actions()).extracting(CaregiverView.Action::taskId).contains("t-a");
        assertThat(view.flags()).extracting(CaregiverView.Notice::code).contains("INSTRUCTION_MISSING");
        assertThat(view.factors()).contains("DEMANDING_CONDITION");
        assertThat(view.toString()).doesNotContain("cg-b", "t-b", "t-v", "vw-1", "DERAILED");
    }

    @Test
    void theProfessionalsAdviceStaysWhole() {
        Situation situation = twoCaregivers();
        Advice advice = ENGINE.evaluate(situation);
        Advice copy = ENGINE.evaluate(situation);
        ENGINE.caregiverView(situation, advice, "cg-b");
        assertThat(advice).isEqualTo(copy);
    }

    @Test
    void onlyACaregiverOfThisSituationHasAView() {
        Situation situation = twoCaregivers();
        Advice advice = ENGINE.evaluate(situation);
        assertThatThrownBy(() -> ENGINE.caregiverView(situation, advice, "vw-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("vw-1 is not a caregiver of situation sit-1");
        Situation other = situation.toBuilder().id("sit-2").build();
        assertThatThrownBy(() -> ENGINE.caregiverView(other, advice, "cg-a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not for situation sit-2");
    }

    @Test
    void noViewEverHoldsAnotherPersonOrWithoutConsentATask() {
        Property.forAll(Situations.valid()).tries(300).check(situation -> {
            Advice advice = ENGINE.evaluate(situation);
            for (var caregiver : situation.caregivers()) {
                CaregiverView view = ENGINE.caregiverView(situation, advice, caregiver.id());
                boolean shared = situation.client().carePlanSharedWith().contains(caregiver.id());
                assertThat(view.carePlanShared()).isEqualTo(shared);
                if (!shared) {
                    assertThat(view.actions()).allSatisfy(a -> assertThat(a.taskId()).isNull());
                    assertThat(view.flags()).allSatisfy(f -> assertThat(f.taskId()).isNull());
                    assertThat(view.factors()).doesNotContain("DEMANDING_CONDITION");
                }
                assertThat(view.actions()).extracting(CaregiverView.Action::action).doesNotContain("X-DERAILED");
                assertThat(view.flags()).extracting(CaregiverView.Notice::code)
                        .doesNotContain("DERAILED_CARE_RISK", "NO_CAREGIVER_KNOWN");
                if (view.overloadRisk() == OverloadRisk.NONE) {
                    assertThat(view.factors()).isEmpty();
                }
            }
        });
    }
}
