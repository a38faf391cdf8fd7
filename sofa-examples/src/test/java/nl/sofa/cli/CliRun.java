package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line in this JVM, with what it printed. */
record CliRun(int exitCode, String stdout, String stderr) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun withStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SofaCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun of(String... args) {
        return withStdin("", args);
    }

    /** The JSON error object: the last line on stderr. */
    JsonNode error() {
        List<String> lines = stderr.lines().toList();
        assertThat(lines).as("stderr").isNotEmpty();
        try {
            JsonNode error = MAPPER.readTree(lines.get(lines.size() - 1));
            assertThat(error.fieldNames()).toIterable().containsExactly("error", "path", "file", "line", "message");
            return error;
        } catch (java.io.IOException e) {
            throw new AssertionError("the last line on stderr is not JSON: " + stderr, e);
        }
    }
}
