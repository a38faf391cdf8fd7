package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePacks;
import org.junit.jupiter.api.Test;

/**
 * The embedding example puts the flags on a worklist, most serious first, in Dutch sentences with the
 * ECD's names, without leaking data on bad input.
 */
class EcdWorklistTest {
    private static final EcdWorklist ECD = new EcdWorklist(SofaEngine.builder()
            .addPack(RulePacks.load(Path.of("packs/zorggroep-noord"))).build(), EcdWorklist.EXAMPLE_NAMES::get);

    private static String worklist(InputStream in, int[] needsAction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        needsAction[0] = ECD.showWorklist(in, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheFlagsMostSeriousFirstInDutchSentencesWithNames() throws IOException {
        int[] needsAction = new int[1];
        String list;
        try (InputStream in = Files.newInputStream(Path.of("situations/daily-overload-sole-caregiver.json"))) {
            list = worklist(in, needsAction);
        }
        assertThat(list).startsWith("Werklijst meneer Bakker, 23 november 2026\n");
        assertThat(list).contains("  Ernstig: Risico op overbelasting (Ans Bakker)\n");
        assertThat(list).containsPattern("\n  Let op: [^\n]+ \\(Ans Bakker, taak tillift\\)\n");
        assertThat(list.indexOf("Ernstig:")).isLessThan(list.indexOf("Let op:"));
        assertThat(list.indexOf("Let op:")).isLessThan(list.indexOf("Ter informatie:"));
        assertThat(needsAction[0]).isPositive();
        List<String> lines = list.lines().toList();
        for (int i = 1; i < lines.size(); i += 2) {
            assertThat(lines.get(i)).as("a flag's title").matches("  (Ernstig|Let op|Ter informatie): \\p{Lu}.*");
            assertThat(lines.get(i + 1)).as("the headline of why").startsWith("      ").hasSizeGreaterThan(20);
        }
        // Words, not codes: no flag code, severity, id or enum constant reaches the professional.
        assertThat(list).doesNotContain("OVERLOAD_RISK", "HOIST_WITHOUT_SECOND_PERSON", "CRITICAL", "WARNING", "INFO",
                "cg-wife", "t-hoist", "t-insulin", "INJECTION", "HIGH", "_", "[");
    }

    @Test
    void aBrokenExportShowsWhereButNotTheData() {
        int[] needsAction = new int[1];
        String list = worklist(new ByteArrayInputStream(
                "{\"schemaVersion\": 1, \"id\": \"x\", \"phase\": \"Jan Jansen\"}".getBytes(StandardCharsets.UTF_8)), needsAction);
        assertThat(list).startsWith("Situatie niet bruikbaar: $.phase: must be one of BEGIN, DAILY, ENDING");
        assertThat(list).doesNotContain("Jansen");
        assertThat(needsAction[0]).isZero();
    }
}
