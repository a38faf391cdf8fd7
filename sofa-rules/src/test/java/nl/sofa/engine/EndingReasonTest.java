package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.TODAY;
import static nl.sofa.engine.Fixtures.actionsFor;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.dutchTexts;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.flagCodes;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * rules-v2.md §E: endings by their reason, each reason against each column of the table (phase
 * actions, overload consequence, V-actions, care tasks, consent, no caregiver at all) and the
 * rules on texts.
 */
class EndingReasonTest {
    /** The four care-task flags a transfer does not give (rules-v2 §E). */
    private static final List<String> AGREEMENT_FLAGS = List.of("TASK_WITHOUT_AGREEMENT", "AGREEMENT_NOT_RECORDED",
            "INSTRUCTION_MISSING", "AGREEMENT_EVALUATION_OVERDUE");
    private static final List<String> AGREEMENT_ACTIONS = List.of("G-AGREE", "G-RECORD", "G-INSTRUCT", "G-EVALUATE");

    /**
     * cg-1: primary contact, at HIGH risk (three signals, one of them financial strain), does an
     * injection without agreement (t-inj) and medication under an agreement that is not recorded and
     * overdue (t-med); cg-2: at no risk, does the household under an agreement (t-hh); vw-1 does a
     * hoist transfer without agreement (t-vw). The policy accepts nothing; the care plan is shared
     * with nobody.
     */
    private static Situation.Builder family(EndingReason reason) {
        return ending(reason)
                .addCaregiver(caregiver("cg-1").primaryContact(true).hoursPerWeek(10)
                        .signals(OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS,
                                OverloadSignal.FINANCIAL_STRAIN).build())
                .addCaregiver(caregiver("cg-2").build())
                .addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-inj").kind(TaskKind.INJECTION).performedBy("cg-1").build())
                .addCareTask(CareTask.builder("t-med").kind(TaskKind.MEDICATION).performedBy("cg-1")
                        .agreement(Agreement.builder().nextEvaluation(TODAY.minusMonths(2)).build()).build())
                .addCareTask(CareTask.builder("t-hh").kind(TaskKind.HOUSEHOLD).performedBy("cg-2")
                        .agreement(Agreement.defaults()).build())
                .addCareTask(CareTask.builder("t-vw").kind(TaskKind.HOIST_TRANSFER).performedBy("vw-1").build())
                .policy(new Policy(Set.of(), Set.of()));
    }

    private static Priority priority(Advice advice, String action, String caregiverId) {
        return requireSuggestion(advice, action, caregiverId).priority();
    }

    // ---- phase actions per caregiver ------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EndingReason.class)
    void thePhaseActionsPerCaregiverAreThoseOfTheEndingReason(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        List<String> expected = switch (reason) {
            case NO_LONGER_NEEDED, DISCHARGE_HOME -> List.of("S-E1", "O-E1", "F-E1", "A-E1");
            case TRANSFER -> List.of("S-E1", "O-E1", "S-E2", "O-E2", "F-E2", "A-E2");
            case PALLIATIVE -> List.of("S-E3", "O-E3", "F-E3", "A-E3");
            case DECEASED -> List.of("S-E1", "O-E3", "F-E3", "A-E3", "O-E4");
        };
        List<String> phaseActions = List.of("S-E1", "O-E1", "F-E1", "A-E1", "S-E2", "O-E2", "F-E2", "A-E2", "S-E3",
                "O-E3", "F-E3", "A-E3", "O-E4");
        for (String id : List.of("cg-1", "cg-2")) {
            assertThat(actionsFor(advice, id)).filteredOn(phaseActions::contains).as(id)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aTransferGivesTheMoveActionsAtMediumOrHigher() {
        Advice advice = evaluate(family(EndingReason.TRANSFER));

        for (String action : List.of("S-E2", "O-E2", "F-E2", "A-E2")) {
            assertThat(priority(advice, action, "cg-2")).as(action).isGreaterThanOrEqualTo(Priority.MEDIUM);
        }
    }

    @Test
    void aDischargeHomeHandsOverTheSkillsForCareAtHomeAtHigh() {
        Advice advice = evaluate(family(EndingReason.DISCHARGE_HOME));

        assertThat(priority(advice, "A-E1", "cg-2")).isEqualTo(Priority.HIGH);
        assertThat(priority(advice, "A-E1", "cg-1")).isEqualTo(Priority.HIGH);
    }

    @Test
    void thePalliativePhaseDecidesTogetherAtHigh() {
        Advice advice = evaluate(family(EndingReason.PALLIATIVE));

        assertThat(priority(advice, "S-E3", "cg-2")).isEqualTo(Priority.HIGH);
    }

    @Test
    void afterADeathLookingBackIsLowSupportIsHighAndAFollowUpTalkIsDueSixWeeksOn() {
        Advice advice = evaluate(family(EndingReason.DECEASED));

        for (String id : List.of("cg-1", "cg-2")) {
            assertThat(priority(advice, "S-E1", id)).as(id).isEqualTo(Priority.LOW);
            assertThat(priority(advice, "O-E3", id)).as(id).isEqualTo(Priority.HIGH);
            Suggestion followUp = requireSuggestion(advice, "O-E4", id);
            assertThat(followUp.priority()).isEqualTo(Priority.MEDIUM);
            assertThat(followUp.taskId()).isNull();
            // 23 November 2026 + 42 days
            assertThat(followUp.dueBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        }
    }

    @ParameterizedTest
    @EnumSource(value = EndingReason.class, names = "DECEASED", mode = EnumSource.Mode.EXCLUDE)
    void onlyADeathHasAFollowUpTalk(EndingReason reason) {
        assertThat(evaluate(family(reason)).suggestions()).noneMatch(s -> s.action().equals("O-E4"));
    }

    // ---- overload consequence and V-actions -------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EndingReason.class)
    void overloadRaisesTheSupportActionOfTheEndingReasonToHigh(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk()).isEqualTo(OverloadRisk.HIGH);
        boolean endOfLife = reason == EndingReason.PALLIATIVE || reason == EndingReason.DECEASED;
        assertThat(priority(advice, endOfLife ? "O-E3" : "O-E1", "cg-1")).isEqualTo(Priority.HIGH);
        if (!endOfLife) {
            assertThat(priority(advice, "O-E1", "cg-2")).as("cg-2 is at no risk").isEqualTo(Priority.MEDIUM);
        }
    }

    @ParameterizedTest
    @EnumSource(EndingReason.class)
    void theSupportActionsForTheCaregiverFollowTheEndingReason(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        for (String action : List.of("V-INFO", "V-REFER", "V-EMOTIONAL")) {
            assertThat(priority(advice, action, "cg-1")).as(action).isEqualTo(Priority.HIGH);
        }
        boolean respite = reason != EndingReason.TRANSFER && reason != EndingReason.DECEASED;
        boolean practical = reason != EndingReason.DECEASED;
        assertThat(suggestion(advice, "V-RESPITE", "cg-1").isPresent()).as("V-RESPITE").isEqualTo(respite);
        assertThat(suggestion(advice, "V-PRACTICAL", "cg-1").isPresent()).as("V-PRACTICAL").isEqualTo(practical);
        if (respite) {
            assertThat(priority(advice, "V-RESPITE", "cg-1")).isEqualTo(Priority.HIGH);
        }
    }

    // ---- care tasks ------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EndingReason.class, names = {"NO_LONGER_NEEDED", "DISCHARGE_HOME", "PALLIATIVE"})
    void untilTheEndTheCareTasksAreJudgedAsInDailyCare(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        requireFlag(advice, "TASK_WITHOUT_AGREEMENT", "cg-1", "t-inj");
        requireFlag(advice, "INSTRUCTION_MISSING", "cg-1", "t-inj");
        requireFlag(advice, "AGREEMENT_NOT_RECORDED", "cg-1", "t-med");
        requireFlag(advice, "AGREEMENT_EVALUATION_OVERDUE", "cg-1", "t-med");
        requireFlag(advice, "TASK_OUTSIDE_POLICY", "cg-1", "t-inj");
        requireFlag(advice, "LIABILITY_NOTICE", "cg-1", "t-inj");
        requireFlag(advice, "VOLUNTEER_TASK_UNSUPERVISED", "vw-1", "t-vw");
        requireSuggestion(advice, "G-AGREE", "cg-1", "t-inj");
        requireSuggestion(advice, "G-EVALUATE", "cg-1", "t-med");
        assertThat(advice.suggestions()).extracting(Suggestion::action).doesNotContain("G-TRANSFER", "G-CLOSE");
    }

    @Test
    void atATransferTheAgreementsAreHandedOverOncePerCaregiverWhoPerformsACareAct() {
        Advice advice = evaluate(family(EndingReason.TRANSFER));

        assertThat(advice.flags()).extracting(f -> f.code()).doesNotContainAnyElementsOf(AGREEMENT_FLAGS);
        assertThat(advice.suggestions()).extracting(Suggestion::action).doesNotContainAnyElementsOf(AGREEMENT_ACTIONS);
        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("G-TRANSFER")).singleElement()
                .satisfies(s -> {
                    assertThat(s.caregiverId()).isEqualTo("cg-1");
                    assertThat(s.taskId()).isNull();
                    assertThat(s.priority()).isEqualTo(Priority.MEDIUM);
                });
        assertThat(requireFlag(advice, "TASK_OUTSIDE_POLICY", "cg-1", "t-inj").severity()).isEqualTo(Severity.CRITICAL);
        requireFlag(advice, "LIABILITY_NOTICE", "cg-1", "t-inj");
        requireSuggestion(advice, "G-POLICY", "cg-1", "t-inj");
        requireFlag(advice, "VOLUNTEER_TASK_UNSUPERVISED", "vw-1", "t-vw");
    }

    @Test
    void atATransferUnwillingnessAndReservationsStay() {
        Advice advice = evaluate(ending(EndingReason.TRANSFER).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.WOUND_CARE).performedBy("cg-1")
                        .professionalReservations(true).agreement(Agreement.builder().caregiverWilling(false).build())
                        .build()));

        requireFlag(advice, "CAREGIVER_UNWILLING", "cg-1", "t-1");
        requireFlag(advice, "PROFESSIONAL_RESERVATION", "cg-1", "t-1");
        assertThat(requireSuggestion(advice, "G-HANDOVER", "cg-1", "t-1").priority()).isEqualTo(Priority.HIGH);
        requireSuggestion(advice, "G-TEAM", "cg-1", "t-1");
        assertThat(flag(advice, "AGREEMENT_NOT_RECORDED", "cg-1", "t-1")).isEmpty();
    }

    @Test
    void afterADeathNoTaskIsJudgedButEachCaregiverWhoPerformedACareActClosesTheAgreementsOnce() {
        Advice advice = evaluate(family(EndingReason.DECEASED));

        assertThat(advice.flags()).noneMatch(f -> f.taskId() != null);
        assertThat(advice.suggestions()).noneMatch(s -> s.taskId() != null);
        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("G-CLOSE")).singleElement()
                .satisfies(s -> {
                    assertThat(s.caregiverId()).isEqualTo("cg-1");
                    assertThat(s.taskId()).isNull();
                    assertThat(s.priority()).isEqualTo(Priority.LOW);
                });
    }

    @Test
    void afterADeathTheOnlyCaregiverIsNotFlaggedAsSoleCaregiverButTheOverloadFlagStays() {
        Advice advice = evaluate(ending(EndingReason.DECEASED).addCaregiver(caregiver("cg-1").hoursPerWeek(10)
                .signals(OverloadSignal.TIME_PRESSURE).build()));
        Advice palliative = evaluate(ending(EndingReason.PALLIATIVE).addCaregiver(caregiver("cg-1").hoursPerWeek(10)
                .signals(OverloadSignal.TIME_PRESSURE).build()));

        assertThat(flagCodes(advice)).contains("OVERLOAD_RISK").doesNotContain("SOLE_CAREGIVER");
        assertThat(flagCodes(palliative)).contains("OVERLOAD_RISK", "SOLE_CAREGIVER");
    }

    // ---- consent ----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EndingReason.class)
    void consentIsAskedInEveryEndingButAfterADeath(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        boolean asked = reason != EndingReason.DECEASED;
        assertThat(flag(advice, "CONSENT_MISSING", "cg-1", null).isPresent()).isEqualTo(asked);
        assertThat(suggestion(advice, "P-CONSENT", "cg-1").isPresent()).isEqualTo(asked);
    }

    // ---- no caregiver at all ----------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(EndingReason.class)
    void withoutAnyCaregiverTheNetworkActionIsThatOfTheEndingReason(EndingReason reason) {
        Advice advice = evaluate(ending(reason));

        switch (reason) {
            case NO_LONGER_NEEDED, TRANSFER, DISCHARGE_HOME -> {
                assertThat(advice.suggestions()).extracting(Suggestion::key)
                        .containsExactly(new Suggestion.Key("O-E1", null, null));
                assertThat(flagCodes(advice)).containsExactly("NO_CAREGIVER_KNOWN");
            }
            case PALLIATIVE -> {
                assertThat(advice.suggestions()).extracting(Suggestion::key)
                        .containsExactly(new Suggestion.Key("O-E3", null, null));
                assertThat(flagCodes(advice)).containsExactly("NO_CAREGIVER_KNOWN");
            }
            case DECEASED -> {
                assertThat(advice.suggestions()).isEmpty();
                assertThat(advice.flags()).isEmpty();
            }
        }
    }

    // ---- the sole caregiver when care is no longer needed -------------------------------------------

    @Test
    void whenCareIsNoLongerNeededTheOverloadedSoleCaregiversSupportLooksAtTheSocialNetwork() {
        Advice advice = evaluate(ending(EndingReason.NO_LONGER_NEEDED).addCaregiver(caregiver("cg-1").hoursPerWeek(10)
                .signals(OverloadSignal.TIME_PRESSURE).build()));

        Suggestion support = requireSuggestion(advice, "O-E1", "cg-1");
        assertThat(support.priority()).isEqualTo(Priority.HIGH);
        assertThat(support.reasons().get(0).key()).as("the headline").isEqualTo("overload.ending.network");
        assertThat(support.reasons().get(0).text().nl()).contains("netwerk");
    }

    // ---- texts ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = EndingReason.class, names = {"PALLIATIVE", "DECEASED"})
    void atTheEndOfLifeNoTextSpeaksOfLeavingMovingOrCareEnding(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        assertThat(dutchTexts(advice)).isNotEmpty().allSatisfy(text -> assertThat(text.toLowerCase())
                .doesNotContain("vertrek", "verhuizing", "de zorg eindigt"));
    }

    @ParameterizedTest
    @EnumSource(value = EndingReason.class, names = "TRANSFER", mode = EnumSource.Mode.EXCLUDE)
    void outsideATransferNoTextSpeaksOfMoving(EndingReason reason) {
        Advice advice = evaluate(family(reason));

        assertThat(dutchTexts(advice)).allSatisfy(text -> assertThat(text.toLowerCase()).doesNotContain("verhuiz",
                "verhuist"));
    }
}
