package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sofa.advice.Advice;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The v2 properties on advice written by hand, for the cases a fake engine does not reach: each is
 * shown to fail on an advice that breaks it (naming the entry) and to pass on one that keeps it.
 */
class V2PropertiesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private static Situation situation(String caregiverId, Phase phase, EndingReason ending) {
        Caregiver c = Caregiver.builder(caregiverId).relationToClient(RelationToClient.CHILD).hoursPerWeek(4)
                .monthsCaring(3).build();
        return Situation.builder("s", phase).referenceDate(DAY).endingReason(ending)
                .client(Client.builder("c").build()).caregivers(List.of(c)).build();
    }

    private static Reason reason(String key, String caregiverId, String nl, String en) {
        return Reason.of(key, Map.of("caregiverId", caregiverId), new LocalizedText(nl, en));
    }

    private static Suggestion suggestion(String action, String caregiverId, String taskId, Priority priority,
            Reason... reasons) {
        Action a = ActionCatalog.builtin().require(action);
        return new Suggestion(action, a.role(), a.phase(), caregiverId, taskId, priority, null, a.text(),
                List.of("test.rule"), List.of(reasons));
    }

    private static Flag flag(String code, String caregiverId, Reason... reasons) {
        return new Flag(code, Severity.WARNING, null, caregiverId, null,
                ActionCatalog.builtin().findFlag(code).orElseThrow().text(), List.of("test.rule"), List.of(reasons));
    }

    private static Advice advice(Situation s, List<Suggestion.Key> focus, List<Suggestion> suggestions, List<Flag> flags) {
        return new Advice(s.id(), DAY, s.phase(), new EngineInfo("0", List.of()), List.of(), focus, suggestions, flags);
    }

    private static void holds(AdviceProperty property, Situation s, Advice advice) {
        property.check(x -> advice, s);
    }

    private static String fails(AdviceProperty property, Situation s, Advice advice) {
        AssertionFailedError e = org.assertj.core.api.Assertions.catchThrowableOfType(AssertionFailedError.class,
                () -> property.check(x -> advice, s));
        assertThat(e).as(property + " must fail").isNotNull();
        assertThat(e.getMessage()).startsWith("[" + property.name() + "]");
        return e.getMessage();
    }

    @Test
    void anIdThatLooksLikeACodeOrAnActionIdIsFineButTheCodeItselfIsNot() {
        Situation s = situation("HIGH", Phase.DAILY, null);
        Advice named = advice(s, List.of(), List.of(suggestion("S-D1", "HIGH", null, Priority.LOW,
                reason("k", "HIGH", "{caregiverId} zorgt", "{caregiverId} cares"))), List.of());
        holds(AdviceProperty.NO_CODES_IN_TEXT, s, named);

        Situation t = situation("O-B1", Phase.DAILY, null);
        holds(AdviceProperty.NO_ACTION_IDS_IN_TEXT, t, advice(t, List.of(), List.of(suggestion("S-D1", "O-B1", null,
                Priority.LOW, reason("k", "O-B1", "{caregiverId} zorgt", "{caregiverId} cares"))), List.of()));

        Situation u = situation("cg-1", Phase.DAILY, null);
        Advice coded = advice(u, List.of(), List.of(), List.of(flag(FlagCodes.OVERLOAD_RISK, "cg-1",
                reason("k", "cg-1", "{caregiverId}: 1 signaal (SIGNAL_SLEEP_PROBLEMS)", "{caregiverId}: one sign of sleep problems"))));
        assertThat(fails(AdviceProperty.NO_CODES_IN_TEXT, u, coded)).contains("reason k of flag OVERLOAD_RISK")
                .contains("SIGNAL_SLEEP_PROBLEMS");
    }

    @Test
    void instrumentNamesAndCodesInsideLongerWordsAreFine() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        holds(AdviceProperty.NO_CODES_IN_TEXT, s, advice(s, List.of(), List.of(suggestion("S-D1", "cg-1", null,
                Priority.LOW, reason("k", "cg-1", "{caregiverId} scoort 7 op de CSI en 30 op de ZBI",
                        "{caregiverId} scores 7 on the CSI, HIGHWAY"))), List.of()));
        assertThat(fails(AdviceProperty.NO_CODES_IN_TEXT, s, advice(s, List.of(), List.of(suggestion("S-D1", "cg-1",
                null, Priority.LOW, reason("k", "cg-1", "{caregiverId} scoort 12 op de EDIZ_PLUS",
                        "{caregiverId} scores 12 on the EDIZ-plus"))), List.of()))).contains("EDIZ_PLUS")
                .contains("Dutch");
    }

    @Test
    void anActionIdOfTheCatalogOrAPackIsCaught() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        assertThat(fails(AdviceProperty.NO_ACTION_IDS_IN_TEXT, s, advice(s, List.of(), List.of(suggestion("S-D1",
                "cg-1", null, Priority.LOW, reason("k", "cg-1", "zie G-AGREE", "see the agreement"))), List.of())))
                .contains("G-AGREE").contains("suggestion S-D1");
        assertThat(fails(AdviceProperty.NO_ACTION_IDS_IN_TEXT, s, advice(s, List.of(), List.of(suggestion("S-D1",
                "cg-1", null, Priority.LOW, reason("k", "cg-1", "zie de afspraak", "see O-MEASURE."))), List.of())))
                .contains("O-MEASURE");
    }

    @Test
    void deployingWordsAreCaughtInDutchOnly() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        holds(AdviceProperty.NO_DEPLOYING_WORDS, s, advice(s, List.of(), List.of(suggestion("S-D1", "cg-1", null,
                Priority.LOW, reason("k", "cg-1", "samen met {caregiverId} zorgen", "inzetten is Dutch"))), List.of()));
        assertThat(fails(AdviceProperty.NO_DEPLOYING_WORDS, s, advice(s, List.of(), List.of(suggestion("S-D1", "cg-1",
                null, Priority.LOW, reason("k", "cg-1", "{caregiverId} Betrekken bij de zorg", "involve {caregiverId}"))),
                List.of()))).contains("betrekken bij");
    }

    @Test
    void afterADeathOnlyGCloseAndNoSoleCaregiverOrConsent() {
        Situation s = situation("cg-1", Phase.ENDING, EndingReason.DECEASED);
        Reason r = reason("k", "cg-1", "{caregiverId} verloor een naaste", "{caregiverId} lost someone close");
        holds(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH, s, advice(s, List.of(),
                List.of(suggestion("G-CLOSE", "cg-1", null, Priority.LOW, r)), List.of(flag(FlagCodes.OVERLOAD_RISK, "cg-1", r))));
        assertThat(fails(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH, s, advice(s, List.of(),
                List.of(suggestion("P-CONSENT", "cg-1", null, Priority.LOW, r)), List.of()))).contains("P-CONSENT");
        assertThat(fails(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH, s, advice(s, List.of(), List.of(),
                List.of(flag(FlagCodes.SOLE_CAREGIVER, "cg-1", r))))).contains("SOLE_CAREGIVER");
        assertThat(fails(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH, s, advice(s, List.of(), List.of(),
                List.of(flag(FlagCodes.VOLUNTEER_TASK_UNSUPERVISED, "cg-1", r))))).contains("VOLUNTEER_TASK_UNSUPERVISED");
        Situation palliative = situation("cg-1", Phase.ENDING, EndingReason.PALLIATIVE);
        holds(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH, palliative, advice(palliative, List.of(),
                List.of(suggestion("P-CONSENT", "cg-1", null, Priority.LOW, r)), List.of()));
    }

    @Test
    void agreeBeforeInstructHoldsForGPolicyToo() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        Reason r = reason("k", "cg-1", "{caregiverId} doet het", "{caregiverId} does it");
        Reason r2 = reason("k2", "cg-1", "{caregiverId} doet het", "{caregiverId} does it");
        Reason r3 = reason("k3", "cg-1", "{caregiverId} doet het", "{caregiverId} does it");
        holds(AdviceProperty.AGREE_BEFORE_INSTRUCT, s, advice(s, List.of(), List.of(
                suggestion("G-POLICY", "cg-1", "t-1", Priority.MEDIUM, r),
                suggestion("G-INSTRUCT", "cg-1", "t-1", Priority.MEDIUM, r2),
                suggestion("G-INSTRUCT", "cg-1", "t-2", Priority.HIGH, r3)), List.of()));
        assertThat(fails(AdviceProperty.AGREE_BEFORE_INSTRUCT, s, advice(s, List.of(), List.of(
                suggestion("G-AGREE", "cg-1", "t-1", Priority.HIGH, r),
                suggestion("G-POLICY", "cg-1", "t-1", Priority.LOW, r3),
                suggestion("G-INSTRUCT", "cg-1", "t-1", Priority.MEDIUM, r2)), List.of())))
                .contains("G-POLICY is LOW").contains("task t-1");
    }

    @Test
    void theFocusHoldsAtMostTwoEntriesPerCaregiverAndStartsWithXDerailed() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        List<Suggestion> high = new ArrayList<>();
        for (String action : List.of("S-D1", "O-D1", "F-D1")) {
            high.add(suggestion(action, "cg-1", null, Priority.HIGH, reason(action, "cg-1", "{caregiverId} a", "{caregiverId} b")));
        }
        Suggestion derailed = suggestion("X-DERAILED", null, null, Priority.HIGH,
                Reason.of("d", Map.of(), new LocalizedText("signalen", "signs")));
        List<Suggestion> all = new ArrayList<>(high);
        all.add(derailed);
        holds(AdviceProperty.FOCUS, s, advice(s, List.of(derailed.key(), high.get(0).key(), high.get(1).key()), all,
                List.of()));
        assertThat(fails(AdviceProperty.FOCUS, s, advice(s, List.of(derailed.key(), high.get(0).key(), high.get(1).key(),
                high.get(2).key()), all, List.of()))).contains("more than 2 entries for caregiver cg-1");
        assertThat(fails(AdviceProperty.FOCUS, s, advice(s, List.of(high.get(0).key(), derailed.key()), all, List.of())))
                .contains("X-DERAILED");
        assertThat(fails(AdviceProperty.FOCUS, s, advice(s, List.of(), all, List.of()))).contains("X-DERAILED");
        holds(AdviceProperty.FOCUS, s, advice(s, List.of(), high, List.of()));
    }

    @Test
    void factsAfterTheHeadlineGoByKeyThenParams() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        Reason headline = reason("z.headline", "cg-1", "{caregiverId} kop", "{caregiverId} headline");
        Reason a = reason("a", "cg-1", "{caregiverId} a", "{caregiverId} a-en");
        Reason b = reason("b", "cg-1", "{caregiverId} b", "{caregiverId} b-en");
        holds(AdviceProperty.REASON_ORDER, s, advice(s, List.of(), List.of(), List.of(flag(FlagCodes.OVERLOAD_RISK,
                "cg-1", headline, a, b))));
        assertThat(fails(AdviceProperty.REASON_ORDER, s, advice(s, List.of(), List.of(), List.of(flag(
                FlagCodes.OVERLOAD_RISK, "cg-1", headline, b, a))))).contains("flag OVERLOAD_RISK").contains("reason a");
    }

    @Test
    void oneCaregiversSuggestionsNeverShareAHeadline() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        Reason same = reason("k", "cg-1", "{caregiverId} zorgt", "{caregiverId} cares");
        Reason other = reason("k2", "cg-1", "{caregiverId} zorgt", "{caregiverId} cares");
        holds(AdviceProperty.DISTINCT_HEADLINES, s, advice(s, List.of(), List.of(
                suggestion("S-D1", "cg-1", null, Priority.LOW, same, other),
                suggestion("O-D1", "cg-1", null, Priority.LOW, other, same)), List.of()));
        assertThat(fails(AdviceProperty.DISTINCT_HEADLINES, s, advice(s, List.of(), List.of(
                suggestion("S-D1", "cg-1", null, Priority.LOW, same),
                suggestion("O-D1", "cg-1", null, Priority.LOW, same, other)), List.of())))
                .contains("O-D1").contains("S-D1").contains("share the headline k");
    }

    @Test
    void aMoveOnlyInATransferAndNoLookingBackWhileDying() {
        Reason r = reason("k", "cg-1", "{caregiverId} zorgt", "{caregiverId} cares");
        Situation home = situation("cg-1", Phase.ENDING, EndingReason.DISCHARGE_HOME);
        assertThat(fails(AdviceProperty.NO_MOVE_OUTSIDE_TRANSFER, home, advice(home, List.of(),
                List.of(suggestion("O-E2", "cg-1", null, Priority.LOW, r)), List.of()))).contains("O-E2")
                .contains("DISCHARGE_HOME");
        Situation transfer = situation("cg-1", Phase.ENDING, EndingReason.TRANSFER);
        holds(AdviceProperty.NO_MOVE_OUTSIDE_TRANSFER, transfer, advice(transfer, List.of(),
                List.of(suggestion("O-E2", "cg-1", null, Priority.LOW, r)), List.of()));
        Situation dying = situation("cg-1", Phase.ENDING, EndingReason.PALLIATIVE);
        assertThat(fails(AdviceProperty.NO_LOOKING_BACK_IN_PALLIATIVE, dying, advice(dying, List.of(),
                List.of(suggestion("S-E1", "cg-1", null, Priority.LOW, r)), List.of()))).contains("S-E1");
        Situation died = situation("cg-1", Phase.ENDING, EndingReason.DECEASED);
        holds(AdviceProperty.NO_LOOKING_BACK_IN_PALLIATIVE, died, advice(died, List.of(),
                List.of(suggestion("S-E1", "cg-1", null, Priority.LOW, r)), List.of()));
    }

    @Test
    void bothLanguagesMustDiffer() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        assertThat(fails(AdviceProperty.BOTH_LANGUAGES, s, advice(s, List.of(), List.of(suggestion("S-D1", "cg-1",
                null, Priority.LOW, reason("k", "cg-1", "{caregiverId} zorgt", "{caregiverId} zorgt"))), List.of())))
                .contains("reason k of suggestion S-D1").contains("cg-1 zorgt");
    }

    @Test
    void aFlagWithAnotherTextThanTheCatalogsIsNotWellFormed() {
        Situation s = situation("cg-1", Phase.DAILY, null);
        Reason r = reason("k", "cg-1", "{caregiverId} zorgt", "{caregiverId} cares");
        Flag renamed = new Flag(FlagCodes.OVERLOAD_RISK, Severity.WARNING, null, "cg-1", null,
                new LocalizedText("Overbelast", "Overloaded"), List.of("r"), List.of(r));
        List<Suggestion> balanced = new ArrayList<>();
        for (String action : List.of("S-D1", "O-D1", "F-D1", "A-D1")) {
            balanced.add(suggestion(action, "cg-1", null, Priority.LOW, reason(action, "cg-1", "{caregiverId} a", "{caregiverId} b")));
        }
        Advice advice = new Advice("s", DAY, Phase.DAILY, new EngineInfo("0", List.of()),
                List.of(new nl.sofa.advice.CaregiverAssessment("cg-1", nl.sofa.advice.OverloadRisk.NONE, List.of())),
                List.of(), balanced, List.of(renamed));
        assertThatThrownBy(() -> AdviceProperty.WELL_FORMED.check(x -> advice, s))
                .hasMessageContaining("flag catalog's text of OVERLOAD_RISK");
    }

    @Test
    void theV1AndV2SetsSplitEveryProperty() {
        assertThat(AdviceProperty.CONTRACT_V1).hasSize(8).doesNotContainAnyElementsOf(AdviceProperty.CONTRACT_V2);
        assertThat(AdviceProperty.CONTRACT_V2).contains(AdviceProperty.FOCUS, AdviceProperty.NO_CODES_IN_TEXT);
        assertThat(AdviceProperty.CONTRACT_V1.size() + AdviceProperty.CONTRACT_V2.size())
                .isEqualTo(AdviceProperty.values().length);
        assertThat(AdviceProperties.of(s -> null).only(AdviceProperty.CONTRACT_V2).properties())
                .isEqualTo(AdviceProperty.CONTRACT_V2);
        assertThatThrownBy(() -> AdviceProperties.of(s -> null).only(java.util.Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
