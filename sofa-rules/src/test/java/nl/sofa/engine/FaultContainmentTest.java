package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import nl.sofa.advice.Advice;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.Gen;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/**
 * A pack's rule that throws or loops on one situation does not poison the engine: the thousand
 * evaluations that follow, on the same engine and on several threads at once, give exactly the
 * advice of an engine that never failed.
 */
class FaultContainmentTest {
    private static final SofaEngine FAULTY = SofaEngine.builder().fireLimitPerFact(100)
            .addPack(DrlPack.of("test", "0.0.1", "failing.drl")).build();
    private static final SofaEngine HEALTHY = SofaEngine.builder().fireLimitPerFact(100).build();
    private static final Gen<Situation> SITUATIONS = Situations.valid();

    /** What the advice says, apart from which packs made it (the faulty engine names its test pack). */
    private static String content(Advice advice) {
        String json = SofaJson.standard().writeAdvice(advice);
        return json.substring(json.indexOf("\"caregivers\""));
    }

    private static void fail(String caregiverId) {
        Situation bad = situation(Phase.DAILY).id("sit-" + caregiverId).addCaregiver(caregiver(caregiverId).build()).build();
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> FAULTY.evaluate(bad));
        assertThat(e).as("%s fails", caregiverId).isNotNull();
    }

    @Test
    void aThousandEvaluationsAfterThrowsAndLoopsAreCorrect() {
        fail("consequence-throws");
        fail("loops");
        fail("condition-throws");
        for (int i = 0; i < 1_000; i++) {
            Situation situation = SITUATIONS.next(new Random(i), 1 + i % 100);
            assertThat(content(FAULTY.evaluate(situation))).as("evaluation %d", i)
                    .isEqualTo(content(HEALTHY.evaluate(situation)));
            if (i % 100 == 99) {
                fail(List.of("consequence-throws", "loops", "condition-throws").get(i / 100 % 3));
            }
        }
    }

    @Test
    void failuresOnSomeThreadsLeaveTheOthersCorrect() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    for (int i = thread; i < 1_000; i += 4) {
                        if (i % 7 == 0) {
                            fail(i % 2 == 0 ? "loops" : "consequence-throws");
                        }
                        Situation situation = SITUATIONS.next(new Random(10_000 + i), 1 + i % 100);
                        assertThat(content(FAULTY.evaluate(situation))).isEqualTo(content(HEALTHY.evaluate(situation)));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
