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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm evaluation of the fixed situations ({@link Situations}): the engine (situation in, advice
 * out) and, as the floor, the plain-Java {@link ReferenceEvaluation} of the same decisions (levels,
 * factor codes, flags and suggestions of pack 2.0.0, without reasons and texts). Run with
 * {@code -prof gc} for the allocation per evaluation ({@code gc.alloc.rate.norm}), and with
 * {@code -bm sample} for percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 30 s of warm-up: on two cores the JIT is still compiling Drools after 10 s (with 5 x 2 s,
// throughput still doubled during the measured iterations).
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EvaluateBenchmark {
    /** Which fixed situation: typical (3 caregivers, 5 tasks), heavy (1, everything flagged), large (50, 200). */
    @Param({"typical", "heavy", "large"})
    public String situation;

    private SofaEngine engine;
    private ReferenceEvaluation reference;
    private Situation input;

    @Setup
    public void setUp() {
        engine = SofaEngine.builder().build();
        reference = new ReferenceEvaluation(Thresholds.defaults());
        input = Situations.named(situation);
    }

    /** The engine: a new session, the facts, the rules, the advice. */
    @Benchmark
    public Advice engine() {
        return engine.evaluate(input);
    }

    /** The floor: the same levels, factor codes, flags and suggestions in plain Java. */
    @Benchmark
    public ReferenceEvaluation.Result reference() {
        return reference.evaluate(input, input.referenceDate());
    }
}
