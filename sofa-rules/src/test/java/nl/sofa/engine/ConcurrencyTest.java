package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/** One engine, several threads: every evaluation gives what one thread alone gives. */
class ConcurrencyTest {
    @Test
    void oneEngineOnEightThreadsGivesTheSameAdviceAsOneThread() throws Exception {
        Situation rich = DeterminismTest.rich();
        List<Situation> situations = List.of(rich,
                rich.toBuilder().id("sit-begin").phase(Phase.BEGIN).build(),
                rich.toBuilder().id("sit-ending").phase(Phase.ENDING).endingReason(EndingReason.PALLIATIVE).build(),
                Fixtures.situation(Phase.DAILY).id("sit-empty").build());
        List<String> expected = situations.stream()
                .map(s -> SofaJson.standard().writeAdvice(Fixtures.ENGINE.evaluate(s))).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 250; i++) {
                        int which = (i + offset) % situations.size();
                        String json = SofaJson.standard().writeAdvice(Fixtures.ENGINE.evaluate(situations.get(which)));
                        assertThat(json).isEqualTo(expected.get(which));
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get(2, TimeUnit.MINUTES);
            }
            assertThat(total).isEqualTo(8 * 250);
        } finally {
            pool.shutdownNow();
        }
    }
}
