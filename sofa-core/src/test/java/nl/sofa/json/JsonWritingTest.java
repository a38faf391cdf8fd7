package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/** Writing: the contract's field names and order, nulls written out, and stable bytes. */
class JsonWritingTest {
    private final SofaJson json = SofaJson.standard();

    static Advice sampleAdvice() {
        Action o = ActionCatalog.builtin().require("O-E4");
        Reason followUp = Reason.of("ending.deceased.follow-up", Map.of("caregiverId", "cg-1"),
                new LocalizedText("{caregiverId} verloor de cliënt; plan een nagesprek",
                        "{caregiverId} lost the client; plan a follow-up talk"));
        Suggestion s = new Suggestion("O-E4", o.role(), o.phase(), "cg-1", null, Priority.MEDIUM,
                LocalDate.of(2027, 1, 4), o.text(), List.of("builtin.ending.deceased"), List.of(followUp));
        Action x = ActionCatalog.builtin().require("X-DERAILED");
        Suggestion derailed = new Suggestion("X-DERAILED", x.role(), x.phase(), null, null, Priority.HIGH, null,
                x.text(), List.of("builtin.derailment"), List.of(Reason.of("derailment.signals",
                        Map.of("derailmentSignals", List.of("CLIENT_INJURIES")),
                        new LocalizedText("Signalen: {derailmentSignals}", "Signs: {derailmentSignals}"))));
        Flag f = new Flag("INSTRUCTION_MISSING", Severity.CRITICAL, Boundary.FUNCTIONEEL, "cg-1", "t-1",
                new LocalizedText("Geen instructie gegeven", "No instruction given"),
                List.of("builtin.task.instruction"), List.of(Reason.of("task.instruction-missing",
                        Map.of("caregiverId", "cg-1", "taskId", "t-1", "kind", "INJECTION"),
                        new LocalizedText("{caregiverId} doet {kind} ({taskId}) zonder instructie",
                                "{caregiverId} does {kind} ({taskId}) without instruction"))));
        Flag overload = new Flag("OVERLOAD_RISK", Severity.CRITICAL, null, "cg-1", null,
                new LocalizedText("Risico op overbelasting", "Risk of overload"), List.of("builtin.overload"),
                List.of(Reason.of("overload.hours", Map.of("caregiverId", "cg-1", "hours", 40, "months", 36),
                        new LocalizedText("{caregiverId} zorgt {hours} uur per week, al {months} maanden",
                                "{caregiverId} cares {hours} hours a week, for {months} months"))));
        return new Advice("sit-001", LocalDate.of(2026, 11, 23), Phase.ENDING,
                new EngineInfo("0.1.0", List.of(new PackInfo("sofa-builtin", "2.0.0"))),
                List.of(new CaregiverAssessment("cg-1", OverloadRisk.HIGH, List.of("LIVES_WITH_CLIENT", "BURDEN_SCORE_HEAVY"))),
                List.of(derailed.key()), List.of(s, derailed), List.of(overload, f));
    }

    @Test
    void writesTheAdviceWithTheContractsFieldsInOrder() throws Exception {
        JsonNode tree = Documents.MAPPER.readTree(json.writeAdvice(sampleAdvice()));

        assertThat(fieldNames(tree)).containsExactly("schemaVersion", "situationId", "referenceDate", "phase", "engine",
                "caregivers", "focus", "suggestions", "flags");
        assertThat(tree.get("schemaVersion").isInt()).isTrue();
        assertThat(tree.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(tree.get("engine").toString()).isEqualTo("{\"version\":\"0.1.0\",\"packs\":[{\"id\":\"sofa-builtin\",\"version\":\"2.0.0\"}]}");
        assertThat(tree.get("focus").toString()).isEqualTo("[{\"action\":\"X-DERAILED\",\"caregiverId\":null,\"taskId\":null}]");
        assertThat(tree.get("caregivers").get(0).toString())
                .isEqualTo("{\"caregiverId\":\"cg-1\",\"overloadRisk\":\"HIGH\",\"factors\":[\"BURDEN_SCORE_HEAVY\",\"LIVES_WITH_CLIENT\"]}");
        JsonNode derailed = tree.get("suggestions").get(0);
        assertThat(derailed.get("action").asText()).as("HIGH before MEDIUM").isEqualTo("X-DERAILED");
        assertThat(derailed.has("dueBy")).as("no dueBy is left out, not written as null").isFalse();
        JsonNode suggestion = tree.get("suggestions").get(1);
        assertThat(fieldNames(suggestion)).containsExactly("action", "role", "phase", "caregiverId", "taskId",
                "priority", "dueBy", "text", "rules", "reasons");
        assertThat(suggestion.get("taskId").isNull()).as("a null id is written as null").isTrue();
        assertThat(suggestion.get("dueBy").asText()).isEqualTo("2027-01-04");
        assertThat(suggestion.get("text").get("nl").asText()).isEqualTo("Nagesprek plannen, enkele weken na het overlijden");
        assertThat(suggestion.get("reasons").toString()).isEqualTo("[{\"key\":\"ending.deceased.follow-up\","
                + "\"params\":{\"caregiverId\":\"cg-1\"},\"text\":{\"nl\":\"cg-1 verloor de cliënt; plan een nagesprek\","
                + "\"en\":\"cg-1 lost the client; plan a follow-up talk\"}}]");
        JsonNode flag = tree.get("flags").get(0);
        assertThat(flag.get("code").asText()).isEqualTo("INSTRUCTION_MISSING");
        assertThat(fieldNames(flag)).containsExactly("code", "severity", "boundary", "caregiverId", "taskId", "text",
                "rules", "reasons");
        assertThat(flag.get("text").toString()).isEqualTo("{\"nl\":\"Geen instructie gegeven\",\"en\":\"No instruction given\"}");
        assertThat(flag.get("reasons").get(0).get("params").toString())
                .as("params with sorted keys, codes as codes")
                .isEqualTo("{\"caregiverId\":\"cg-1\",\"kind\":\"INJECTION\",\"taskId\":\"t-1\"}");
        assertThat(flag.get("reasons").get(0).get("text").get("nl").asText())
                .isEqualTo("cg-1 doet het geven van injecties (t-1) zonder instructie");
        JsonNode overload = tree.get("flags").get(1);
        assertThat(overload.get("boundary").isNull()).isTrue();
        assertThat(overload.get("reasons").get(0).get("params").toString())
                .as("whole numbers without a fraction").isEqualTo("{\"caregiverId\":\"cg-1\",\"hours\":40,\"months\":36}");
    }

    @Test
    void theSameAdviceIsWrittenToTheSameBytes() {
        String once = json.writeAdvice(sampleAdvice());
        assertThat(json.writeAdvice(sampleAdvice())).isEqualTo(once);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAdvice(sampleAdvice(), out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(once);
        assertThat(once).doesNotContain("\n");
    }

    @Test
    void aReasonsNumbersAreWrittenWithTheDigitsOfItsParamsJson() {
        Reason reason = Reason.of("k", java.util.Map.of("count", 3, "big", 12_345_678_901L, "hours", 7.5, "whole", 40.0,
                "negative", -2), new nl.sofa.catalog.LocalizedText("{count}", "{count}"));
        Advice advice = sampleAdvice();
        Suggestion first = advice.suggestions().get(0);
        Suggestion withNumbers = new Suggestion(first.action(), first.role(), first.phase(), first.caregiverId(),
                first.taskId(), first.priority(), first.dueBy(), first.text(), first.rules(), List.of(reason));
        List<Suggestion> suggestions = new java.util.ArrayList<>(advice.suggestions());
        suggestions.set(0, withNumbers);
        Advice changed = new Advice(advice.situationId(), advice.referenceDate(), advice.phase(), advice.engine(),
                advice.caregivers(), advice.focus(), suggestions, advice.flags());

        String written = json.writeAdvice(changed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAdvice(changed, out);

        assertThat(written).contains("\"params\":" + reason.paramsJson() + ",");
        assertThat(reason.paramsJson()).isEqualTo("{\"big\":12345678901,\"count\":3,\"hours\":7.5,\"negative\":-2,\"whole\":40}");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    }

    @Test
    void aCatalogTextOrRuleIdIsEscapedAsAReasonsTextIsAndTheSameAgainFromTheCache() throws Exception {
        String awkward = "zeg \"ja\" \\ é ë – \uD83D\uDE00 \u0001 </script>";
        String awkwardRule = "regel \"é\" \\ \uD83D\uDE00";
        LocalizedText text = new LocalizedText(awkward, awkward + " (en)");
        Reason reason = Reason.of("k", java.util.Map.of("n", 1), text);
        Advice advice = sampleAdvice();
        Suggestion first = advice.suggestions().get(0);
        Suggestion awkwardOne = new Suggestion(first.action(), first.role(), first.phase(), first.caregiverId(),
                first.taskId(), first.priority(), first.dueBy(), text, List.of(awkwardRule), List.of(reason));
        List<Suggestion> suggestions = new java.util.ArrayList<>(advice.suggestions());
        suggestions.set(0, awkwardOne);
        Advice changed = new Advice(advice.situationId(), advice.referenceDate(), advice.phase(), advice.engine(),
                advice.caregivers(), advice.focus(), suggestions, advice.flags());

        String once = json.writeAdvice(changed);
        String again = json.writeAdvice(changed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAdvice(changed, out);
        JsonNode suggestion = Documents.MAPPER.readTree(once).get("suggestions").get(0);

        assertThat(again).isEqualTo(once);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(once);
        assertThat(suggestion.get("text").get("nl").textValue()).isEqualTo(awkward);
        assertThat(suggestion.get("text").get("en").textValue()).isEqualTo(awkward + " (en)");
        assertThat(suggestion.get("rules").get(0).textValue()).isEqualTo(awkwardRule);
        // The catalog's text and the reason's, written by different paths, are the same bytes.
        String written = Documents.MAPPER.writeValueAsString(awkward);
        assertThat(once.split(java.util.regex.Pattern.quote(written), -1)).hasSize(3);
    }

    @Test
    void prettyOutputUsesLineFeedsOnlyAndReadsBackTheSame() throws Exception {
        String pretty = json.withPrettyPrinting(true).writeAdvice(sampleAdvice());
        assertThat(pretty).contains("\n  \"situationId\": \"sit-001\"").doesNotContain("\r");
        assertThat(Documents.MAPPER.readTree(pretty)).isEqualTo(Documents.MAPPER.readTree(json.writeAdvice(sampleAdvice())));
    }

    @Test
    void aSituationSurvivesWriteThenRead() {
        Situation original = json.readSituation(Documents.contractExample().toString());
        String written = json.writeSituation(original);
        assertThat(json.readSituation(written)).isEqualTo(original);
        assertThat(json.writeSituation(json.readSituation(written))).isEqualTo(written);
    }

    @Test
    void wholeHoursAreWrittenWithoutAFraction() {
        String written = json.writeSituation(json.readSituation(Documents.contractExample().toString()));
        assertThat(written).contains("\"hoursPerWeek\":40,");
        String fractional = json.writeSituation(json.readSituation(Documents.withRaw("$.caregivers[0].hoursPerWeek", "12.5")));
        assertThat(fractional).contains("\"hoursPerWeek\":12.5,");
    }

    @Test
    void theCatalogIsWrittenAsTheCommandLinePrintsIt() throws Exception {
        JsonNode tree = Documents.MAPPER.readTree(json.writeCatalog(ActionCatalog.builtin()));
        assertThat(fieldNames(tree)).containsExactly("actions", "flags");
        assertThat(tree.get("actions")).hasSize(ActionCatalog.builtin().size());
        assertThat(tree.get("flags")).hasSize(17);
        assertThat(tree.get("flags").get(0).toString())
                .isEqualTo("{\"code\":\"OVERLOAD_RISK\",\"text\":{\"nl\":\"Risico op overbelasting\",\"en\":\"Risk of overload\"}}");
        assertThat(tree.get("actions").get(0).toString()).isEqualTo("{\"id\":\"S-B1\",\"role\":\"SAMENWERKEN\","
                + "\"phase\":\"BEGIN\",\"text\":{\"nl\":\"Informeren over zorgverlening en organisatie\","
                + "\"en\":\"Inform about the care provided and the organisation\"}}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
