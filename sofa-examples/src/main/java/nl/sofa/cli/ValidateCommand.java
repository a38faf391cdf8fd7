package nl.sofa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.InvalidSituationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sofa validate FILE}: checks a situation, prints nothing on success. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = SofaCli.Version.class,
        description = "Checks a situation against contract v1; prints nothing when it is valid.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private SofaCli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "The situation (JSON), or - for standard input.")
    private String file;

    @Override
    public Integer call() {
        readSituation(file, cli);
        return 0;
    }

    /** Reads and validates FILE; an invalid document becomes an INVALID_SITUATION failure. */
    static nl.sofa.situation.Situation readSituation(String file, SofaCli cli) {
        try (InputStream in = Inputs.open(file, cli.stdin())) {
            return SofaJson.standard().readSituation(in);
        } catch (InvalidSituationException e) {
            throw new CliFailure(CliFailure.Kind.INVALID_SITUATION, e.problem(), e.path(), Inputs.name(file), e.line());
        } catch (UncheckedIOException | IOException e) {
            throw CliFailure.usage("cannot read the situation: " + e.getClass().getSimpleName(), Inputs.name(file));
        }
    }
}
