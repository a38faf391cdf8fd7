package nl.sofa.cli;

import java.util.concurrent.Callable;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.json.SofaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code sofa catalog}: prints every action the engine may suggest. */
@Command(name = "catalog", mixinStandardHelpOptions = true, versionProvider = SofaCli.Version.class,
        description = "Prints the action catalog (with the actions of added packs) as JSON.")
final class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    private SofaCli cli;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() {
        // Without packs the built-in catalog needs no engine (and no rules to load).
        ActionCatalog catalog = engineOptions.isDefault() ? ActionCatalog.builtin() : engineOptions.engine().catalog();
        cli.stdout().println(SofaJson.standard().withPrettyPrinting(true).writeCatalog(catalog));
        return 0;
    }
}
