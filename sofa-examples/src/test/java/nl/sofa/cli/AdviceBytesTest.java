package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/** A batch writes each advice straight to bytes; they must be the bytes of the advice's JSON text. */
class AdviceBytesTest {
    private static final SofaEngine ENGINE = SofaEngine.builder().build();
    private static final SofaJson JSON = SofaJson.standard();

    private static List<Situation> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("situations"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted()
                    .map(p -> {
                        try {
                            return JSON.readSituation(Files.readAllBytes(p));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    @Test
    void theBytesOfEveryExampleAreTheBytesOfItsJsonText() throws IOException {
        List<Situation> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
        for (Situation situation : examples) {
            Advice advice = ENGINE.evaluate(situation);
            assertThat(EvaluateCommand.adviceBytes(advice)).as(situation.id())
                    .isEqualTo(JSON.writeAdvice(advice).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aSmallAdviceAfterALargeOneOnTheSameThreadHasOnlyItsOwnBytes() throws IOException {
        // The thread's line buffer is reused: what a larger advice left in it must not show.
        List<Advice> advices = examples().stream().map(ENGINE::evaluate).toList();
        Advice largest = advices.stream().max(java.util.Comparator.comparingInt(a -> JSON.writeAdvice(a).length())).orElseThrow();
        Advice smallest = advices.stream().min(java.util.Comparator.comparingInt(a -> JSON.writeAdvice(a).length())).orElseThrow();
        assertThat(JSON.writeAdvice(largest).length()).isGreaterThan(JSON.writeAdvice(smallest).length());

        byte[] large = EvaluateCommand.adviceBytes(largest);
        byte[] small = EvaluateCommand.adviceBytes(smallest);
        byte[] largeAgain = EvaluateCommand.adviceBytes(largest);

        assertThat(small).isEqualTo(JSON.writeAdvice(smallest).getBytes(StandardCharsets.UTF_8));
        assertThat(largeAgain).isEqualTo(large).isNotSameAs(large);
    }

    @Test
    void charactersOutsideTheBasicPlaneAndEscapesGiveTheSameBytes() throws IOException {
        // An emoji (a surrogate pair in Java) and accented letters in the situation's id, which the advice repeats.
        Situation situation = examples().get(0).toBuilder().id("cliënt-\uD83D\uDE00-ß").build();
        Advice advice = ENGINE.evaluate(situation);

        byte[] bytes = EvaluateCommand.adviceBytes(advice);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("cliënt-\uD83D\uDE00-ß");
        assertThat(bytes).isEqualTo(JSON.writeAdvice(advice).getBytes(StandardCharsets.UTF_8));
    }
}
