package nl.sofa.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/** Reading and writing the JSON contract: the part of a batch that is not the engine. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {
    private final SofaJson json = SofaJson.standard();
    private byte[] typical;
    private Situation typicalSituation;

    @Setup
    public void setUp() {
        typicalSituation = Situations.typical();
        typical = json.writeSituation(typicalSituation).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public Situation readTypical() {
        return json.readSituation(typical);
    }

    @Benchmark
    public String writeTypical() {
        return json.writeSituation(typicalSituation);
    }
}
