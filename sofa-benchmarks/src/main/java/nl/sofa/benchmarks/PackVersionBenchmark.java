package nl.sofa.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.sofa.benchmarks.baseline.BaselineEngine;
import nl.sofa.engine.SofaEngine;
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
 * Today's engine (built-in pack 2.0.0) against the fixed baseline (pack 1.0.0, {@link BaselineEngine})
 * on the same fixed situations, in one JMH run: issue 11 asks that a typical evaluation is at most
 * 20 % slower with 2.0.0. Both engines are loaded in every fork (the baseline in a class loader of
 * its own), so the JIT and the heap see the same program whichever is measured. Needs
 * {@code sofa-benchmarks/baseline.sh} first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PackVersionBenchmark {
    /** Which fixed situation. */
    @Param({"typical", "heavy", "large"})
    public String situation;

    private SofaEngine engine;
    private Situation input;
    private BaselineEngine baseline;
    private Object baselineInput;

    @Setup
    public void setUp() {
        engine = SofaEngine.builder().build();
        input = Situations.named(situation);
        baseline = BaselineEngine.load();
        baselineInput = baseline.read(input);
    }

    /** Pack 2.0.0: situation in, advice v2 out. */
    @Benchmark
    public Object pack2() {
        return engine.evaluate(input);
    }

    /** Pack 1.0.0 (the baseline): situation in, advice v1 out. */
    @Benchmark
    public Object pack1() {
        return baseline.evaluate(baselineInput);
    }
}
