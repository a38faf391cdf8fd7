package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The picocli-free reading of {@code sofa evaluate}'s arguments: plain arguments give the command
 * that picocli itself builds from them; everything else is left to picocli.
 */
class PlainEvaluateTest {
    private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    private final SofaCli cli = new SofaCli(new ByteArrayInputStream(new byte[0]), SINK, SINK);

    static Stream<Arguments> plain() {
        return Stream.of(
                Arguments.of((Object) new String[] {"evaluate", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "-"}),
                Arguments.of((Object) new String[] {"evaluate", "--format", "text", "--lang", "en", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "x.json", "--format", "fhir", "--fhir"}),
                Arguments.of((Object) new String[] {"evaluate", "--ndjson", "--threads", "2", "-"}),
                Arguments.of((Object) new String[] {"evaluate", "--threads", "0", "--ndjson", "b.ndjson"}),
                Arguments.of((Object) new String[] {"evaluate", "--pack", "a", "--pack", "b/c", "--disable-rule",
                    "sofa.X", "--disable-rule", "p.Y", "--rule-exception-messages", "x.json"}),
                // Checked by the command, not by reading: picocli takes them as they are too.
                Arguments.of((Object) new String[] {"evaluate", "--format", "yaml", "--lang", "de", "x.json"}));
    }

    @ParameterizedTest
    @MethodSource("plain")
    void plainArgumentsGiveTheCommandPicocliBuilds(String[] args) {
        EvaluateCommand plain = PlainEvaluate.parse(args, cli);

        CommandLine.ParseResult parsed = new CommandLine(cli).parseArgs(args);
        EvaluateCommand viaPicocli = (EvaluateCommand) parsed.subcommand().commandSpec().userObject();
        assertThat(plain).isNotNull();
        assertThat(plain).usingRecursiveComparison().isEqualTo(viaPicocli);
    }

    static Stream<Arguments> forPicocli() {
        return Stream.of(
                Arguments.of((Object) new String[] {"evaluate"}),
                Arguments.of((Object) new String[] {"validate", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--help"}),
                Arguments.of((Object) new String[] {"evaluate", "-h", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--version"}),
                Arguments.of((Object) new String[] {"evaluate", "--format=text", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--format", "text", "--format", "json", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--ndjson", "--ndjson", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--format"}),
                Arguments.of((Object) new String[] {"evaluate", "--format", "--ndjson", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--threads", "two", "--ndjson", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--threads", "99999999999", "--ndjson", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "x.json", "y.json"}),
                Arguments.of((Object) new String[] {"evaluate", "@args.txt"}),
                Arguments.of((Object) new String[] {"evaluate", "--nope", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--lang", "", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--pack", "\0", "x.json"}),
                Arguments.of((Object) new String[] {"evaluate", "--ndjson"}));
    }

    @ParameterizedTest
    @MethodSource("forPicocli")
    void everythingElseIsLeftToPicocli(String[] args) {
        assertThat(PlainEvaluate.parse(args, cli)).isNull();
    }
}
