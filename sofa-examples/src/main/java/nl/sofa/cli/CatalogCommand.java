package nl.sofa.cli;

import java.util.concurrent.Callable;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.json.SofaJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code sofa catalog}: prints every action the engine may suggest. */
@Command(name = "catalog", description = "Prints the action catalog as JSON.")
final class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    private SofaCli cli;

    @Override
    public Integer call() {
        cli.stdout().println(SofaJson.standard().withPrettyPrinting(true).writeCatalog(ActionCatalog.builtin()));
        return 0;
    }
}
