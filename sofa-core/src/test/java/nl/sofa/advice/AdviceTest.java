package nl.sofa.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.sofa.boundary.Boundary;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import org.junit.jupiter.api.Test;

/** An advice is always in the contract's canonical order, whatever order it is built in. */
class AdviceTest {
    private static Suggestion suggestion(String action, String caregiverId, String taskId, Priority priority) {
        var a = ActionCatalog.builtin().require(action);
        return new Suggestion(action, a.role(), a.phase(), caregiverId, taskId, priority, a.text(),
                List.of("r"), List.of("why"));
    }

    private static Flag flag(String code, Severity severity, String caregiverId, String taskId) {
        return new Flag(code, severity, Boundary.FUNCTIONEEL, caregiverId, taskId, List.of("r"), List.of("why"));
    }

    private static Advice advice(List<Suggestion> suggestions, List<Flag> flags) {
        return new Advice("s", LocalDate.of(2026, 11, 23), Phase.DAILY,
                new EngineInfo("0.1.0", List.of(new PackInfo("sofa-builtin", "1.0.0"))), List.of(), suggestions, flags);
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
    void rulesAndReasonsAreSortedAndNeverEmpty() {
        Flag f = new Flag("X", Severity.INFO, null, null, null, List.of("b", "a", "b"), List.of("z", "y"));
        assertThat(f.rules()).containsExactly("a", "b");
        assertThat(f.reasons()).containsExactly("y", "z");
        assertThatThrownBy(() -> new Flag("X", Severity.INFO, null, null, null, List.of(), List.of("y")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Suggestion("V-INFO", SofaRole.ONDERSTEUNEN, ActionPhase.ANY, null, null,
                Priority.LOW, ActionCatalog.builtin().require("V-INFO").text(), List.of("r"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
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
