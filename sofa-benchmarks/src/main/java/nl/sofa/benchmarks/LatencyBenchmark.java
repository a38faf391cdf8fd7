package nl.sofa.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.sofa.advice.Advice;
import nl.sofa.benchmarks.reference.ReferenceEvaluation;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
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

/**
 * The latency of one warm evaluation of the typical situation, as percentiles (JMH SampleTime
 * samples single calls): what a professional opening a client waits for. With the reference as
 * the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 30 s of warm-up: on two cores the JIT is still compiling Drools after 10 s (with 5 x 2 s,
// throughput still doubled during the measured iterations).
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class LatencyBenchmark {
    private SofaEngine engine;
    private ReferenceEvaluation reference;
    private Situation typical;

    @Setup
    public void setUp() {
        engine = SofaEngine.builder().build();
        reference = new ReferenceEvaluation(Thresholds.defaults());
        typical = Situations.typical();
    }

    /** The engine on the typical situation. */
    @Benchmark
    public Advice typical() {
        return engine.evaluate(typical);
    }

    /** The reference on the typical situation. */
    @Benchmark
    public ReferenceEvaluation.Result typicalReference() {
        return reference.evaluate(typical, typical.referenceDate());
    }
}
