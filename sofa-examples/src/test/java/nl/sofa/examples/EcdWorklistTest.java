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
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePacks;
import org.junit.jupiter.api.Test;

/** The embedding example puts the flags on a worklist, most serious first, without leaking data on bad input. */
class EcdWorklistTest {
    private static final EcdWorklist ECD = new EcdWorklist(SofaEngine.builder()
            .addPack(RulePacks.load(Path.of("packs/zorggroep-noord"))).build());

    private static String worklist(InputStream in, int[] needsAction) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        needsAction[0] = ECD.showWorklist(in, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheFlagsMostSeriousFirstWithTheirReasons() throws IOException {
        int[] needsAction = new int[1];
        String list;
        try (InputStream in = Files.newInputStream(Path.of("situations/daily-overload-sole-caregiver.json"))) {
            list = worklist(in, needsAction);
        }
        assertThat(list).startsWith("Werklijst daily-overload-sole-caregiver (2026-11-23)\n");
        assertThat(list).contains("  [CRITICAL] OVERLOAD_RISK cg-wife\n");
        assertThat(list).contains("  [WARNING] zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON cg-wife taak t-hoist\n");
        assertThat(list.indexOf("[CRITICAL]")).isLessThan(list.indexOf("[WARNING]"));
        assertThat(list.indexOf("[WARNING]")).isLessThan(list.indexOf("[INFO]"));
        assertThat(needsAction[0]).isPositive();
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
