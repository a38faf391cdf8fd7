package nl.sofa.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Builds the engine; a bad pack is INVALID_PACK, a rule id that names nothing is USAGE. */
    SofaEngine engine() {
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
