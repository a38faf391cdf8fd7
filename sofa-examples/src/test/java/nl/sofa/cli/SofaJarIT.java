package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real {@code sofa.jar}, run as a process the way a user runs it. */
class SofaJarIT {
    static final Path JAR = Path.of(System.getProperty("sofa.jar", "target/sofa.jar"));
    static final Path SITUATIONS = Path.of(System.getProperty("sofa.situations", "situations"));

    record Result(int exitCode, String stdout, String stderr) {
        JsonNode lastStderrLine() throws IOException {
            List<String> lines = stderr.lines().toList();
            return new ObjectMapper().readTree(lines.get(lines.size() - 1));
        }
    }

    static Result sofa(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarIsBuiltByTheNormalBuild() {
        assertThat(JAR).exists();
    }

    @Test
    void validatesEveryExampleSituation() throws Exception {
        File[] examples = SITUATIONS.toFile().listFiles((d, n) -> n.endsWith(".json"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        for (File example : examples) {
            Result r = sofa("", "validate", example.getPath());
            assertThat(r.exitCode()).as(example + ": " + r.stderr()).isZero();
            assertThat(r.stdout()).isEmpty();
        }
    }

    @Test
    void refusesABrokenDocumentWithExit2AndOneJsonErrorOnStderr(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"schemaVersion\": 1, \"id\": \"s\", \"phase\": \"LATER\"}");
        Result r = sofa("", "validate", broken.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).hasSize(1);
        JsonNode error = r.lastStderrLine();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(error.get("path").asText()).isEqualTo("$.phase");
    }

    @Test
    void printsTheCatalog() throws Exception {
        Result r = sofa("", "catalog");
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.stdout()).get("actions").size()).isGreaterThanOrEqualTo(52);
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void aWrongCommandIsAUsageError() throws Exception {
        Result r = sofa("", "nonsense");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.lastStderrLine().get("error").asText()).isEqualTo("USAGE");
    }

    @Test
    void evaluatesAnExampleWithThePrecompiledRulesInsideTheJar() throws Exception {
        Result r = sofa("", "evaluate", SITUATIONS.resolve("ending-transfer.json").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode advice = new ObjectMapper().readTree(r.stdout());
        assertThat(advice.get("situationId").asText()).isEqualTo("ending-transfer");
        assertThat(advice.get("suggestions").findValuesAsText("action")).contains("O-E2", "S-E2", "F-E2", "A-E2");
        assertThat(r.stderr()).as("no logging noise, no SLF4J warnings").isEmpty();
    }

    @Test
    void compilesAPackAtRunTimeInsideTheJar() throws Exception {
        Path pack = SITUATIONS.resolveSibling("packs").resolve("zorggroep-noord");
        Result r = sofa("", "evaluate", "--pack", pack.toString(),
                SITUATIONS.resolve("daily-overload-sole-caregiver.json").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON");
    }

    @Test
    void runsAnNdjsonBatchOnTwoThreadsWithABadLine() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String good = mapper.readTree(SITUATIONS.resolve("begin-new-client.json").toFile()).toString();
        Result r = sofa(good + "\n{\"oops\": true}\n" + good + "\n", "evaluate", "--ndjson", "--threads", "2", "-");
        assertThat(r.exitCode()).isEqualTo(2);
        List<String> lines = r.stdout().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(mapper.readTree(lines.get(1)).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(0)).isEqualTo(lines.get(2));
    }

    @Test
    void aBrokenPackGivesExactlyOneLineOnStderr(@TempDir Path dir) throws Exception {
        Path pack = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"broken\", \"version\": \"1\", \"description\": \"d\"}");
        Files.writeString(pack.resolve("rules.drl"), "package b;\nrule \"broken.r\"\nwhen\n    Nope()\nthen\nend\n");
        Result r = sofa("", "rules", "--pack", pack.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderr().lines()).hasSize(1);
        assertThat(r.lastStderrLine().get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(r.lastStderrLine().get("line").asInt()).isEqualTo(4);
    }
}
