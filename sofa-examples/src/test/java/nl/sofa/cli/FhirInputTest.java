package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.json.SofaJson;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sofa evaluate --fhir} and {@code --format fhir}, and the example bundles in {@code fhir/}. */
class FhirInputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path BUNDLES = Path.of("fhir");
    /** Set to rewrite the example bundles from the example situations: -Dsofa.fhir.regenerate=true */
    private static final boolean REGENERATE = Boolean.getBoolean("sofa.fhir.regenerate");

    @TempDir
    Path dir;

    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Path situationOf(Path bundle) {
        return Path.of("situations").resolve(bundle.getFileName());
    }

    @Test
    void atLeastFourExampleSituationsHaveABundle() throws IOException {
        if (REGENERATE) {
            try (Stream<Path> files = Files.list(Path.of("situations"))) {
                for (Path situation : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    String bundle = SofaFhir.standard().writeSituation(
                            SofaJson.standard().readSituation(Files.readAllBytes(situation)));
                    Files.writeString(BUNDLES.resolve(situation.getFileName()), bundle + "\n", StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(bundles()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(bundle -> assertThat(situationOf(bundle)).exists());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyExampleBundleIsWhatTheWriterMakesOfItsSituation(Path bundle) throws IOException {
        String written = SofaFhir.standard().writeSituation(
                SofaJson.standard().readSituation(Files.readAllBytes(situationOf(bundle))));
        assertThat(Files.readString(bundle)).isEqualTo(written + "\n");
    }

    /**
     * The same advice as the JSON example, except that the FHIR reader lists caregivers by id (the
     * order of resources in a Bundle carries no meaning), and the contract lets the caregivers'
     * order change the order of {@code caregivers[]} in the advice, and nothing else.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void evaluateFhirGivesTheSameAdviceAsTheJsonExample(Path bundle) throws IOException {
        CliRun json = CliRun.of("evaluate", situationOf(bundle).toString());
        CliRun fhir = CliRun.of("evaluate", "--fhir", bundle.toString());
        assertThat(json.exitCode()).isZero();
        assertThat(fhir.exitCode()).as(fhir.stderr()).isZero();
        ObjectNode expected = (ObjectNode) MAPPER.readTree(json.stdout());
        List<JsonNode> caregivers = new ArrayList<>();
        expected.get("caregivers").forEach(caregivers::add);
        caregivers.sort(Comparator.comparing(c -> c.get("caregiverId").asText()));
        expected.putArray("caregivers").addAll(caregivers);
        assertThat(MAPPER.readTree(fhir.stdout())).isEqualTo(expected);
    }

    @Test
    void evaluateFhirOfTheMoveToACareHomeGivesByteIdenticalAdvice() {
        assertThat(CliRun.of("evaluate", "--fhir", "fhir/ending-transfer.json").stdout())
                .isEqualTo(CliRun.of("evaluate", "situations/ending-transfer.json").stdout())
                .contains("\"situationId\": \"ending-transfer\"");
    }

    @Test
    void formatFhirPrintsTheAdviceAsAFhirBundle() {
        CliRun run = CliRun.of("evaluate", "--fhir", "--format", "fhir", "fhir/ending-transfer.json");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        Bundle bundle = SofaFhir.context().newJsonParser().parseResource(Bundle.class, run.stdout());
        assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
                .startsWith("GuidanceResponse", "RequestGroup").contains("DetectedIssue");
        assertThat(CliRun.of("evaluate", "--format", "fhir", "situations/ending-transfer.json").stdout())
                .isEqualTo(run.stdout());
    }

    @Test
    void aBundleReadsToTheSameTextAdviceAsItsJsonExample() {
        CliRun run = CliRun.of("evaluate", "--fhir", "--format", "text", "fhir/ending-discharge-home-stroke.json");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isNotBlank()
                .isEqualTo(CliRun.of("evaluate", "--format", "text", "situations/ending-discharge-home-stroke.json").stdout());
    }

    @Test
    void anInvalidBundleGivesTheCliErrorObjectAndExitCode2() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of("fhir/ending-transfer.json"))
                .replace("\"code\": \"100001\"", "\"code\": \"999\""));
        CliRun run = CliRun.of("evaluate", "--fhir", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_SITUATION");
        assertThat(error.get("path").asText()).isEqualTo("RelatedPerson/cg-1.relationship[0]");
        assertThat(error.get("file").asText()).isEqualTo(bad.toString());
        assertThat(error.get("message").asText()).isEqualTo("role code 999 is not in the mapping");
    }

    @Test
    void aJsonSituationGivenAsFhirIsAnInvalidSituation() {
        CliRun run = CliRun.of("evaluate", "--fhir", "situations/ending-transfer.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("path").asText()).isEqualTo("Bundle");
    }

    @Test
    void fhirWithNdjsonOrAnUnknownFormatIsAUsageError() {
        assertThat(CliRun.of("evaluate", "--fhir", "--ndjson", "fhir/ending-transfer.json").error().get("error").asText())
                .isEqualTo("USAGE");
        CliRun run = CliRun.of("evaluate", "--format", "xml", "situations/ending-transfer.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.error().get("message").asText()).isEqualTo("--format must be json, text or fhir");
    }
}
