package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.catalog.ActionCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command line in-process: exit codes, stdout and the JSON error object of contract v1 §3. */
class SofaCliTest {
    private static final Path SITUATIONS = Path.of("situations");

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(SITUATIONS)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(6);
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void validateAcceptsEveryExampleAndPrintsNothing(Path example) {
        CliRun run = CliRun.of("validate", example.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void validateReadsStandardInputForADash() throws IOException {
        String doc = Files.readString(SITUATIONS.resolve("ending-transfer.json"));
        assertThat(CliRun.withStdin(doc, "validate", "-").exitCode()).isZero();
    }

    @Test
    void validateRefusesABrokenDocumentWithExit2AndThePath(@TempDir Path dir) throws IOException {
        String doc = Files.readString(SITUATIONS.resolve("ending-transfer.json")).replace("\"hoursPerWeek\": 40", "\"hoursPerWeek\": 400");
        Path broken = Files.writeString(dir.resolve("broken.json"), doc);

        CliRun run = CliRun.of("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(error.get("path").asText()).isEqualTo("$.caregivers[0].hoursPerWeek");
        assertThat(error.get("file").asText()).isEqualTo(broken.toString());
        assertThat(error.get("line").isNull()).isTrue();
        assertThat(error.get("message").asText()).isEqualTo("must be between 0 and 168");
        assertThat(run.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aMalformedDocumentOnStdinNamesNoFileButTheLine() {
        CliRun run = CliRun.withStdin("{\n\"id\": \n", "validate", "-");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(error.get("file").isNull()).isTrue();
        assertThat(error.get("path").asText()).isEqualTo("$.id");
        assertThat(error.get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("validate", "no/such/file.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
        assertThat(run.error().get("file").asText()).isEqualTo("no/such/file.json");
        assertThat(run.error().get("message").asText()).contains("does not exist");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"validate", "--nope", "x.json"},
                new String[] {"validate"}, new String[] {"catalog", "extra"}, new String[] {})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
            assertThat(run.stdout()).isEmpty();
        }
    }

    @Test
    void catalogPrintsEveryActionAsJson() throws IOException {
        CliRun run = CliRun.of("catalog");
        assertThat(run.exitCode()).isZero();
        JsonNode actions = new ObjectMapper().readTree(run.stdout()).get("actions");
        assertThat(actions).hasSize(ActionCatalog.builtin().size());
        for (JsonNode action : actions) {
            assertThat(action.fieldNames()).toIterable().containsExactly("id", "role", "phase", "text");
            assertThat(action.get("text").fieldNames()).toIterable().containsExactly("nl", "en");
        }
    }

    @Test
    void helpAndVersionExitZero() {
        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("validate").contains("catalog");
        assertThat(CliRun.of("--version").exitCode()).isZero();
    }
}
