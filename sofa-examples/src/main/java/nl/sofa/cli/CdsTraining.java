package nl.sofa.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.json.SofaJson;

/**
 * The training run of the {@code sofa} launcher: runs the everyday commands on a few built-in
 * example situations, printing nothing, so that {@code -XX:ArchiveClassesAtExit} records the
 * classes they load. The launcher runs it once per jar, then starts every command with that
 * class-data archive (docs/performance.md, "Command line (issue 15)").
 *
 * <p>Exits 0 when every command gave exit 0, else 1; the launcher keeps no archive then. Not part
 * of the command line's contract.
 */
public final class CdsTraining {
    /** Copied into the jar from sofa-examples/situations by the build: three phases, many rules firing. */
    private static final String[] SITUATIONS = {
        "ending-transfer.json", "daily-overload-sole-caregiver.json", "begin-new-client.json"};

    private CdsTraining() {
    }

    /** Runs the training; the arguments are ignored. */
    public static void main(String[] args) {
        // As SofaCli.main does for evaluate: the engine is built on its own thread.
        EngineOptions.startDefaultEngine();
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int failures = 0;
        StringBuilder ndjson = new StringBuilder();
        for (String name : SITUATIONS) {
            byte[] situation = resource(name);
            failures += run(situation, sink, "evaluate", "-");
            failures += run(situation, sink, "evaluate", "--format", "text", "--lang", "en", "-");
            failures += run(situation, sink, "validate", "-");
            SofaJson json = SofaJson.standard();
            ndjson.append(json.writeSituation(json.readSituation(situation))).append('\n');
        }
        failures += run(ndjson.toString().getBytes(StandardCharsets.UTF_8), sink, "evaluate", "--ndjson",
                "--threads", "2", "-");
        failures += run(new byte[0], sink, "catalog");
        failures += fromFile(resource(SITUATIONS[0]), sink);
        System.exit(failures == 0 ? 0 : 1);
    }

    /** The usual way: a file named on the command line (its classes differ from standard input's). */
    private static int fromFile(byte[] situation, PrintStream sink) {
        try {
            Path file = Files.createTempFile("sofa-training-", ".json");
            try {
                Files.write(file, situation);
                return run(new byte[0], sink, "evaluate", file.toString());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int run(byte[] stdin, PrintStream sink, String... args) {
        return SofaCli.run(args, new ByteArrayInputStream(stdin), sink, sink) == 0 ? 0 : 1;
    }

    private static byte[] resource(String name) {
        try (InputStream in = CdsTraining.class.getResourceAsStream("training/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the training situation " + name + " is not in the jar");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
