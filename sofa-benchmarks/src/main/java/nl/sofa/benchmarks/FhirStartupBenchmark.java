package nl.sofa.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.sofa.fhir.SofaFhir;
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
 * Cold start of the FHIR side, one shot per fresh JVM: {@code FhirContext.forR4Cached()} alone,
 * and the context with the first read of the example Bundle {@code sofa-examples/fhir/ending-transfer.json} (HAPI scans the model classes it meets
 * on first use, so the first parse carries most of the cost).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FhirStartupBenchmark {
    private String bundle;

    /** Read from the example file, without HAPI: anything HAPI did here would be paid before the shot. */
    @Setup
    public void setUp() throws java.io.IOException {
        bundle = java.nio.file.Files.readString(java.nio.file.Path.of(
                System.getProperty("sofa.fhir.bundle", "sofa-examples/fhir/ending-transfer.json")));
    }

    @Benchmark
    public Object context() {
        return ca.uhn.fhir.context.FhirContext.forR4Cached();
    }

    @Benchmark
    public Situation contextAndFirstRead() {
        return SofaFhir.standard().readSituation(bundle);
    }
}
