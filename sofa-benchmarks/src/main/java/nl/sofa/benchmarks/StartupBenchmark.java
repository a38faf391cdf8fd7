package nl.sofa.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: one engine build (and one first evaluation) per fresh JVM, in many forks, so that
 * class loading, the loading of the precompiled model and the KieBase build are all in the figure.
 * JMH's own classes are loaded before the measurement; {@link StartupMain} measures from the
 * process's start instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class StartupBenchmark {
    /** The engine with the built-in pack, ready. */
    @Benchmark
    public SofaEngine build() {
        return SofaEngine.builder().build();
    }

    /** The engine built and its first evaluation (of the typical situation) done. */
    @Benchmark
    public Advice buildAndEvaluate() {
        return SofaEngine.builder().build().evaluate(Situations.typical());
    }
}
