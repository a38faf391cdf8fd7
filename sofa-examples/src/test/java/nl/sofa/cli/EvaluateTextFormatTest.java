package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Suggestion;
import nl.sofa.advice.text.AdviceText;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.text.Vocabulary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** {@code sofa evaluate --format text [--lang nl|en]}: the advice for a person to read; and the catalog's flags. */
class EvaluateTextFormatTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EXAMPLE = "situations/daily-overload-sole-caregiver.json";

    static Stream<Path> examples() throws IOException {
        return SofaCliTest.examples();
    }

    private static Advice adviceFor(String file) throws IOException {
        return SofaEngine.builder().build().evaluate(SofaJson.standard().readSituation(Files.readAllBytes(Path.of(file))));
    }

    @Test
    void textIsTheJavaRenderingInDutchByDefault() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "text", EXAMPLE);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(AdviceText.render(adviceFor(EXAMPLE), Vocabulary.DUTCH))
                .startsWith("Advies voor daily-overload-sole-caregiver, 23 november 2026")
                .contains("\ncg-wife: een hoog risico op overbelasting\n", "\n  Aandachtspunten\n");
    }

    @Test
    void langEnGivesEnglish() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "text", "--lang", "en", EXAMPLE);

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(AdviceText.render(adviceFor(EXAMPLE), Locale.ENGLISH))
                .startsWith("Advice for daily-overload-sole-caregiver, 23 November 2026")
                .doesNotContain("Aandachtspunten");
        assertThat(CliRun.of("evaluate", "--format", "text", "--lang", "nl", EXAMPLE).stdout())
                .isEqualTo(CliRun.of("evaluate", "--format", "text", EXAMPLE).stdout());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noExampleShowsACodeInText(Path example) throws IOException {
        Advice advice = adviceFor(example.toString());
        List<String> codes = new ArrayList<>();
        advice.suggestions().stream().map(Suggestion::action).forEach(codes::add);
        advice.flags().stream().map(Flag::code).forEach(codes::add);
        advice.caregivers().forEach(c -> codes.addAll(c.factors()));
        codes.addAll(List.of("HIGH", "ELEVATED", "CRITICAL", "WARNING", "SAMENWERKEN", "ONDERSTEUNEN", "DAILY", "ENDING"));
        for (String lang : List.of("nl", "en")) {
            CliRun run = CliRun.of("evaluate", "--format", "text", "--lang", lang, example.toString());
            assertThat(run.exitCode()).as(run.stderr()).isZero();
            for (String code : codes) {
                assertThat(Pattern.compile("(?<![\\p{L}\\d_.-])" + Pattern.quote(code) + "(?![\\p{L}\\d_-])")
                        .matcher(run.stdout()).find()).as(example + " " + lang + ": " + code).isFalse();
            }
            assertThat(run.stdout()).as("no JSON").doesNotContain("{", "\"");
        }
    }

    @Test
    void jsonStaysTheDefaultAndLangDoesNotChangeIt() {
        String json = CliRun.of("evaluate", EXAMPLE).stdout();
        assertThat(json).startsWith("{");
        assertThat(CliRun.of("evaluate", "--format", "json", EXAMPLE).stdout()).isEqualTo(json);
        assertThat(CliRun.of("evaluate", "--format", "json", "--lang", "en", EXAMPLE).stdout())
                .as("the JSON holds both languages").isEqualTo(json);
    }

    @Test
    void textForAnNdjsonBatchIsAUsageError() {
        CliRun run = CliRun.withStdin("{}\n", "evaluate", "--ndjson", "--format", "text", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
        assertThat(run.error().get("message").asText()).contains("--format text").contains("ndjson");
        CliRun json = CliRun.withStdin("{}\n", "evaluate", "--ndjson", "--format", "json", "-");
        assertThat(json.stderr()).as("json with ndjson is no usage error (stderr holds the batch's summary)")
                .doesNotContain("\"USAGE\"");
        assertThat(json.stdout()).as("the line itself is invalid").contains("\"error\":\"INVALID_SITUATION\"");
    }

    @Test
    void anUnknownFormatOrLanguageIsAUsageError() {
        for (String[] args : List.of(new String[] {"evaluate", "--format", "xml", EXAMPLE},
                new String[] {"evaluate", "--format", "TEXT", EXAMPLE},
                new String[] {"evaluate", "--format", "text", "--lang", "de", EXAMPLE},
                new String[] {"evaluate", "--lang", "", EXAMPLE})) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.stdout()).isEmpty();
            assertThat(run.error().get("error").asText()).isEqualTo("USAGE");
        }
    }

    @Test
    void catalogPrintsTheFlagsWithTheirTitles() throws IOException {
        CliRun run = CliRun.of("catalog");
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode flags = MAPPER.readTree(run.stdout()).get("flags");

        assertThat(flags).hasSize(ActionCatalog.builtin().flags().size());
        assertThat(flags.findValuesAsText("code")).contains("OVERLOAD_RISK", "YOUNG_CAREGIVER", "VOLUNTEER_TASK_UNSUPERVISED");
        for (JsonNode flag : flags) {
            assertThat(flag.fieldNames()).toIterable().containsExactly("code", "text");
            assertThat(flag.get("text").get("nl").asText()).isNotBlank();
            assertThat(flag.get("text").get("en").asText()).isNotBlank();
        }
        assertThat(flags.get(0).get("text").get("nl").asText()).as("sentence case").matches("\\p{Lu}\\p{Ll}.*");
    }
}
