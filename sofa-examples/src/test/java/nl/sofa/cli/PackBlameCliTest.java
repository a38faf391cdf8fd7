package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, part 2, on the command line: a pack's fault is exit 2 naming the pack's file and
 * line, never "a bug in sofa"; a failed batch ends with one summary error on stderr; every command
 * prints its help.
 */
class PackBlameCliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path thrower() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("thrower"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"thrower\", \"version\": \"1\", \"description\": \"d\"}");
        Files.writeString(pack.resolve("rules.drl"), """
                package t;
                import nl.sofa.caregiver.Caregiver;

                rule "thrower.partner"
                    @description("Throws for one caregiver, quoting its hours")
                when
                    Caregiver( id == "cg-1", $hours : hoursPerWeek )
                then
                    throw new IllegalStateException("cares " + $hours + " hours");
                end
                """);
        return pack;
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "validate", "catalog", "rules"})
    void everyCommandPrintsItsHelpAndExitsZero(String command) {
        CliRun run = CliRun.of(command, "--help");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).startsWith("Usage: sofa " + command).contains("--help");
    }

    @Test
    void aPacksRuleThatThrowsIsInvalidPackWithTheRulesFileAndLineAndNoValueOfTheSituation() throws IOException {
        Path pack = thrower();

        CliRun run = CliRun.of("evaluate", "--pack", pack.toString(), "situations/ending-transfer.json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(error.get("file").asText()).isEqualTo(pack.resolve("rules.drl").toString());
        assertThat(error.get("line").asInt()).isEqualTo(4);
        assertThat(error.get("message").asText()).isEqualTo("situation ending-transfer, pack thrower, rule thrower.partner ("
                + pack.resolve("rules.drl") + ":4): the rule's consequence threw java.lang.IllegalStateException");
        assertThat(run.stderr()).doesNotContain("cares").doesNotContain("\tat ");
    }

    @Test
    void theExceptionsMessageIsShownOnlyWhenAskedFor() throws IOException {
        CliRun run = CliRun.of("evaluate", "--rule-exception-messages", "--pack", thrower().toString(),
                "situations/ending-transfer.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("message").asText())
                .endsWith("threw java.lang.IllegalStateException; its message: cares 40.0 hours");
    }

    @Test
    void switchingOffTheLevelRuleEveryCaregiverNeedsIsAUsageErrorNotABug() {
        CliRun run = CliRun.of("evaluate", "--disable-rule", "builtin.overload.level.none", "situations/ending-transfer.json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
        assertThat(run.error().get("message").asText()).startsWith("cannot disable rule builtin.overload.level.none:");
    }

    @Test
    void aBatchThatExitsTwoEndsWithOneSummaryErrorOnStderr() throws IOException {
        String good = MAPPER.readTree(Files.readString(Path.of("situations", "ending-transfer.json"))).toString();
        Path batch = Files.writeString(dir.resolve("batch.ndjson"), String.join("\n", good, "{}", good, "not json", good));

        CliRun run = CliRun.of("evaluate", "--ndjson", "--pack", thrower().toString(), batch.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout().lines()).hasSize(5);
        List<String> stderr = run.stderr().lines().toList();
        assertThat(stderr).as("one summary line, nothing else").hasSize(1);
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).as("three lines failed by the pack, two by the input").isEqualTo("INVALID_PACK");
        assertThat(error.get("file").asText()).isEqualTo(batch.toString());
        assertThat(error.get("message").asText()).isEqualTo("5 lines of the batch failed (2 INVALID_SITUATION, 3 INVALID_PACK);"
                + " the first is line 1; each line's error is in its place on stdout");
    }

    @Test
    void aPackThatDeletesTheBuiltInOverloadLevelsIsRefusedAsThePacksFault() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("quiet"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"quiet\", \"version\": \"1\", \"description\": \"d\"}");
        Files.writeString(pack.resolve("rules.drl"), """
                package q;
                import nl.sofa.engine.fact.OverloadLevel;

                rule "quiet.no-overload-levels"
                    @description("Deletes the built-in overload levels (the built-in flags are not facts at all)")
                    salience -3000
                when
                    $level : OverloadLevel()
                then
                    delete( $level );
                end
                """);

        CliRun run = CliRun.of("evaluate", "--pack", pack.toString(), "situations/ending-transfer.json");

        assertThat(run.exitCode()).as("the pack's fault, not a bug in sofa").isEqualTo(2);
        assertThat(run.stdout()).as("no advice without the levels").isEmpty();
        assertThat(run.error().get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(run.error().get("line").asInt()).isEqualTo(4);
        assertThat(run.error().get("message").asText()).contains("rule quiet.no-overload-levels")
                .contains("deleted a OverloadLevel that pack sofa-builtin inserted");
    }
}
