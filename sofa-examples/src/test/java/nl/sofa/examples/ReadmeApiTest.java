package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/** The README's Java API sample compiles and runs: the lines between the tags are the README's, verbatim. */
class ReadmeApiTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_FILE = Path.of("src/test/java/nl/sofa/examples/ReadmeApiTest.java");

    @Test
    void theReadmeSampleRuns() throws IOException {
        byte[] situationBytes = Files.readAllBytes(Path.of("situations/ending-transfer.json"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        String written;
        try {
            // tag::api[]
            SofaEngine engine = SofaEngine.builder().build();              // once: loads the precompiled rules
            SofaJson json = SofaJson.standard();

            Situation situation = json.readSituation(situationBytes);      // InvalidSituationException: path + problem
            Advice advice = engine.evaluate(situation);                    // thread-safe; same input, same advice

            for (Flag flag : advice.flags()) {                             // CRITICAL first
                System.out.println(flag.severity() + " " + flag.text().nl() + ": " + flag.reasons().get(0).text().nl());
            }
            String adviceJson = json.writeAdvice(advice);                  // contract v2, byte-stable
            // end::api[]
            written = adviceJson;
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("CRITICAL ");
        assertThat(written).startsWith("{\"schemaVersion\":2,\"situationId\":\"ending-transfer\"");
    }

    @Test
    void theReadmeShowsExactlyTheseLines() throws IOException {
        String source = Files.readString(THIS_FILE);
        String sample = source.substring(source.indexOf("// tag::api[]") + "// tag::api[]".length(),
                source.indexOf("// end::api[]"));
        String readme = Files.readString(README);
        for (String line : sample.strip().lines().map(String::strip).toList()) {
            assertThat(readme).as("README.md holds the sample line").contains(line);
        }
    }
}
