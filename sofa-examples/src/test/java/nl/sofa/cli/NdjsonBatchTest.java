package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch keeps every line, in order, on any number of threads, and never holds an oversized line. */
class NdjsonBatchTest {
    /** A stand-in for parse+evaluate: upper-cases a line, fails a line that says "bad" or is blank. */
    private static final BiFunction<Long, byte[], NdjsonBatch.LineResult> SHOUT = (number, bytes) -> {
        String line = new String(bytes, StandardCharsets.UTF_8);
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            Thread.yield(); // let later lines finish first on other threads
        }
        boolean bad = line.isBlank() || line.contains("bad");
        return new NdjsonBatch.LineResult((bad ? "ERR:" + line : line.toUpperCase()).getBytes(StandardCharsets.UTF_8), bad);
    };

    private static final Function<Long, NdjsonBatch.LineResult> TOO_LONG =
            n -> new NdjsonBatch.LineResult(("TOO LONG " + n).getBytes(StandardCharsets.UTF_8), true);

    private record Output(String text, long failed) {
    }

    private static Output run(String input, int threads, int maxLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long failed = new NdjsonBatch(SHOUT, threads, maxLine)
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, TOO_LONG);
        return new Output(out.toString(StandardCharsets.UTF_8), failed);
    }

    @Test
    void everyLineGivesOneOutputLineInOrder() {
        Output output = run("a\nb\nbad\n\nc\n", 1, 100);
        assertThat(output.text()).isEqualTo("A\nB\nERR:bad\nERR:\nC\n");
        assertThat(output.failed()).isEqualTo(2);
    }

    @Test
    void theLastLineNeedsNoLineBreakAndCrLfIsOneBreak() {
        assertThat(run("a\r\nb", 1, 100).text()).isEqualTo("A\nB\n");
        assertThat(run("", 1, 100).text()).isEmpty();
        assertThat(run("\n", 1, 100).text()).isEqualTo("ERR:\n");
    }

    @Test
    void aLineOverTheLimitIsReportedWithItsNumberAndTheRestGoesOn() {
        String input = "a\n" + "x".repeat(1000) + "\nb\n";
        assertThat(run(input, 1, 10).text()).isEqualTo("A\nTOO LONG 2\nB\n");
        assertThat(run(input, 3, 10).text()).isEqualTo("A\nTOO LONG 2\nB\n");
        assertThat(run("0123456789\n", 1, 10).text()).as("a line at the limit is fine").isEqualTo("0123456789\n");
    }

    @Test
    void manyThreadsGiveByteIdenticalOutputToOne() {
        String input = IntStream.range(0, 20_000)
                .mapToObj(i -> i % 97 == 0 ? "bad " + i : i % 101 == 0 ? "" : "line " + i)
                .collect(Collectors.joining("\n"));
        Output one = run(input, 1, 1000);
        for (int threads : List.of(2, 4, 8)) {
            Output many = run(input, threads, 1000);
            assertThat(many.text()).isEqualTo(one.text());
            assertThat(many.failed()).isEqualTo(one.failed());
        }
        assertThat(one.text().lines()).hasSize(20_000);
    }

    @Test
    void linesLongerThanTheReadBufferAreReassembled() {
        String big = "y".repeat(200_000);
        assertThat(run("a\n" + big + "\nb", 2, 300_000).text()).isEqualTo("A\n" + big.toUpperCase() + "\nB\n");
    }
}
