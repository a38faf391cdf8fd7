package nl.sofa.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A night batch end to end through the library API, one situation per operation: read the JSON
 * bytes of a typical situation ({@code SofaJson.standard().readSituation(bytes)}), evaluate it,
 * write the advice JSON and a newline to an in-memory stream. On one and on two threads sharing
 * one engine; throughput is situations per second over all threads. (The CLI's own ndjson batch
 * is measured separately.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// 30 s of warm-up: on two cores the JIT is still compiling Drools after 10 s (with 5 x 2 s,
// throughput still doubled during the measured iterations).
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class BatchBenchmark {
    /** The shared engine and the input lines: 64 typical situations that differ in their id. */
    @State(Scope.Benchmark)
    public static class Batch {
        final SofaJson json = SofaJson.standard();
        SofaEngine engine;
        byte[][] lines;

        @Setup
        public void setUp() {
            engine = SofaEngine.builder().build();
            Situation typical = Situations.typical();
            lines = new byte[64][];
            for (int i = 0; i < lines.length; i++) {
                Situation s = typical.toBuilder().id("typical-" + i).build();
                lines[i] = json.writeSituation(s).getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    /** Each thread's place in the input and its output stream. */
    @State(Scope.Thread)
    public static class Sink {
        final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        int next;
    }

    /** One thread. */
    @Benchmark
    @Threads(1)
    public int oneThread(Batch batch, Sink sink) {
        return line(batch, sink);
    }

    /** Two threads. */
    @Benchmark
    @Threads(2)
    public int twoThreads(Batch batch, Sink sink) {
        return line(batch, sink);
    }

    private static int line(Batch batch, Sink sink) {
        byte[] line = batch.lines[sink.next++ & (batch.lines.length - 1)];
        Situation situation = batch.json.readSituation(line);
        Advice advice = batch.engine.evaluate(situation);
        if (sink.out.size() > (1 << 20)) {
            sink.out.reset();
        }
        batch.json.writeAdvice(advice, sink.out);
        sink.out.write('\n');
        return sink.out.size();
    }
}
