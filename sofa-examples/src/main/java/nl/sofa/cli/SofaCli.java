package nl.sofa.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sofa} command line (contract v1 §3). Exit codes: 0 success; 2 invalid input, invalid
 * rule pack or wrong usage, with one JSON error object as the last line on stderr; 1 an internal
 * error. No stack trace is ever printed.
 */
@Command(name = "sofa", mixinStandardHelpOptions = true, versionProvider = SofaCli.Version.class,
        description = "SOFA: decision support for working with informal caregivers (mantelzorgers).",
        subcommands = {EvaluateCommand.class, ValidateCommand.class, CatalogCommand.class, RulesCommand.class})
public final class SofaCli implements Callable<Integer> {
    private final InputStream stdin;
    private final PrintStream stdout;
    private final PrintStream stderr;

    SofaCli(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        SofaCli cli = new SofaCli(System.in, out, err);
        EvaluateCommand plain = PlainEvaluate.parse(args, cli);
        if (plain != null ? plain.engineOptions.isDefault() : args.length > 0 && args[0].equals("evaluate")) {
            // Most of a single evaluate run is loading the rules; start it while the rest of the
            // command is set up (docs/performance.md, "Command line start-up").
            EngineOptions.startDefaultEngine();
        }
        int code = cli.execute(args, plain);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line on these streams and returns the exit code; never throws. */
    public static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        SofaCli cli = new SofaCli(stdin, stdout, stderr);
        return cli.execute(args, PlainEvaluate.parse(args, cli));
    }

    /** Runs the plain evaluate command when there is one, else lets picocli read the arguments. */
    private int execute(String[] args, EvaluateCommand plain) {
        try {
            if (plain != null) {
                return plain.call();
            }
            CommandLine commandLine = new CommandLine(this);
            commandLine.setOut(new java.io.PrintWriter(stdout, true));
            commandLine.setErr(new java.io.PrintWriter(stderr, true));
            commandLine.setParameterExceptionHandler((e, a) -> fail(CliFailure.usage(usageMessage(e))));
            commandLine.setExecutionExceptionHandler((e, line, parsed) -> fail(e));
            return commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            return fail(e);
        } finally {
            stdout.flush();
        }
    }

    @Override
    public Integer call() {
        throw CliFailure.usage("a command is required: evaluate, validate, catalog or rules (see sofa --help)");
    }

    InputStream stdin() {
        return stdin;
    }

    PrintStream stdout() {
        return stdout;
    }

    PrintStream stderr() {
        return stderr;
    }

    /** Reports a failure as the last line on stderr and returns its exit code. */
    int fail(Throwable e) {
        CliFailure failure = e instanceof CliFailure f ? f
                : new CliFailure(CliFailure.Kind.INTERNAL, "an internal error occurred (a bug in sofa): "
                        + e.getClass().getName(), null, null, null);
        stdout.flush();
        stderr.println(ErrorObjects.of(failure));
        stderr.flush();
        return failure.kind.exitCode;
    }

    /** Picocli's messages name the offending argument, which is the user's own text, never a document value. */
    private static String usageMessage(CommandLine.ParameterException e) {
        String message = e.getMessage();
        return message == null ? "wrong usage (see sofa --help)" : message + " (see sofa --help)";
    }

    /** The version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SofaCli.class.getPackage().getImplementationVersion();
            return new String[] {"sofa " + (version == null ? "(development build)" : version)};
        }
    }
}
