package nl.sofa.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePacks;
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
 * Loading the example pack zorggroep-noord and building an engine with it, both ways: from its
 * folder of DRL (compiled at run time) and from the jar of sofa-examples/precompiled-pack, which
 * carries the executable model. {@link #builtinOnly()} is the engine without the pack, to subtract.
 * Cold: one load per fresh JVM, in several forks (a host loads a pack once, at start or at a
 * swap, usually cold). Run from the repository root after {@code mvn -B -q package -DskipTests};
 * {@code -Dsofa.pack.folder} and {@code -Dsofa.pack.jar} point elsewhere.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class PackLoadBenchmark {
    private Path folder;
    private Path jar;

    /** Finds the pack both ways. */
    @Setup
    public void find() throws java.io.IOException {
        folder = Path.of(System.getProperty("sofa.pack.folder", "sofa-examples/packs/zorggroep-noord"));
        jar = Path.of(System.getProperty("sofa.pack.jar", "sofa-examples/precompiled-pack/target/"
                + "sofa-example-precompiled-pack-0.1.0-SNAPSHOT.jar"));
        if (!Files.isDirectory(folder) || !Files.isRegularFile(jar)) {
            throw new IllegalStateException("run from the repository root after mvn package: " + folder + ", " + jar);
        }
    }

    /** The engine with the built-in pack alone. */
    @Benchmark
    public SofaEngine builtinOnly() {
        return SofaEngine.builder().build();
    }

    /** The engine with the pack compiled from its DRL. */
    @Benchmark
    public SofaEngine drlFolder() {
        return SofaEngine.builder().addPack(RulePacks.load(folder)).build();
    }

    /** The engine with the pack's precompiled executable model. */
    @Benchmark
    public SofaEngine precompiledJar() {
        return SofaEngine.builder().addPack(RulePacks.load(jar)).build();
    }
}
