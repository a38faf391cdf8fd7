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
 * The scaling series: situations of 1, 10, 100 and 1,000 caregivers with five tasks each
 * ({@link Situations#withCaregivers}). Divide the time by the number of caregivers: the cost per
 * caregiver must stay flat (no rule join that grows with the square of the facts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 30 s of warm-up: on two cores the JIT is still compiling Drools after 10 s (with 5 x 2 s,
// throughput still doubled during the measured iterations).
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ScalingBenchmark {
    /** The number of caregivers, each with five tasks. */
    @Param({"1", "10", "100", "1000"})
    public int caregivers;

    private SofaEngine engine;
    private ReferenceEvaluation reference;
    private Situation input;

    @Setup
    public void setUp() {
        engine = SofaEngine.builder().build();
        reference = new ReferenceEvaluation(Thresholds.defaults());
        input = Situations.withCaregivers("scale-" + caregivers, caregivers, 5);
    }

    /** The engine. */
    @Benchmark
    public Advice engine() {
        return engine.evaluate(input);
    }

    /** The floor. */
    @Benchmark
    public ReferenceEvaluation.Result reference() {
        return reference.evaluate(input, input.referenceDate());
    }
}
