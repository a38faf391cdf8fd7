package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled example situations are contract v2 documents that the reader accepts as they are, with a
 * reference date so that their advice never changes with the day it is run. Needs only sofa-core.
 */
class ExampleSituationsTest {
    private static final Path SITUATIONS = Path.of("situations");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The examples issue 11 asks for, each a case where the v1 rules gave advice a professional would reject. */
    private static final List<String> ISSUE_11 = List.of(
            "ending-discharge-home-stroke",
            "ending-deceased-open-agreements",
            "ending-palliative-overloaded-daughter",
            "daily-young-carer-parent-psychiatric",
            "daily-volunteer-hoist-transfer",
            "daily-derailment-injuries",
            "daily-friend-two-hours",
            "daily-recent-light-burden-score");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(SITUATIONS)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static String name(Path example) {
        String file = example.getFileName().toString();
        return file.substring(0, file.length() - ".json".length());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsAVersion2SituationTheReaderAccepts(Path example) throws IOException {
        JsonNode document = MAPPER.readTree(Files.readString(example));
        Situation situation = SofaJson.standard().readSituation(Files.readAllBytes(example));

        assertThat(document.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(situation.id()).as("the id is the file's name").isEqualTo(name(example));
        assertThat(document.has("referenceDate")).as("a reference date keeps the advice stable").isTrue();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExamplePassesTheSituationSchema(Path example) throws IOException {
        JsonSchema schema;
        try (InputStream in = SofaJson.class.getResourceAsStream("situation-v2.schema.json")) {
            assertThat(in).as("the situation schema v2 (contract v2)").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(MAPPER.readTree(Files.readString(example)))).isEmpty();
    }

    @Test
    void theExamplesOfIssue11AreBundled() throws IOException {
        assertThat(examples().map(ExampleSituationsTest::name)).containsAll(ISSUE_11);
        Situation discharge = SofaJson.standard().readSituation(
                Files.readAllBytes(SITUATIONS.resolve("ending-discharge-home-stroke.json")));
        assertThat(discharge.endingReason()).isEqualTo(EndingReason.DISCHARGE_HOME);
    }
}
