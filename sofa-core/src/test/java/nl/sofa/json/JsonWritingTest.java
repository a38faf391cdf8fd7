package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/** Writing: the contract's field names and order, nulls written out, and stable bytes. */
class JsonWritingTest {
    private final SofaJson json = SofaJson.standard();

    static Advice sampleAdvice() {
        Action o = ActionCatalog.builtin().require("O-E2");
        Suggestion s = new Suggestion("O-E2", o.role(), o.phase(), "cg-1", null, Priority.HIGH, o.text(),
                List.of("builtin.ending.transfer"), List.of("de cliënt verhuist"));
        Flag f = new Flag("INSTRUCTION_MISSING", Severity.CRITICAL, Boundary.FUNCTIONEEL, "cg-1", "t-1",
                List.of("builtin.task.instruction"), List.of("t-1 is een voorbehouden handeling zonder instructie"));
        Flag overload = new Flag("OVERLOAD_RISK", Severity.CRITICAL, null, "cg-1", null,
                List.of("builtin.overload"), List.of("cg-1 zorgt 40 uur per week, al 36 maanden"));
        return new Advice("sit-001", LocalDate.of(2026, 11, 23), Phase.ENDING,
                new EngineInfo("0.1.0", List.of(new PackInfo("sofa-builtin", "1.0.0"))),
                List.of(new CaregiverAssessment("cg-1", OverloadRisk.HIGH, List.of("LIVES_WITH_CLIENT", "BURDEN_SCORE_HEAVY"))),
                List.of(s), List.of(overload, f));
    }

    @Test
    void writesTheAdviceWithTheContractsFieldsInOrder() throws Exception {
        JsonNode tree = Documents.MAPPER.readTree(json.writeAdvice(sampleAdvice()));

        assertThat(fieldNames(tree)).containsExactly("situationId", "referenceDate", "phase", "engine", "caregivers",
                "suggestions", "flags");
        assertThat(tree.get("engine").toString()).isEqualTo("{\"version\":\"0.1.0\",\"packs\":[{\"id\":\"sofa-builtin\",\"version\":\"1.0.0\"}]}");
        assertThat(tree.get("caregivers").get(0).toString())
                .isEqualTo("{\"caregiverId\":\"cg-1\",\"overloadRisk\":\"HIGH\",\"factors\":[\"BURDEN_SCORE_HEAVY\",\"LIVES_WITH_CLIENT\"]}");
        JsonNode suggestion = tree.get("suggestions").get(0);
        assertThat(fieldNames(suggestion)).containsExactly("action", "role", "phase", "caregiverId", "taskId",
                "priority", "text", "rules", "reasons");
        assertThat(suggestion.get("taskId").isNull()).as("a null id is written as null").isTrue();
        assertThat(suggestion.get("text").get("nl").asText()).isEqualTo("Ondersteuningsbehoefte bij verhuizing bespreken");
        JsonNode flag = tree.get("flags").get(0);
        assertThat(fieldNames(flag)).containsExactly("code", "severity", "boundary", "caregiverId", "taskId", "rules",
                "reasons");
        assertThat(tree.get("flags").get(1).get("boundary").isNull()).isTrue();
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
        assertThat(tree.get("actions")).hasSize(ActionCatalog.builtin().size());
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
