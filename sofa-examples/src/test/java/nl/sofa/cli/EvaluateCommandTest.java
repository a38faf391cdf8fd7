package nl.sofa.cli;

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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sofa.json.SofaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sofa evaluate}, {@code rules} and packs on the command line, in-process. */
class EvaluateCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path PACK = Path.of("packs/zorggroep-noord");
    private static final JsonSchema ADVICE_SCHEMA = schema("advice-v2.schema.json");
    private static final JsonSchema SITUATION_SCHEMA = schema("situation-v2.schema.json");

    @TempDir
    Path dir;

    private static JsonSchema schema(String name) {
        try (InputStream in = SofaJson.class.getResourceAsStream(name)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Path> examples() throws IOException {
        return SofaCliTest.examples();
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleSituationPassesTheSchemaAndTheReader(Path example) throws IOException {
        assertThat(SITUATION_SCHEMA.validate(json(Files.readString(example)))).isEmpty();
        assertThat(SofaJson.standard().readSituation(Files.readAllBytes(example)).id())
                .isEqualTo(json(Files.readString(example)).get("id").asText());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void evaluatesEveryExampleIntoAdviceThatPassesTheAdviceSchema(Path example) throws IOException {
        CliRun run = CliRun.of("evaluate", example.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        JsonNode advice = json(run.stdout());
        assertThat(ADVICE_SCHEMA.validate(advice)).isEmpty();
        JsonNode situation = json(Files.readString(example));
        assertThat(advice.get("situationId").asText()).isEqualTo(situation.get("id").asText());
        assertThat(advice.get("caregivers")).hasSize(situation.path("caregivers").size());
    }

    @Test
    void theSameSituationGivesTheSameBytes() {
        String first = CliRun.of("evaluate", "situations/daily-overload-sole-caregiver.json").stdout();
        assertThat(CliRun.of("evaluate", "situations/daily-overload-sole-caregiver.json").stdout()).isEqualTo(first);
    }

    @Test
    void anInvalidSituationIsExit2WithItsPath() {
        CliRun run = CliRun.withStdin("{\"schemaVersion\": 1, \"id\": \"s\", \"phase\": \"DAILY\"}", "evaluate", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.error().get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(run.error().get("path").asText()).isEqualTo("$.client");
    }

    // ---- ndjson ----

    private String batch(String... lines) throws IOException {
        return String.join("\n", lines) + "\n";
    }

    private static String example(String name) throws IOException {
        return MAPPER.readTree(Files.readString(Path.of("situations", name))).toString();
    }

    @Test
    void anNdjsonBatchGivesOneLinePerInputLineWithErrorsInPlaceAndExit2() throws IOException {
        String input = batch(example("begin-new-client.json"), "{\"schemaVersion\": 3}", "",
                example("ending-deceased.json"), "not json");

        CliRun run = CliRun.withStdin(input, "evaluate", "--ndjson", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(json(lines.get(0)).get("situationId").asText()).isEqualTo("begin-new-client");
        JsonNode second = json(lines.get(1));
        assertThat(second.get("line").asInt()).isEqualTo(2);
        assertThat(second.get("error").get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(second.get("error").get("path").asText()).isEqualTo("$.schemaVersion");
        assertThat(json(lines.get(2)).get("line").asInt()).as("a blank line is invalid too").isEqualTo(3);
        assertThat(json(lines.get(2)).get("error").get("message").asText()).isEqualTo("the document is empty");
        assertThat(json(lines.get(3)).get("situationId").asText()).isEqualTo("ending-deceased");
        assertThat(json(lines.get(4)).get("line").asInt()).isEqualTo(5);
        for (String line : lines) {
            assertThat(line).doesNotContain("\n");
        }
    }

    @Test
    void anNdjsonBatchWithoutErrorsExitsZeroAndEachLineIsTheSingleAdviceCompacted() throws IOException {
        CliRun run = CliRun.withStdin(batch(example("ending-palliative.json")), "evaluate", "--ndjson", "-");
        assertThat(run.exitCode()).isZero();
        JsonNode single = json(CliRun.of("evaluate", "situations/ending-palliative.json").stdout());
        assertThat(json(run.stdout().strip())).isEqualTo(single);
    }

    @Test
    void threadsGiveOutputIdenticalToOneThread() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("situations"))) {
            List<Path> examples = files.sorted().toList();
            for (int i = 0; i < 300; i++) {
                lines.add(i % 17 == 0 ? "{\"broken\": " + i + "}" : example(examples.get(i % examples.size()).getFileName().toString()));
            }
        }
        Path input = Files.writeString(dir.resolve("batch.ndjson"), lines.stream().collect(Collectors.joining("\n")));

        CliRun one = CliRun.of("evaluate", "--ndjson", input.toString());
        CliRun four = CliRun.of("evaluate", "--ndjson", "--threads", "4", input.toString());

        assertThat(one.stdout().lines()).hasSize(300);
        assertThat(four.stdout()).isEqualTo(one.stdout());
        assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(2);
    }

    @Test
    void threadsNeedAnNdjsonBatchAndAPositiveCount() {
        CliRun noBatch = CliRun.of("evaluate", "--threads", "2", "situations/ending-transfer.json");
        assertThat(noBatch.exitCode()).isEqualTo(2);
        assertThat(noBatch.error().get("error").asText()).isEqualTo("USAGE");
        assertThat(noBatch.error().get("message").asText()).contains("--ndjson");
        assertThat(CliRun.of("evaluate", "--ndjson", "--threads", "0", "-").error().get("error").asText()).isEqualTo("USAGE");
        assertThat(CliRun.of("evaluate", "--threads", "two", "-").error().get("error").asText()).isEqualTo("USAGE");
    }

    // ---- packs, rules, disabled rules ----

    @Test
    void aPackAddsItsFlagsActionsAndRules() {
        CliRun run = CliRun.of("evaluate", "--pack", PACK.toString(), "situations/daily-overload-sole-caregiver.json");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode advice = json(run.stdout());
        assertThat(advice.get("engine").get("packs").toString())
                .isEqualTo("[{\"id\":\"sofa-builtin\",\"version\":\"2.0.0\"},{\"id\":\"zorggroep-noord\",\"version\":\"2.0.0\","
                        + "\"publisher\":\"Zorggroep Noord (example organisation)\",\"status\":\"ACTIVE\"}]");
        assertThat(advice.get("flags").findValuesAsText("code")).contains("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON");
        assertThat(advice.get("suggestions").findValuesAsText("action"))
                .contains("zorggroep-noord.HOIST-TWO-PEOPLE", "zorggroep-noord.REFER-STEUNPUNT");

        JsonNode rules = json(CliRun.of("rules", "--pack", PACK.toString()).stdout()).get("rules");
        assertThat(rules.findValuesAsText("ruleId")).contains("zorggroep-noord.hoist.two-people", "builtin.overload.tally");
        assertThat(rules.get(0).fieldNames()).toIterable()
                .containsExactly("packId", "packVersion", "ruleId", "description", "enabled");

        JsonNode actions = json(CliRun.of("catalog", "--pack", PACK.toString()).stdout()).get("actions");
        assertThat(actions.findValuesAsText("id")).contains("zorggroep-noord.REFER-STEUNPUNT", "S-B1");
    }

    @Test
    void rulesListsEveryPackWithItsPublisherAndStatus() {
        JsonNode packs = json(CliRun.of("rules", "--pack", PACK.toString()).stdout()).get("packs");

        assertThat(packs).hasSize(2);
        assertThat(packs.get(0).toString()).isEqualTo(
                "{\"id\":\"sofa-builtin\",\"version\":\"2.0.0\",\"publisher\":null,\"status\":null}");
        assertThat(packs.get(1).toString()).isEqualTo("{\"id\":\"zorggroep-noord\",\"version\":\"2.0.0\","
                + "\"publisher\":\"Zorggroep Noord (example organisation)\",\"status\":\"ACTIVE\"}");
        JsonNode advice = json(CliRun.of("evaluate", "--pack", PACK.toString(), "situations/ending-transfer.json").stdout());
        assertThat(advice.get("engine").get("packs").get(1)).isEqualTo(packs.get(1));
    }

    @Test
    void aDisabledRuleIsListedAsOffAndDoesNotFire() {
        String rule = "zorggroep-noord.hoist.two-people";
        JsonNode rules = json(CliRun.of("rules", "--pack", PACK.toString(), "--disable-rule", rule).stdout()).get("rules");
        JsonNode listed = null;
        for (JsonNode r : rules) {
            if (r.get("ruleId").asText().equals(rule)) {
                listed = r;
            }
        }
        assertThat(listed.get("enabled").asBoolean()).isFalse();
        JsonNode advice = json(CliRun.of("evaluate", "--pack", PACK.toString(), "--disable-rule", rule,
                "situations/daily-overload-sole-caregiver.json").stdout());
        assertThat(advice.get("flags").findValuesAsText("code")).doesNotContain("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON");
    }

    @Test
    void disablingARuleThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of("rules", "--disable-rule", "builtin.nope");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
        assertThat(run.error().get("message").asText()).isEqualTo("cannot disable rule builtin.nope: no loaded rule has that id");
    }

    @Test
    void aPackThatDoesNotCompileIsInvalidPackWithItsFileAndLine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"broken\", \"version\": \"1\", \"description\": \"d\"}");
        Path drl = Files.writeString(pack.resolve("rules.drl"), "package b;\n\nrule \"broken.r\"\nwhen\n    Nope()\nthen\nend\n");

        CliRun run = CliRun.of("evaluate", "--pack", pack.toString(), "situations/ending-transfer.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(error.get("file").asText()).isEqualTo(drl.toString());
        assertThat(error.get("line").asInt()).isEqualTo(5);
        assertThat(error.get("message").asText()).contains("Unable to find class: Nope");
    }

    @Test
    void aBadManifestIsInvalidPackWithItsJsonPath() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("bad"));
        Path manifest = Files.writeString(pack.resolve("pack.json"), "{\"id\": \"Bad Pack\", \"version\": \"1\", \"description\": \"d\"}");
        CliRun run = CliRun.of("rules", "--pack", pack.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(run.error().get("path").asText()).isEqualTo("$.id");
        assertThat(run.error().get("file").asText()).isEqualTo(manifest.toString());
    }

    @Test
    void aPacksRuleThatThrowsFailsOnlyThatLineOfABatch() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("thrower"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"thrower\", \"version\": \"1\", \"description\": \"d\"}");
        Files.writeString(pack.resolve("rules.drl"), """
                package t;
                import nl.sofa.caregiver.Caregiver;
                rule "thrower.palliative-partner"
                    @description("Throws for one caregiver")
                when
                    Caregiver( id == "cg-daughter" )
                then
                    throw new IllegalStateException("boom");
                end
                """);
        String input = batch(example("ending-transfer.json"), example("ending-palliative.json"), example("ending-deceased.json"));

        CliRun run = CliRun.withStdin(input, "evaluate", "--ndjson", "--threads", "2", "--pack", pack.toString(), "-");

        assertThat(run.exitCode()).isEqualTo(2);
        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(json(lines.get(0)).get("situationId").asText()).isEqualTo("ending-transfer");
        JsonNode error = json(lines.get(1)).get("error");
        assertThat(error.get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(error.get("message").asText()).contains("thrower.palliative-partner").contains("ending-palliative")
                .doesNotContain("boom");
        assertThat(json(lines.get(2)).get("situationId").asText()).isEqualTo("ending-deceased");

        CliRun single = CliRun.of("evaluate", "--pack", pack.toString(), "situations/ending-palliative.json");
        assertThat(single.exitCode()).isEqualTo(2);
        assertThat(single.error().get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(single.stderr()).doesNotContain("\tat ");
    }
}
