package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.Gen;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/**
 * One engine, eight threads, 100,000 generated situations: every advice equals the one-thread
 * advice byte for byte, so no evaluation sees another's facts and nothing mutable is shared.
 * The count is {@code -Dsofa.stress.situations} (default 100,000).
 *
 * <p>Situation {@code i} is drawn from a {@link Random} seeded with {@code SEED + i}, so both passes
 * regenerate it instead of holding 100,000 situations; the first pass keeps only a SHA-256 digest
 * of each advice.
 */
class ConcurrencyStressTest {
    private static final long SEED = 20261126L;
    private static final int THREADS = 8;
    private static final Gen<Situation> SITUATIONS = Situations.valid();
    private static final SofaJson JSON = SofaJson.standard();
    private static final SofaEngine ENGINE = SofaEngine.builder()
            .clock(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), SofaEngine.ZONE)).build();

    private static Situation situation(int i) {
        return SITUATIONS.next(new Random(SEED + i), 1 + i % 100);
    }

    private static byte[] digest(Situation situation) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(JSON.writeAdvice(ENGINE.evaluate(situation)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eightThreadsGiveByteIdenticalAdviceToOneThread() throws Exception {
        int count = Integer.getInteger("sofa.stress.situations", 100_000);
        byte[][] expected = new byte[count][];
        for (int i = 0; i < count; i++) {
            expected[i] = digest(situation(i));
        }

        AtomicInteger next = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        AtomicReference<String> firstDifference = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        if (!Arrays.equals(expected[i], digest(situation(i)))) {
                            firstDifference.compareAndSet(null, "situation " + i + " (seed " + (SEED + i) + ")");
                        }
                        checked.incrementAndGet();
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(checked.get()).isEqualTo(count);
        assertThat(firstDifference.get()).as("an advice that differs on eight threads").isNull();
    }
}
