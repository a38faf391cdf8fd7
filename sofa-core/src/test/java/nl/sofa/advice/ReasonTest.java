package nl.sofa.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** Reasons: canonical params, the order of facts, the rendering in both languages and again with names. */
class ReasonTest {
    private static final Locale DUTCH = nl.sofa.text.Vocabulary.DUTCH;
    private static final LocalizedText HOURS = new LocalizedText(
            "{caregiverId} zorgt {hours} uur per week", "{caregiverId} cares {hours} hours a week");

    @Test
    void paramsJsonIsCompactWithTheKeysSorted() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("taskId", "t-1");
        params.put("hours", 40);
        params.put("caregiverId", "cg-1");
        params.put("instructed", false);
        Reason r = Reason.of("k", params, new LocalizedText("x", "x"));
        assertThat(r.paramsJson()).isEqualTo("{\"caregiverId\":\"cg-1\",\"hours\":40,\"instructed\":false,\"taskId\":\"t-1\"}");
        assertThat(r.params().keySet()).containsExactly("caregiverId", "hours", "instructed", "taskId");
    }

    @Test
    void paramsJsonEscapesQuotesBackslashesAndControlCharacters() {
        Reason r = Reason.of("k", Map.of("caregiverId", "a\"b\\c\u0001"), new LocalizedText("x", "x"));
        assertThat(r.paramsJson()).isEqualTo("{\"caregiverId\":\"a\\\"b\\\\c\\u0001\"}");
    }

    @Test
    void numbersAreWrittenWithoutNeedlessDecimals() {
        assertThat(Reason.of("k", Map.of("hours", 40.0), new LocalizedText("{hours}", "{hours}"))
                .paramsJson()).isEqualTo("{\"hours\":40}");
        assertThat(Reason.of("k", Map.of("hours", 7.5), new LocalizedText("{hours}", "{hours}")).paramsJson())
                .isEqualTo("{\"hours\":7.5}");
        assertThat(Reason.of("k", Map.of("hours", 40L), new LocalizedText("{hours}", "{hours}")).paramsJson())
                .isEqualTo("{\"hours\":40}");
        assertThat(Reason.plainNumber(1e7)).isEqualTo("10000000");
        assertThat(Reason.plainNumber(0.25f)).isEqualTo("0.25");
        assertThat(Reason.plainNumber(100)).isEqualTo("100");
    }

    @Test
    void aWholeDoubleAndAnIntegerAreTheSameFact() {
        Reason a = Reason.of("k", Map.of("hours", 40.0), new LocalizedText("{hours}", "{hours}"));
        Reason b = Reason.of("k", Map.of("hours", 40), new LocalizedText("{hours}", "{hours}"));
        assertThat(Reason.FACT_ORDER.compare(a, b)).isZero();
        assertThat(a.text()).isEqualTo(b.text());
    }

    @Test
    void datesAreIsoInParamsAndProseInText() {
        Reason r = Reason.of("task.evaluation-overdue", Map.of("due", LocalDate.of(2026, 6, 1)),
                new LocalizedText("De evaluatie stond op {due}.", "The evaluation was due on {due}."));
        assertThat(r.paramsJson()).isEqualTo("{\"due\":\"2026-06-01\"}");
        assertThat(r.text().nl()).isEqualTo("De evaluatie stond op 1 juni 2026.");
        assertThat(r.text().en()).isEqualTo("The evaluation was due on 1 June 2026.");
    }

    @Test
    void codesAreWrittenAsWordsAndKeptAsCodesInParams() {
        Reason r = Reason.of("task.kind", Map.of("kind", TaskKind.WOUND_CARE, "signals", List.of("SLEEP_PROBLEMS", "TIME_PRESSURE")),
                new LocalizedText("{kind}: {signals}", "{kind}: {signals}"));
        assertThat(r.paramsJson()).isEqualTo("{\"kind\":\"WOUND_CARE\",\"signals\":[\"SLEEP_PROBLEMS\",\"TIME_PRESSURE\"]}");
        assertThat(r.text().nl()).isEqualTo("wondverzorging: slaapproblemen en tijdsdruk");
        assertThat(r.text().en()).isEqualTo("wound care: sleep problems and time pressure");
    }

    @Test
    void numbersInTextHaveADecimalCommaInDutch() {
        Reason r = Reason.of("overload.hours", Map.of("caregiverId", "cg-1", "hours", 7.5), HOURS);
        assertThat(r.text()).isEqualTo(new LocalizedText("cg-1 zorgt 7,5 uur per week", "cg-1 cares 7.5 hours a week"));
        assertThat(r.text(Locale.forLanguageTag("nl-BE"))).isEqualTo("cg-1 zorgt 7,5 uur per week");
        assertThat(r.text(Locale.GERMAN)).as("any other language reads English").isEqualTo("cg-1 cares 7.5 hours a week");
    }

    @Test
    void theTextIsRenderedAgainWithNamesForIds() {
        Reason r = Reason.of("task.instruction-missing", Map.of("caregiverId", "cg-1", "taskId", "t-1", "kind", "INJECTION",
                "hours", 12), new LocalizedText("{caregiverId} doet {kind} ({taskId}), {hours} uur",
                        "{caregiverId} does {kind} ({taskId}), {hours} hours"));
        Map<String, String> names = Map.of("cg-1", "Anna de Vries", "t-1", "insuline 's avonds");
        assertThat(r.text(DUTCH, id -> names.getOrDefault(id, id)))
                .isEqualTo("Anna de Vries doet het geven van injecties (insuline 's avonds), 12 uur");
        assertThat(r.text(Locale.ENGLISH, id -> names.getOrDefault(id, id)))
                .isEqualTo("Anna de Vries does giving injections (insuline 's avonds), 12 hours");
        assertThat(r.text(Locale.ENGLISH, id -> null)).as("no name: the id").startsWith("cg-1 does");
        assertThat(r.text().nl()).as("the stored text keeps the ids").startsWith("cg-1 doet");
    }

    @Test
    void aListOfIdsIsRenderedWithNamesToo() {
        Reason r = Reason.of("sole", Map.of("caregiverIds", List.of("cg-1", "cg-2", "cg-3")),
                new LocalizedText("{caregiverIds}", "{caregiverIds}"));
        assertThat(r.text(DUTCH, id -> id.toUpperCase(Locale.ROOT))).isEqualTo("CG-1, CG-2 en CG-3");
        assertThat(r.text(Locale.ENGLISH, id -> id.replace("cg-", "#"))).isEqualTo("#1, #2 and #3");
    }

    @Test
    void factOrderIsByKeyThenByParamsJson() {
        LocalizedText t = new LocalizedText("x", "x");
        Reason b1 = Reason.of("b", Map.of("caregiverId", "cg-1"), t);
        Reason a2 = Reason.of("a", Map.of("caregiverId", "cg-2"), t);
        Reason a10 = Reason.of("a", Map.of("caregiverId", "cg-10"), t);
        Reason upper = Reason.of("B", Map.of(), t);
        List<Reason> reasons = new ArrayList<>(List.of(b1, a2, upper, a10));
        reasons.sort(Reason.FACT_ORDER);
        // String.compareTo: "B" < "a" < "b"; "cg-10" < "cg-2"
        assertThat(reasons).containsExactly(upper, a10, a2, b1);
    }

    @Test
    void aBadKeyIsRefused() {
        for (String key : List.of("", " x", "-x", "a b", "x".repeat(129), "sleutel/één")) {
            assertThatThrownBy(() -> Reason.of(key, Map.of(), new LocalizedText("x", "x")))
                    .as(key).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason key");
        }
        assertThat(Reason.of("acme.late_referral-2", Map.of(), new LocalizedText("x", "x")).key())
                .isEqualTo("acme.late_referral-2");
    }

    @Test
    void aParamOfAWrongTypeIsRefusedNamingTheKeyAndTheParam() {
        LocalizedText t = new LocalizedText("x", "x");
        assertThatThrownBy(() -> Reason.of("overload.hours", Map.of("hours", new Object()), t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overload.hours")
                .hasMessageContaining("hours");
        assertThatThrownBy(() -> Reason.of("overload.hours", Map.of("hours", Double.NaN), t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overload.hours");
        assertThatThrownBy(() -> Reason.of("task.kinds", Map.of("kinds", List.of(1, 2)), t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task.kinds")
                .hasMessageContaining("kinds");
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("caregiverId", null);
        assertThatThrownBy(() -> Reason.of("who", withNull, t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("who").hasMessageContaining("caregiverId");
    }

    @Test
    void aTemplateNamingAMissingParamOrAnUnknownCodeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> Reason.of("overload.hours", Map.of("caregiverId", "cg-1"), HOURS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overload.hours")
                .hasMessageContaining("{hours}");
        assertThatThrownBy(() -> Reason.of("task.kind", Map.of("kind", "JUGGLING"), new LocalizedText("{kind}", "{kind}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("task.kind")
                .hasMessageContaining("JUGGLING");
    }

    @Test
    void paramsCannotBeChangedAfterwards() {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("hours", 4));
        Reason r = Reason.of("k", params, new LocalizedText("{hours}", "{hours}"));
        params.put("hours", 5);
        assertThat(r.paramsJson()).isEqualTo("{\"hours\":4}");
        assertThatThrownBy(() -> r.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aReasonOverAnotherReasonsParamsSharesThemInsteadOfCopying() {
        Reason first = Reason.of("k", Map.of("hours", 4, "kinds", List.of("B", "A")), new LocalizedText("{hours}", "{hours}"));
        Reason second = Reason.of("k", first.params(), new LocalizedText("{hours} uur", "{hours} hours"));

        assertThat(second.params()).isSameAs(first.params());
        assertThat(second.params().get("kinds")).isEqualTo(List.of("B", "A"));
    }

    @Test
    void sharedParamsThatStillNeedConvertingAreConvertedInACopy() {
        Reason first = Reason.of("k", Map.of("kind", "INJECTION", "hours", 4), new LocalizedText("{hours}", "{hours}"));
        Map<String, Object> withAnEnum = new java.util.TreeMap<>(first.params());
        withAnEnum.put("kind", TaskKind.INJECTION);
        Reason fromEnum = Reason.of("k", withAnEnum, new LocalizedText("{hours}", "{hours}"));

        assertThat(fromEnum.params()).isEqualTo(first.params());
        assertThat(fromEnum.params().get("kind")).isEqualTo("INJECTION");
    }
}
