package nl.sofa.engine;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a folder of packs and swaps a {@link SwappableEngine} when anything in it changes: once
 * the folder has been quiet for a moment (an editor or a copy writes a file in several steps), a
 * new engine is built from the folder and swapped in; a broken pack leaves the old engine serving,
 * and the report says why. One daemon thread; {@link #close()} stops it.
 *
 * <p>Stable since 0.2 (experimental).
 */
public final class PackFolderWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PackFolderWatch.class);
    /** How long the folder must be quiet before the engine is rebuilt, when none is given. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(300);

    private final WatchService watcher;
    private final Thread thread;

    private PackFolderWatch(WatchService watcher, Thread thread) {
        this.watcher = watcher;
        this.thread = thread;
    }

    /**
     * Starts watching, with {@link #DEFAULT_QUIET_PERIOD}.
     *
     * @param engine the engine to swap
     * @param folder the folder of packs, subfolders included
     * @param build builds the engine from the folder, for example {@link SwappableEngine#fromFolder}
     * @param report told the result of every swap (called on the watch thread)
     * @return the running watch
     * @throws UncheckedIOException when the folder cannot be watched
     */
    public static PackFolderWatch start(SwappableEngine engine, Path folder, Supplier<SofaEngine> build,
            Consumer<SwappableEngine.SwapResult> report) {
        return start(engine, folder, build, report, DEFAULT_QUIET_PERIOD);
    }

    /** Starts watching, rebuilding after {@code quietPeriod} without changes. */
    public static PackFolderWatch start(SwappableEngine engine, Path folder, Supplier<SofaEngine> build,
            Consumer<SwappableEngine.SwapResult> report, Duration quietPeriod) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(report, "report");
        long quietMillis = Math.max(1, quietPeriod.toMillis());
        try {
            WatchService watcher = folder.getFileSystem().newWatchService();
            registerTree(watcher, folder);
            Thread thread = new Thread(() -> run(watcher, engine, build, report, quietMillis), "sofa-pack-watch");
            thread.setDaemon(true);
            PackFolderWatch watch = new PackFolderWatch(watcher, thread);
            thread.start();
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    private static void run(WatchService watcher, SwappableEngine engine, Supplier<SofaEngine> build,
            Consumer<SwappableEngine.SwapResult> report, long quietMillis) {
        try {
            while (true) {
                drain(watcher, watcher.take());
                // Wait for the folder to settle: every further change restarts the quiet period.
                for (WatchKey more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS); more != null;
                        more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) {
                    drain(watcher, more);
                }
                SwappableEngine.report(report, engine.swap(build));
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            LOG.debug("pack folder watch stopped");
        }
    }

    /** Takes a key's events and registers new subfolders, so that a pack added as a folder is watched too. */
    private static void drain(WatchService watcher, WatchKey key) {
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (event.context() instanceof Path name && Files.isDirectory(dir.resolve(name))) {
                try {
                    registerTree(watcher, dir.resolve(name));
                } catch (IOException | UncheckedIOException e) {
                    LOG.warn("cannot watch a new pack folder: {}", e.getMessage());
                }
            }
        }
        key.reset();
    }

    private static void registerTree(WatchService watcher, Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watcher, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
            }
        }
    }

    /**
     * Stops watching. A rebuild under way is not interrupted (Drools' compiler does not take an
     * interrupt well): it finishes and swaps, then the thread ends.
     */
    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.debug("closing the pack folder watch: {}", e.getMessage());
        }
    }

    /** Whether the watch thread still runs (it ends soon after {@link #close()}). */
    public boolean isRunning() {
        return thread.isAlive();
    }
}
