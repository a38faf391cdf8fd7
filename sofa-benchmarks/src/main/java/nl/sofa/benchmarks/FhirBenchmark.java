package nl.sofa.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.situation.Situation;
import org.hl7.fhir.r4.model.Bundle;
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
 * FHIR to situation, warm: the typical situation (as in {@link JsonBenchmark}) as a FHIR Bundle in
 * JSON, read to a {@link Situation} (HAPI's parse, the mapping, the contract's checks); and the
 * parts: HAPI's parse alone, and the mapping from a parsed Bundle.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FhirBenchmark {
    private final SofaFhir fhir = SofaFhir.standard();
    private byte[] typical;
    private String typicalText;
    private Bundle parsed;
    private Situation typicalSituation;

    @Setup
    public void setUp() {
        typicalSituation = Situations.typical();
        typicalText = fhir.writeSituation(typicalSituation);
        typical = typicalText.getBytes(StandardCharsets.UTF_8);
        parsed = SofaFhir.context().newJsonParser().parseResource(Bundle.class, typicalText);
    }

    /** Bytes of a Bundle to a valid situation: what {@code evaluate --fhir} does before the engine. */
    @Benchmark
    public Situation readTypical() {
        return fhir.readSituation(typical);
    }

    /** HAPI's JSON parse alone. */
    @Benchmark
    public Bundle parseOnly() {
        return SofaFhir.context().newJsonParser().parseResource(Bundle.class, typicalText);
    }

    /** The mapping and the contract's checks, from a parsed Bundle. */
    @Benchmark
    public Situation mapOnly() {
        return fhir.toSituation(parsed);
    }

    /** Situation to a Bundle in JSON. */
    @Benchmark
    public String writeTypical() {
        return fhir.writeSituation(typicalSituation);
    }
}
