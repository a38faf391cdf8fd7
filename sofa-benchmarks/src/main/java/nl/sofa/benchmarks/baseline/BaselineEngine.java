package nl.sofa.benchmarks.baseline;

import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;

/**
 * The fixed baseline: the engine with the built-in pack 1.0.0 (commit 97660fb), loaded from the jars
 * that {@code sofa-benchmarks/baseline.sh} builds, in a class loader of its own (its own sofa and
 * Drools classes), so that it runs in the same JVM as today's engine and every ratio is measured
 * side by side. It is called by reflection; a call costs a few nanoseconds against the hundred
 * microseconds of an evaluation.
 */
public final class BaselineEngine {
    /** The system property that names the classpath file written by {@code baseline.sh}. */
    public static final String PROPERTY = "sofa.baseline";
    /** Where {@code baseline.sh} writes the classpath file, from the repository root. */
    public static final String DEFAULT_FILE = "sofa-benchmarks/target/baseline/classpath.txt";

    private final ClassLoader loader;
    private final Object engine;
    private final Method evaluate;
    private final Object json;
    private final Method read;
    private final Method write;
    private final boolean contractV1;

    private BaselineEngine(ClassLoader loader, boolean contractV1) throws ReflectiveOperationException {
        this.loader = loader;
        this.contractV1 = contractV1;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Class<?> engineType = loader.loadClass("nl.sofa.engine.SofaEngine");
            Object builder = engineType.getMethod("builder").invoke(null);
            engine = builder.getClass().getMethod("build").invoke(builder);
            Class<?> situationType = loader.loadClass("nl.sofa.situation.Situation");
            evaluate = engineType.getMethod("evaluate", situationType);
            Class<?> jsonType = loader.loadClass("nl.sofa.json.SofaJson");
            json = jsonType.getMethod("standard").invoke(null);
            read = jsonType.getMethod("readSituation", byte[].class);
            write = jsonType.getMethod("writeAdvice", loader.loadClass("nl.sofa.advice.Advice"));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * The baseline named by the system property {@value #PROPERTY}, or {@value #DEFAULT_FILE}.
     *
     * @throws IllegalStateException when the classpath file is missing (run {@code baseline.sh})
     */
    public static BaselineEngine load() {
        return load(Path.of(System.getProperty(PROPERTY, DEFAULT_FILE)), true);
    }

    /**
     * Another fixed engine in a class loader of its own, for example a snapshot of an earlier step
     * of today's engine written by {@code snapshot.sh}, so that a lever is measured against the
     * step before it in the same JVM, both called the same way.
     *
     * @param file the classpath file (jars separated by the path separator)
     * @param contractV1 whether the engine reads contract v1 situations (pack 1.0.0) rather than v2
     * @throws IllegalStateException when the classpath file is missing
     */
    public static BaselineEngine load(Path file, boolean contractV1) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no baseline engine at " + file.toAbsolutePath()
                    + ": run sofa-benchmarks/baseline.sh from the repository root first");
        }
        try {
            List<URL> urls = new ArrayList<>();
            for (String entry : Files.readString(file).strip().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    urls.add(Path.of(entry).toUri().toURL());
                }
            }
            return new BaselineEngine(new URLClassLoader("sofa-baseline", urls.toArray(URL[]::new),
                    ClassLoader.getPlatformClassLoader()), contractV1);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("a bad entry in " + file, e);
        } catch (java.io.IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the baseline engine from " + file, e);
        }
    }

    /**
     * Today's situation as this engine reads it: contract v1 for pack 1.0.0 (the fixed benchmark
     * situations use nothing that v2 added), as it is for a snapshot of today's engine.
     */
    public Object read(Situation situation) {
        String written = SofaJson.standard().writeSituation(situation);
        String text = contractV1 ? written.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1") : written;
        try {
            return read.invoke(json, (Object) text.getBytes(StandardCharsets.UTF_8));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the baseline cannot read situation " + situation.id(), e);
        }
    }

    /**
     * The situation's JSON as this engine's contract writes it (v1 for pack 1.0.0), to be read
     * again and again by {@link #readBytes}.
     */
    public byte[] json(Situation situation) {
        String written = SofaJson.standard().writeSituation(situation);
        String text = contractV1 ? written.replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1") : written;
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A situation read from its JSON, as the batch reads each line. */
    public Object readBytes(byte[] json) {
        try {
            return read.invoke(this.json, (Object) json);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine cannot read the situation", e);
        }
    }

    /** The baseline's advice for a situation it read. */
    public Object evaluate(Object situation) {
        // Drools finds its parts through the context class loader when it makes a session.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return evaluate.invoke(engine, situation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the baseline engine failed", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The baseline's advice as its JSON (contract v1). */
    public String write(Object advice) {
        try {
            return (String) write.invoke(json, advice);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the baseline cannot write its advice", e);
        }
    }

    /**
     * The advice's JSON written to a stream, as the command line's batch writes it, when this
     * engine can write to a stream; else as a {@code String}, encoded.
     */
    public void writeTo(Object advice, java.io.OutputStream out) {
        try {
            Method toStream = json.getClass().getMethod("writeAdvice", write.getParameterTypes()[0], java.io.OutputStream.class);
            toStream.invoke(json, advice, out);
        } catch (NoSuchMethodException e) {
            try {
                out.write(write(advice).getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException io) {
                throw new java.io.UncheckedIOException(io);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the engine cannot write its advice to a stream", e);
        }
    }

    /** The class loader of the baseline's classes. */
    public ClassLoader classLoader() {
        return loader;
    }
}
