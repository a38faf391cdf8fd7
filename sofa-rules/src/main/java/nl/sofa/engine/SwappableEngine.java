package nl.sofa.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePacks;
import nl.sofa.situation.Situation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An engine whose packs can change while it serves, for a host that runs for months. Each
 * {@link SofaEngine} stays immutable; this holder points at one and {@link #swap swaps} in a new
 * one atomically once it is built and checked:
 *
 * <ul>
 *   <li>an evaluation that started on the old engine finishes on it (it holds its own reference);
 *       the next one runs on the new engine. No evaluation waits for a swap, and none fails
 *       because of one;</li>
 *   <li>a new engine that cannot be built (an invalid pack, DRL that does not compile) is not
 *       swapped in: the old one keeps serving, and the {@link SwapResult} says why;</li>
 *   <li>nothing else refers to an old engine, so it is garbage once its last evaluation ends.</li>
 * </ul>
 *
 * <pre>{@code
 * Path packs = Path.of("/etc/ecd/sofa-packs");
 * Supplier<SofaEngine> build = SwappableEngine.fromFolder(SofaEngine::builder, packs);
 * SwappableEngine engine = SwappableEngine.of(build.get());         // an invalid pack stops the start
 * try (PackFolderWatch watch = PackFolderWatch.start(engine, packs, build, result -> log(result))) {
 *     ... engine.evaluate(situation) ...                            // any thread, as ever
 * }
 * }</pre>
 *
 * <p>Thread-safe. Swaps are serialized: a second swap waits until the first has built its engine.
 * Stable since 0.2 (experimental).
 */
public final class SwappableEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SwappableEngine.class);

    private final AtomicReference<SofaEngine> current;
    private final Object swapLock = new Object();

    private SwappableEngine(SofaEngine first) {
        this.current = new AtomicReference<>(first);
    }

    /** A holder serving {@code first} until a swap. */
    public static SwappableEngine of(SofaEngine first) {
        return new SwappableEngine(Objects.requireNonNull(first, "first"));
    }

    /** The engine serving now; an evaluation on it is unaffected by later swaps. */
    public SofaEngine current() {
        return current.get();
    }

    /**
     * Evaluates on the engine serving now ({@link SofaEngine#evaluate}).
     *
     * @throws EvaluationException as {@link SofaEngine#evaluate} does
     */
    public Advice evaluate(Situation situation) {
        return current.get().evaluate(situation);
    }

    /**
     * Builds a new engine and, if that succeeds, serves it from now on.
     *
     * @param build builds the new engine, for example {@link #fromFolder}; an
     *     {@link InvalidPackException} or any other runtime exception from it leaves the current
     *     engine serving
     * @return whether the engine was swapped, the engine serving now, and why not
     */
    public SwapResult swap(Supplier<SofaEngine> build) {
        Objects.requireNonNull(build, "build");
        synchronized (swapLock) {
            SofaEngine next;
            try {
                next = Objects.requireNonNull(build.get(), "the build gave no engine");
            } catch (RuntimeException e) {
                // A pack's message names its file and line or JSON path, never situation values.
                LOG.warn("SOFA engine not swapped, the current one keeps serving: {}", e.getMessage());
                return new SwapResult(false, current.get(), e);
            }
            current.set(next);
            LOG.info("SOFA engine swapped: {} packs, {} rules", next.packs().size(), next.rules().size());
            return new SwapResult(true, next, null);
        }
    }

    /**
     * Builds an engine from every pack in a folder: each subfolder with a {@code pack.json} and each
     * {@code *.jar}, in name order, added to a builder from {@code configuration} (which sets the
     * thresholds, clock, switched-off rules). Reads the folder anew on every call, so that
     * {@link #swap} picks up what changed.
     *
     * @param configuration a new, configured builder per call, for example {@code SofaEngine::builder}
     * @param packsFolder the folder of packs
     * @return the engine builder, for {@link #swap}; it throws {@link InvalidPackException} for a bad
     *     pack or a folder that cannot be read
     */
    public static Supplier<SofaEngine> fromFolder(Supplier<SofaEngine.Builder> configuration, Path packsFolder) {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(packsFolder, "packsFolder");
        return () -> {
            SofaEngine.Builder builder = configuration.get();
            for (Path pack : packsIn(packsFolder)) {
                builder.addPack(RulePacks.load(pack));
            }
            return builder.build();
        };
    }

    static List<Path> packsIn(Path folder) {
        List<Path> packs = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                if (Files.isDirectory(entry) && Files.exists(entry.resolve("pack.json"))
                        || Files.isRegularFile(entry) && entry.getFileName().toString().endsWith(".jar")) {
                    packs.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPackException(null, folder.toString(), null, null,
                    "cannot list the packs folder: " + e.getMessage(), e);
        }
        return packs;
    }

    /**
     * What a {@link #swap} did.
     *
     * @param swapped whether the new engine serves now
     * @param serving the engine serving after the swap: the new one, or the old one when the build failed
     * @param failure why the new engine could not be built, or null
     */
    public record SwapResult(boolean swapped, SofaEngine serving, @Nullable RuntimeException failure) {
        /** Checks that a failure is given exactly when nothing was swapped. */
        public SwapResult {
            Objects.requireNonNull(serving, "serving");
            if (swapped != (failure == null)) {
                throw new IllegalArgumentException("a swap either succeeds or has a failure");
            }
        }
    }

    /** Calls {@code report} with the result of a swap; for hosts that log or alert. */
    static void report(Consumer<SwapResult> report, SwapResult result) {
        try {
            report.accept(result);
        } catch (RuntimeException e) {
            LOG.warn("the swap report failed with {}", e.getClass().getName());
        }
    }
}
