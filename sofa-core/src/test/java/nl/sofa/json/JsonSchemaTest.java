package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import nl.sofa.situation.InvalidSituationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in sofa-core stay in step with the reader and writer: documents the
 * reader accepts pass the schema, documents it rejects for a reason a schema can express fail it.
 */
class JsonSchemaTest {
    static JsonSchema schema(String name) {
        try (InputStream in = SofaJson.class.getResourceAsStream(name)) {
            assertThat(in).as(name + " is shipped in the jar").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final JsonSchema SITUATION = schema("situation-v2.schema.json");
    private static final JsonSchema SITUATION_V1 = schema("situation-v1.schema.json");
    private static final JsonSchema ADVICE = schema("advice-v2.schema.json");
    private static final JsonSchema ADVICE_V1 = schema("advice-v1.schema.json");

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) throws Exception {
        return schema.validate(Documents.MAPPER.readTree(json));
    }

    @Test
    void theContractExamplePassesTheSchemaAndTheReader() throws Exception {
        String doc = Documents.contractExample().toString();
        assertThat(validate(SITUATION, doc)).isEmpty();
        assertThat(validate(SITUATION_V1, doc)).as("the v1 schema is kept").isEmpty();
        SofaJson.standard().readSituation(doc);
    }

    @Test
    void theV2SchemaTakesDischargeHomeOnlyInAVersion2Document() throws Exception {
        String v1 = Documents.with("$.endingReason", "DISCHARGE_HOME");
        assertThat(validate(SITUATION, v1)).as("v1 document").isNotEmpty();
        com.fasterxml.jackson.databind.node.ObjectNode v2 = (com.fasterxml.jackson.databind.node.ObjectNode)
                Documents.MAPPER.readTree(v1);
        v2.put("schemaVersion", 2);
        assertThat(SITUATION.validate(v2)).as("v2 document").isEmpty();
        SofaJson.standard().readSituation(v2.toString());
        v2.put("schemaVersion", 3);
        assertThat(SITUATION.validate(v2)).isNotEmpty();
    }

    @Test
    void whatTheWriterWritesPassesTheSchema() throws Exception {
        String doc = SofaJson.standard().writeSituation(SofaJson.standard().readSituation(Documents.contractExample().toString()));
        assertThat(validate(SITUATION, doc)).isEmpty();
    }

    @Test
    void theContractAdviceExampleAndOurAdvicePassTheAdviceSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("contract-example-advice.json")) {
            JsonNode example = Documents.MAPPER.readTree(in);
            assertThat(ADVICE.validate(example)).isEmpty();
        }
        assertThat(validate(ADVICE, SofaJson.standard().writeAdvice(JsonWritingTest.sampleAdvice()))).isEmpty();
        assertThat(validate(ADVICE_V1, SofaJson.standard().writeAdvice(JsonWritingTest.sampleAdvice())))
                .as("v2 advice is not v1 advice").isNotEmpty();
    }

    static Stream<String> notV2Advice() throws Exception {
        String example;
        try (InputStream in = JsonSchemaTest.class.getResourceAsStream("contract-example-advice.json")) {
            example = Documents.MAPPER.readTree(in).toString();
        }
        return Stream.of(
                example.replace("\"schemaVersion\":2", "\"schemaVersion\":1"),
                example.replace("\"schemaVersion\":2,", ""),
                example.replace("\"focus\":[{\"action\":\"X-DERAILED\",\"caregiverId\":null,\"taskId\":null}],", ""),
                example.replace("\"dueBy\":\"2027-01-04\"", "\"dueBy\":null"),
                example.replace("\"dueBy\":\"2027-01-04\"", "\"dueBy\":\"4-1-2027\""),
                example.replace(",\"text\":{\"nl\":\"Jonge mantelzorger\",\"en\":\"Young caregiver\"}", ""),
                example.replace("\"en\":\"Young caregiver\"", "\"en\":\"\""),
                example.replace("\"en\":\"cg-1 is 16 years old.\"", "\"de\":\"cg-1 ist 16.\""),
                example.replace("\"key\":\"young.age\",", ""),
                example.replace("\"params\":{\"age\":16,\"caregiverId\":\"cg-1\"}", "\"params\":{\"age\":{\"years\":16}}"),
                example.replace("\"reasons\":[{\"key\":\"young.age\"", "\"reasons\":[\"cg-1 is 16\",{\"key\":\"young.age\""));
    }

    @ParameterizedTest
    @MethodSource("notV2Advice")
    void adviceThatBreaksContractV2FailsTheSchema(String doc) throws Exception {
        // every replacement must have taken effect: the example itself passes (test above)
        assertThat(validate(ADVICE, doc)).isNotEmpty();
    }

    @Test
    void aFocusOfSixEntriesFailsTheSchema() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode advice = (com.fasterxml.jackson.databind.node.ObjectNode)
                Documents.MAPPER.readTree(SofaJson.standard().writeAdvice(JsonWritingTest.sampleAdvice()));
        com.fasterxml.jackson.databind.node.ArrayNode focus = advice.putArray("focus");
        for (int i = 0; i < 6; i++) {
            focus.addObject().put("action", "V-INFO").put("caregiverId", "cg-" + i).putNull("taskId");
        }
        assertThat(ADVICE.validate(advice)).isNotEmpty();
        focus.remove(5);
        assertThat(ADVICE.validate(advice)).isEmpty();
    }

    static Stream<String> brokenForBoth() {
        return Stream.of(
                Documents.without("$.client"),
                Documents.without("$.caregivers[0].hoursPerWeek"),
                Documents.without("$.endingReason"),
                Documents.with("$.phase", "DAILY"),
                Documents.with("$.extra", 1),
                Documents.with("$.caregivers[0].hoursPerWeek", 169),
                Documents.with("$.caregivers[0].age", 4),
                Documents.with("$.caregivers[0].burden.score", 16),
                Documents.with("$.caregivers[0].signals", java.util.List.of("TIRED")),
                Documents.with("$.careTasks[0].agreement.nextEvaluation", "1-9-2026"),
                Documents.with("$.schemaVersion", 3),
                Documents.with("$.endingReason", "DISCHARGE_HOME"),
                Documents.with("$.client.id", " "),
                Documents.with("$.careTasks[0].id", "t".repeat(129)),
                Documents.with("$.id", ""),
                Documents.with("$.id", "x".repeat(129)),
                Documents.withRaw("$.caregivers[1]", "{\"id\": \"cg-2\", \"relationToClient\": \"CHILD\","
                        + " \"hoursPerWeek\": 1, \"monthsCaring\": 1, \"primaryContact\": true}"),
                Documents.withRaw("$.setting", "null"));
    }

    @ParameterizedTest
    @MethodSource("brokenForBoth")
    void whatTheSchemaCanExpressIsRejectedByBoth(String doc) throws Exception {
        assertThat(validate(SITUATION, doc)).as("schema").isNotEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SofaJson.standard().readSituation(doc))
                .isInstanceOf(InvalidSituationException.class);
    }
}
