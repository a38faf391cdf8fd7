package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.actionsFor;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Suggestion;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Setting;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v1.md §2: the phase column. Two plain caregivers unless a test needs otherwise. */
class PhaseColumnTest {

    private static void assertPriority(Advice advice, String action, String caregiverId, Priority priority) {
        assertThat(requireSuggestion(advice, action, caregiverId).priority()).as(action + " for " + caregiverId)
                .isEqualTo(priority);
    }

    @Nested
    class Begin {
        @Test
        void everyCaregiverGetsTheFourAcquaintanceActionsAtLow() {
            Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").build())
                    .addCaregiver(caregiver("cg-2").build()));

            for (String id : List.of("cg-1", "cg-2")) {
                for (String action : List.of("S-B3", "O-B1", "A-B2", "F-B3")) {
                    assertPriority(advice, action, id, Priority.LOW);
                }
            }
        }

        @Test
        void thePrimaryContactAlsoGetsInformingExpectationsAndTheCarePlanMeetingAtMedium() {
            Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").build())
                    .addCaregiver(caregiver("cg-2").primaryContact(true).build()));

            for (String action : List.of("S-B1", "A-B1", "A-B3", "P-MEETING")) {
                assertPriority(advice, action, "cg-2", Priority.MEDIUM);
                assertThat(suggestion(advice, action, "cg-1")).as(action + " for a caregiver who is not primary")
                        .isEmpty();
            }
        }

        @Test
        void theOnlyCaregiverGetsThePrimaryContactActionsToo() {
            Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").build()));

            for (String action : List.of("S-B1", "A-B1", "A-B3", "P-MEETING")) {
                assertPriority(advice, action, "cg-1", Priority.MEDIUM);
            }
        }

        @Test
        void twelveMonthsOfCaringMakesTheCaregiverTheExpertWithA_B2High() {
            Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-11").monthsCaring(11).build())
                    .addCaregiver(caregiver("cg-12").monthsCaring(12).build()));

            assertPriority(advice, "A-B2", "cg-11", Priority.LOW);
            assertPriority(advice, "A-B2", "cg-12", Priority.HIGH);
        }

        @Test
        void aResidentialSettingGivesF_B1AtMediumToEveryCaregiver() {
            Advice advice = evaluate(situation(Phase.BEGIN).setting(Setting.RESIDENTIAL)
                    .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build()));

            assertPriority(advice, "F-B1", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "F-B1", "cg-2", Priority.MEDIUM);
        }

        @ParameterizedTest
        @EnumSource(value = Setting.class, names = "RESIDENTIAL", mode = EnumSource.Mode.EXCLUDE)
        void otherSettingsGiveNoF_B1(Setting setting) {
            Advice advice = evaluate(situation(Phase.BEGIN).setting(setting).addCaregiver(caregiver("cg-1").build()));

            assertThat(suggestion(advice, "F-B1", "cg-1")).isEmpty();
        }

        @Test
        void theSettingOnlyMattersInBegin() {
            Advice advice = evaluate(situation(Phase.DAILY).setting(Setting.RESIDENTIAL)
                    .addCaregiver(caregiver("cg-1").build()));

            assertThat(suggestion(advice, "F-B1", "cg-1")).isEmpty();
        }
    }

    @Nested
    class Daily {
        @Test
        void everyCaregiverGetsTheFourDayToDayActionsAtLow() {
            Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                    .addCaregiver(caregiver("cg-2").build()));

            for (String id : List.of("cg-1", "cg-2")) {
                for (String action : List.of("S-D1", "O-D1", "F-D1", "A-D2")) {
                    assertPriority(advice, action, id, Priority.LOW);
                }
            }
        }

        @Test
        void twoOrMoreCareTasksGiveTipsAndEvaluationAtMedium() {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build())
                    .addCareTask(task("t-1", TaskKind.HOUSEHOLD, "cg-1"))
                    .addCareTask(task("t-2", TaskKind.TRANSPORT, "cg-1"))
                    .addCareTask(task("t-3", TaskKind.HOUSEHOLD, "cg-2")));

            assertPriority(advice, "S-D2", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "S-D3", "cg-1", Priority.MEDIUM);
            assertThat(suggestion(advice, "S-D2", "cg-2")).as("one task is not enough").isEmpty();
            assertThat(suggestion(advice, "S-D3", "cg-2")).isEmpty();
            assertThat(requireSuggestion(advice, "S-D2", "cg-1").reasons()).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo("daily.tasks.skills");
                assertThat(r.params()).containsEntry("caregiverId", "cg-1").containsEntry("taskIds", List.of("t-1", "t-2"));
                assertThat(r.text().nl()).isEqualTo("cg-1 heeft meerdere zorgtaken (t-1 en t-2)");
            });
        }

        @ParameterizedTest
        @EnumSource(value = Condition.class, names = {"DEMENTIA", "PSYCHIATRIC", "ACQUIRED_BRAIN_INJURY",
                "INTELLECTUAL_DISABILITY"})
        void aConditionThatChangesIllnessOrBehaviourGivesO_D2AtMedium(Condition condition) {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .client(Client.builder("cl-1").conditions(condition).build())
                    .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build()));

            assertPriority(advice, "O-D2", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "O-D2", "cg-2", Priority.MEDIUM);
        }

        @ParameterizedTest
        @EnumSource(value = Condition.class, names = {"DEMENTIA", "PSYCHIATRIC", "ACQUIRED_BRAIN_INJURY",
                "INTELLECTUAL_DISABILITY"}, mode = EnumSource.Mode.EXCLUDE)
        void otherConditionsGiveNoO_D2(Condition condition) {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .client(Client.builder("cl-1").conditions(condition).build())
                    .addCaregiver(caregiver("cg-1").build()));

            assertThat(suggestion(advice, "O-D2", "cg-1")).isEmpty();
        }
    }

    @Nested
    class Ending {
        private Advice endingWithTwoCaregivers(EndingReason reason) {
            return evaluate(ending(reason).addCaregiver(caregiver("cg-1").build())
                    .addCaregiver(caregiver("cg-2").build()));
        }

        // rules-v2 §E: v1 gave S-E1 and O-E1 in every ending; PALLIATIVE has neither now
        @ParameterizedTest
        @EnumSource(value = EndingReason.class, names = {"NO_LONGER_NEEDED", "TRANSFER", "DISCHARGE_HOME"})
        void everyEndingButTheEndOfLifeLooksBackAndDiscussesSupportAtMedium(EndingReason reason) {
            Advice advice = endingWithTwoCaregivers(reason);

            for (String id : List.of("cg-1", "cg-2")) {
                assertPriority(advice, "S-E1", id, Priority.MEDIUM);
                assertPriority(advice, "O-E1", id, Priority.MEDIUM);
            }
        }

        @Test
        void afterDeathLookingBackIsLowSoThatTheBereavedAreNotPressed() {
            Advice advice = endingWithTwoCaregivers(EndingReason.DECEASED);

            assertPriority(advice, "S-E1", "cg-1", Priority.LOW);
            // rules-v2 §E: no O-E1 after a death (v1 gave it at MEDIUM)
            assertThat(suggestion(advice, "O-E1", "cg-1")).isEmpty();
        }

        @Test
        void aTransferGivesTheFourMoveActionsAtMedium() {
            Advice advice = endingWithTwoCaregivers(EndingReason.TRANSFER);

            for (String action : List.of("S-E2", "O-E2", "F-E2", "A-E2")) {
                assertPriority(advice, action, "cg-1", Priority.MEDIUM);
                assertPriority(advice, action, "cg-2", Priority.MEDIUM);
            }
        }

        @ParameterizedTest
        @EnumSource(value = EndingReason.class, names = "TRANSFER", mode = EnumSource.Mode.EXCLUDE)
        void moveActionsOnlyForATransfer(EndingReason reason) {
            assertThat(actionsFor(endingWithTwoCaregivers(reason), "cg-1")).doesNotContain("S-E2", "O-E2", "F-E2",
                    "A-E2");
        }

        @Test
        void noLongerNeededHandsOverSkillsAndStrengthensSelfRelianceAtMedium() {
            Advice advice = endingWithTwoCaregivers(EndingReason.NO_LONGER_NEEDED);

            assertPriority(advice, "F-E1", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "A-E1", "cg-1", Priority.MEDIUM);
        }

        @Test
        void palliativeCareDecidesTogetherAtHighAndPreparesTheFarewell() {
            Advice advice = endingWithTwoCaregivers(EndingReason.PALLIATIVE);

            assertPriority(advice, "S-E3", "cg-1", Priority.HIGH);
            assertPriority(advice, "O-E3", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "F-E3", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "A-E3", "cg-1", Priority.MEDIUM);
        }

        @Test
        void afterDeathTheFarewellSupportIsHighAndNothingIsLeftToDecideTogether() {
            Advice advice = endingWithTwoCaregivers(EndingReason.DECEASED);

            assertPriority(advice, "O-E3", "cg-1", Priority.HIGH);
            assertPriority(advice, "F-E3", "cg-1", Priority.MEDIUM);
            assertPriority(advice, "A-E3", "cg-1", Priority.MEDIUM);
            assertThat(suggestion(advice, "S-E3", "cg-1")).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = EndingReason.class, names = "PALLIATIVE", mode = EnumSource.Mode.EXCLUDE)
        void deciding_S_E3_onlyInThePalliativePhase(EndingReason reason) {
            assertThat(actionsFor(endingWithTwoCaregivers(reason), "cg-1")).doesNotContain("S-E3");
        }

        @ParameterizedTest
        @EnumSource(value = EndingReason.class, names = {"NO_LONGER_NEEDED", "TRANSFER"})
        void farewellActionsOnlyForPalliativeAndDeceased(EndingReason reason) {
            assertThat(actionsFor(endingWithTwoCaregivers(reason), "cg-1")).doesNotContain("O-E3", "F-E3", "A-E3");
        }
    }

    @ParameterizedTest
    @EnumSource(Phase.class)
    void everySuggestionBelongsToTheSituationsPhaseOrToAny(Phase phase) {
        Advice advice = evaluate((phase == Phase.ENDING ? ending(EndingReason.TRANSFER) : situation(phase))
                .addCaregiver(caregiver("cg-1").primaryContact(true).monthsCaring(24).build())
                .addCaregiver(caregiver("cg-2").build()));

        assertThat(advice.suggestions()).isNotEmpty().allSatisfy((Suggestion s) ->
                assertThat(s.phase().appliesTo(phase)).as(s.action() + " in " + phase).isTrue());
    }

    // rules-v2 §H: O-B2, A-D1 and V-PRACTICAL are used now; the rest stays open
    @ParameterizedTest
    @EnumSource(Phase.class)
    void theActionsTheSpecLeavesOpenAreNeverSuggested(Phase phase) {
        for (EndingReason reason : phase == Phase.ENDING ? EndingReason.values() : new EndingReason[] {null}) {
            Advice advice = evaluate(DeterminismTest.rich().toBuilder().phase(phase).endingReason(reason)
                    .setting(Setting.RESIDENTIAL));

            assertThat(advice.suggestions()).extracting(Suggestion::action).isNotEmpty().doesNotContainAnyElementsOf(
                    List.of("S-B2", "F-B2", "F-D2", "F-D3", "A-D3"));
        }
    }

    private static CareTask task(String id, TaskKind kind, String performer) {
        return CareTask.builder(id).kind(kind).performedBy(performer).build();
    }
}
