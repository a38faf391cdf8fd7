package nl.sofa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePacks;
import picocli.CommandLine.Option;

/** {@code --pack} and {@code --disable-rule}: what goes into the engine. Shared by evaluate, rules and catalog. */
final class EngineOptions {
    @Option(names = "--pack", paramLabel = "PATH",
            description = "Adds a rule pack: a folder with pack.json and *.drl files, or a jar of one (repeatable).")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--disable-rule", paramLabel = "ID", description = "Switches a rule off by its id (repeatable).")
    List<String> disabledRules = new ArrayList<>();

    /**
     * The engine without packs or switched-off rules, started early by {@link SofaCli#main}; null
     * when nothing started it (as in the tests, which call {@link SofaCli#run}).
     */
    private static volatile CompletableFuture<SofaEngine> defaultEngine;

    /** Starts building the engine without packs or switched-off rules on another thread. */
    static void startDefaultEngine() {
        defaultEngine = CompletableFuture.supplyAsync(() -> SofaEngine.builder().build());
    }

    /** Whether no pack is added and no rule switched off: the engine is the default one. */
    boolean isDefault() {
        return packs.isEmpty() && disabledRules.isEmpty();
    }

    /** Builds the engine; a bad pack is INVALID_PACK, a rule id that names nothing is USAGE. */
    SofaEngine engine() {
        CompletableFuture<SofaEngine> started = defaultEngine;
        if (started != null && isDefault()) {
            try {
                return started.join();
            } catch (CompletionException | CancellationException e) {
                // Build it again below, on this thread, so that a failure is reported as usual.
            }
        }
        try {
            SofaEngine.Builder builder = SofaEngine.builder();
            for (Path pack : packs) {
                builder.addPack(RulePacks.load(pack));
            }
            disabledRules.forEach(builder::disableRule);
            return builder.build();
        } catch (InvalidPackException e) {
            throw new CliFailure(CliFailure.Kind.INVALID_PACK, e.getMessage(), e.path(), e.file(), e.line());
        } catch (IllegalArgumentException e) {
            throw CliFailure.usage(e.getMessage());
        }
    }
}
