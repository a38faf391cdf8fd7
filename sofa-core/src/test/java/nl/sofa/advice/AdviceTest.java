package nl.sofa.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sofa.boundary.Boundary;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import org.junit.jupiter.api.Test;

/** An advice is always in the contract's canonical order, whatever order it is built in. */
class AdviceTest {
    private static Suggestion suggestion(String action, String caregiverId, String taskId, Priority priority) {
        var a = ActionCatalog.builtin().require(action);
        return new Suggestion(action, a.role(), a.phase(), caregiverId, taskId, priority, null, a.text(),
                List.of("r"), List.of(why("why")));
    }

    private static Reason why(String key) {
        return Reason.of(key, Map.of(), new LocalizedText("omdat " + key, "because " + key));
    }

    private static Flag flag(String code, Severity severity, String caregiverId, String taskId) {
        return new Flag(code, severity, Boundary.FUNCTIONEEL, caregiverId, taskId, TITLE, List.of("r"), List.of(why("why")));
    }

    private static final LocalizedText TITLE = new LocalizedText("Titel", "Title");

    private static Advice advice(List<Suggestion> suggestions, List<Flag> flags) {
        return advice(List.of(), suggestions, flags);
    }

    private static Advice advice(List<Suggestion.Key> focus, List<Suggestion> suggestions, List<Flag> flags) {
        return new Advice("s", LocalDate.of(2026, 11, 23), Phase.DAILY,
                new EngineInfo("0.1.0", List.of(new PackInfo("sofa-builtin", "2.0.0"))), List.of(), focus,
                suggestions, flags);
    }

    @Test
    void suggestionsArePriorityThenCaregiverNullsFirstThenActionThenTaskNullsFirst() {
        Suggestion high = suggestion("V-INFO", "cg-2", null, Priority.HIGH);
        Suggestion noCaregiver = suggestion("O-D3", null, null, Priority.MEDIUM);
        Suggestion a = suggestion("G-AGREE", "cg-1", null, Priority.MEDIUM);
        Suggestion b = suggestion("G-AGREE", "cg-1", "t-1", Priority.MEDIUM);
        Suggestion c = suggestion("G-AGREE", "cg-1", "t-2", Priority.MEDIUM);
        Suggestion d = suggestion("S-D1", "cg-1", null, Priority.MEDIUM);
        Suggestion low = suggestion("F-D1", "cg-0", null, Priority.LOW);

        Advice advice = advice(List.of(low, d, c, b, a, noCaregiver, high), List.of());

        assertThat(advice.suggestions()).containsExactly(high, noCaregiver, a, b, c, d, low);
    }

    @Test
    void idsSortAsPlainStringsNotByLocale() {
        Suggestion upper = suggestion("S-D1", "Z", null, Priority.LOW);
        Suggestion lower = suggestion("S-D1", "a", null, Priority.LOW);
        assertThat(advice(List.of(lower, upper), List.of()).suggestions()).containsExactly(upper, lower);
    }

    @Test
    void flagsAreSeverityThenCodeThenCaregiverThenTask() {
        Flag critical = flag("INSTRUCTION_MISSING", Severity.CRITICAL, "cg-1", "t-1");
        Flag warningA = flag("AGREEMENT_NOT_RECORDED", Severity.WARNING, "cg-1", "t-1");
        Flag warningNull = flag("OVERLOAD_RISK", Severity.WARNING, null, null);
        Flag warningB = flag("OVERLOAD_RISK", Severity.WARNING, "cg-1", null);
        Flag info = flag("CONSENT_MISSING", Severity.INFO, "cg-1", null);

        Advice advice = advice(List.of(), List.of(info, warningB, warningNull, warningA, critical));

        assertThat(advice.flags()).containsExactly(critical, warningA, warningNull, warningB, info);
    }

    @Test
    void twoEntriesWithOneKeyMustBeMergedFirst() {
        Suggestion one = suggestion("V-INFO", "cg-1", null, Priority.HIGH);
        Suggestion two = suggestion("V-INFO", "cg-1", null, Priority.LOW);
        assertThatThrownBy(() -> advice(List.of(one, two), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merge");
    }

    @Test
    void rulesAreSortedReasonsKeepTheirGivenOrderAndNeitherIsEmpty() {
        // contract v2: the headline first, so the reasons are not sorted by the record
        Flag f = new Flag("X", Severity.INFO, null, null, null, TITLE, List.of("b", "a", "b"), List.of(why("z"), why("y")));
        assertThat(f.rules()).containsExactly("a", "b");
        assertThat(f.reasons()).extracting(Reason::key).containsExactly("z", "y");
        assertThatThrownBy(() -> new Flag("X", Severity.INFO, null, null, null, TITLE, List.of(), List.of(why("y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suggestion("V-INFO", SofaRole.ONDERSTEUNEN, ActionPhase.ANY, null, null,
                Priority.LOW, null, ActionCatalog.builtin().require("V-INFO").text(), List.of("r"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V-INFO");
    }

    @Test
    void aReasonTwiceWithTheSameParamsIsRefusedNamingTheEntryAndTheKey() {
        assertThatThrownBy(() -> new Flag("X", Severity.INFO, null, null, null, TITLE, List.of("r"),
                List.of(why("y"), why("y"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X").hasMessageContaining("y");
        Reason one = Reason.of("k", Map.of("hours", 1), new LocalizedText("{hours}", "{hours}"));
        Reason two = Reason.of("k", Map.of("hours", 2), new LocalizedText("{hours}", "{hours}"));
        assertThat(new Flag("X", Severity.INFO, null, null, null, TITLE, List.of("r"), List.of(one, two)).reasons())
                .hasSize(2);
    }

    @Test
    void aFlagNeedsItsText() {
        assertThatThrownBy(() -> new Flag("X", Severity.INFO, null, null, null, null, List.of("r"), List.of(why("y"))))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
    }

    @Test
    void theFocusKeepsItsOrderAndNamesOnlyHighSuggestions() {
        Suggestion derailed = suggestion("X-DERAILED", null, null, Priority.HIGH);
        Suggestion info = suggestion("V-INFO", "cg-1", null, Priority.HIGH);
        Suggestion low = suggestion("F-D1", "cg-1", null, Priority.LOW);
        List<Suggestion> all = List.of(low, info, derailed);

        Advice advice = advice(List.of(derailed.key(), info.key()), all, List.of());
        assertThat(advice.focus()).containsExactly(derailed.key(), info.key());
        assertThat(advice(List.of(info.key(), derailed.key()), all, List.of()).focus())
                .as("the focus is the engine's order, not re-sorted")
                .containsExactly(info.key(), derailed.key());
        assertThat(advice(all, List.of()).focus()).isEmpty();

        assertThatThrownBy(() -> advice(List.of(low.key()), all, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("F-D1").hasMessageContaining("HIGH");
        Suggestion.Key absent = new Suggestion.Key("V-REFER", "cg-9", null);
        assertThatThrownBy(() -> advice(List.of(absent), all, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("V-REFER");
        assertThatThrownBy(() -> advice(List.of(info.key(), info.key()), all, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void theFocusHoldsAtMostFiveEntries() {
        List<Suggestion> six = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(suggestion("V-INFO", "cg-" + i, null, Priority.HIGH));
        }
        List<Suggestion.Key> keys = six.stream().map(Suggestion::key).toList();
        assertThat(advice(keys.subList(0, 5), six, List.of()).focus()).hasSize(Advice.MAX_FOCUS);
        assertThatThrownBy(() -> advice(keys, six, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6").hasMessageContaining("5");
    }

    @Test
    void dueByIsKeptAndOptional() {
        var a = ActionCatalog.builtin().require("O-E4");
        Suggestion s = new Suggestion("O-E4", a.role(), a.phase(), "cg-1", null, Priority.MEDIUM,
                LocalDate.of(2027, 1, 4), a.text(), List.of("r"), List.of(why("w")));
        assertThat(s.dueBy()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(suggestion("O-E4", "cg-1", null, Priority.MEDIUM).dueBy()).isNull();
    }

    @Test
    void factorsAreEmptyExactlyWhenThereIsNoRisk() {
        assertThat(new CaregiverAssessment("cg", OverloadRisk.HIGH, List.of("VERY_MANY_HOURS", "BURDEN_SCORE_HEAVY"))
                .factors()).containsExactly("BURDEN_SCORE_HEAVY", "VERY_MANY_HOURS");
        assertThatThrownBy(() -> new CaregiverAssessment("cg", OverloadRisk.ELEVATED, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaregiverAssessment("cg", OverloadRisk.NONE, List.of("LIVES_WITH_CLIENT")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelsCompareFromLowToHigh() {
        assertThat(Priority.LOW.max(Priority.HIGH)).isEqualTo(Priority.HIGH);
        assertThat(Severity.CRITICAL.max(Severity.INFO)).isEqualTo(Severity.CRITICAL);
        assertThat(OverloadRisk.ELEVATED.max(OverloadRisk.NONE)).isEqualTo(OverloadRisk.ELEVATED);
    }
}
