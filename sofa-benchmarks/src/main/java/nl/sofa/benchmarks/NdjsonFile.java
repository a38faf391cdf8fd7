package nl.sofa.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;

/**
 * Writes an ndjson batch for the command line's throughput figure: N typical situations
 * ({@link Situations#typical()}) that differ in their id, one per line.
 *
 * <pre>
 * java -cp sofa-benchmarks/target/benchmarks.jar nl.sofa.benchmarks.NdjsonFile 100000 /tmp/batch.ndjson
 * </pre>
 */
public final class NdjsonFile {
    private NdjsonFile() {
    }

    public static void main(String[] args) throws IOException {
        int lines = Integer.parseInt(args[0]);
        SofaJson json = SofaJson.standard();
        Situation typical = Situations.typical();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
            for (int i = 0; i < lines; i++) {
                out.write(json.writeSituation(typical.toBuilder().id("typical-" + i).build())
                        .getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        }
    }
}
