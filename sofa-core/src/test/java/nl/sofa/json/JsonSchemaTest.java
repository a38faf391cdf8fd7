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

    private static final JsonSchema SITUATION = schema("situation-v1.schema.json");
    private static final JsonSchema ADVICE = schema("advice-v1.schema.json");

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) throws Exception {
        return schema.validate(Documents.MAPPER.readTree(json));
    }

    @Test
    void theContractExamplePassesTheSchemaAndTheReader() throws Exception {
        String doc = Documents.contractExample().toString();
        assertThat(validate(SITUATION, doc)).isEmpty();
        SofaJson.standard().readSituation(doc);
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
                Documents.with("$.schemaVersion", 2),
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
