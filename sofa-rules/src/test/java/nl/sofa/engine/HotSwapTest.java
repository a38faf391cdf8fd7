package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import nl.sofa.advice.PackInfo;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, part 5: packs change while the engine serves. Engines stay immutable; the
 * {@link SwappableEngine} swaps whole engines, so an evaluation runs on exactly one of them, a
 * broken pack leaves the old one serving, and old engines become garbage.
 */
class HotSwapTest {
    private static final SofaJson JSON = SofaJson.standard();
    private static final int THREADS = 8;
    private static final int SWAPS = 100;
    private static final int VARIANTS = 3;

    @TempDir
    Path dir;

    /** A pack that does not compile. */
    private record Pack(String id, String version, String description, List<RuleSource> rules) implements RulePack {
        static Pack broken() {
            return new Pack("swap", "9.9.9", "does not compile", List.of(new RuleSource("swap.drl",
                    "package swap;\nrule \"swap.broken\" @description(\"d\") when NoSuchFact() then end\n")));
        }

        static Pack badId() {
            return new Pack("Bad Id", "1", "an id a pack may not have", List.of());
        }
    }

    /**
     * The engines differ in the hours a week above which care is intensive (4, 6, 8), so that each
     * gives its own advice on the situations below. Built from the precompiled built-in pack, an
     * engine takes a fraction of a second, which keeps a hundred swaps affordable.
     */
    private static SofaEngine build(int variant) {
        return SofaEngine.builder().thresholds(Thresholds.defaults().withIntensiveHoursAbove(4 + 2 * variant)).build();
    }

    /** Three caregivers living with the client for a year, at 5, 7 and 9 hours: intensive under 1, 2 or 3 variants. */
    private static List<Situation> situations() {
        List<Situation> situations = new ArrayList<>();
        for (nl.sofa.phase.Phase phase : List.of(nl.sofa.phase.Phase.BEGIN, nl.sofa.phase.Phase.DAILY)) {
            Situation.Builder situation = Fixtures.situation(phase).id("swap-" + phase);
            for (int hours : new int[] {5, 7, 9}) {
                situation.addCaregiver(Fixtures.caregiver("cg-" + hours).hoursPerWeek(hours).monthsCaring(12)
                        .livesWithClient(true).build());
            }
            situations.add(situation.build());
        }
        return situations;
    }

    @Test
    void eightThreadsEvaluateWhilePacksAreSwappedAHundredTimesAndEveryAdviceIsOneEnginesAndOldEnginesAreCollected()
            throws InterruptedException {
        List<Situation> situations = situations();
        // What each engine says; no two engines say the same, so an advice belongs to exactly one.
        Map<String, Integer> variantOfAdvice = new HashMap<>();
        for (int variant = 0; variant < VARIANTS; variant++) {
            SofaEngine engine = build(variant);
            for (Situation situation : situations) {
                assertThat(variantOfAdvice.put(JSON.writeAdvice(engine.evaluate(situation)), variant)).isNull();
            }
        }

        SwappableEngine holder = SwappableEngine.of(build(0));
        AtomicBoolean running = new AtomicBoolean(true);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLongArray evaluationsPerVariant = new AtomicLongArray(VARIANTS);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    Situation situation = situations.get(i % situations.size());
                    try {
                        Integer variant = variantOfAdvice.get(JSON.writeAdvice(holder.evaluate(situation)));
                        if (variant == null) {
                            failures.add("situation " + situation.id() + ": an advice of no engine");
                        } else {
                            evaluationsPerVariant.incrementAndGet(variant);
                        }
                    } catch (RuntimeException e) {
                        failures.add("situation " + situation.id() + ": " + e);
                    }
                }
            }, "evaluator-" + t);
            thread.start();
            threads.add(thread);
        }

        List<WeakReference<SofaEngine>> retired = new ArrayList<>();
        int swapped = 0;
        int refused = 0;
        for (int swap = 1; swap <= SWAPS; swap++) {
            SofaEngine before = holder.current();
            boolean broken = swap % 5 == 0;
            int variant = swap % VARIANTS;
            // Broken: mostly a pack refused before its DRL is compiled; every 25th one that does not compile.
            Supplier<SofaEngine> next = !broken ? () -> build(variant)
                    : swap % 25 == 0 ? () -> SofaEngine.builder().addPack(Pack.broken()).build()
                    : () -> SofaEngine.builder().addPack(Pack.badId()).build();
            SwappableEngine.SwapResult result = holder.swap(next);
            if (broken) {
                refused++;
                assertThat(result.swapped()).as("swap %d is broken", swap).isFalse();
                assertThat(result.failure()).isInstanceOf(InvalidPackException.class);
                assertThat(holder.current()).as("the old engine keeps serving").isSameAs(before);
            } else {
                swapped++;
                assertThat(result.swapped()).as("swap %d", swap).isTrue();
                assertThat(holder.current().thresholds().intensiveHoursAbove()).isEqualTo(4 + 2 * variant);
                retired.add(new WeakReference<>(before));
            }
        }
        running.set(false);
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
            assertThat(thread.isAlive()).as(thread.getName() + " stopped").isFalse();
        }

        assertThat(failures).as("no evaluation failed or gave an advice of no engine").isEmpty();
        assertThat(swapped).isEqualTo(80);
        assertThat(refused).isEqualTo(20);
        long evaluations = 0;
        for (int variant = 0; variant < VARIANTS; variant++) {
            evaluations += evaluationsPerVariant.get(variant);
        }
        assertThat(evaluations).as("the threads evaluated during the swaps").isPositive();
        assertThat(awaitCollected(retired)).as("engines swapped out are garbage once their evaluations ended")
                .isZero();
    }

    /** How many of the engines are still reachable after asking the collector for a while (bounded). */
    static long awaitCollected(List<WeakReference<SofaEngine>> engines) throws InterruptedException {
        long reachable = engines.size();
        for (int round = 0; round < 100 && reachable > 0; round++) {
            System.gc();
            Thread.sleep(50); // gives the collector time; the assertion is on reachability, not on time
            reachable = engines.stream().filter(r -> r.get() != null).count();
        }
        return reachable;
    }

    @Test
    void aBrokenPackInTheFolderLeavesTheOldEngineServingAndSaysWhy() throws IOException {
        Path packs = Files.createDirectories(dir.resolve("packs"));
        Path acme = writePack(packs, "1.0.0", "eval(false)");
        Supplier<SofaEngine> fromFolder = SwappableEngine.fromFolder(SofaEngine::builder, packs);
        SwappableEngine holder = SwappableEngine.of(fromFolder.get());
        SofaEngine first = holder.current();

        Files.writeString(acme.resolve("rules.drl"), "package acme;\nrule \"acme.r\" @description(\"d\") when Nope() then end\n");
        SwappableEngine.SwapResult result = holder.swap(fromFolder);

        assertThat(result.swapped()).isFalse();
        assertThat(result.serving()).isSameAs(first);
        assertThat(result.failure()).isInstanceOf(InvalidPackException.class)
                .hasMessageContaining(acme.resolve("rules.drl") + ":2").hasMessageContaining("Unable to find class: Nope");
        assertThat(holder.current()).isSameAs(first);

        writePack(packs, "1.1.0", "eval(false)");
        assertThat(holder.swap(fromFolder).swapped()).isTrue();
        assertThat(holder.current().packs()).contains(new PackInfo("acme", "1.1.0"));
    }

    @Test
    void theFolderWatchSwapsWhenAPackChanges() throws IOException, InterruptedException {
        Path packs = Files.createDirectories(dir.resolve("watched"));
        writePack(packs, "1.0.0", "eval(false)");
        Supplier<SofaEngine> fromFolder = SwappableEngine.fromFolder(SofaEngine::builder, packs);
        SwappableEngine holder = SwappableEngine.of(fromFolder.get());
        Queue<SwappableEngine.SwapResult> reports = new ConcurrentLinkedQueue<>();

        try (PackFolderWatch watch = PackFolderWatch.start(holder, packs, fromFolder, reports::add,
                java.time.Duration.ofMillis(100))) {
            writePack(packs, "2.0.0", "eval(false)");
            // Bounded wait for the watch thread; the assertions are on what it did. It swaps, then
            // reports: wait for both, or the report may still be on its way when the swap is seen.
            for (int i = 0; i < 600 && (!holder.current().packs().contains(new PackInfo("acme", "2.0.0"))
                    || reports.isEmpty()); i++) {
                Thread.sleep(50);
            }
            assertThat(holder.current().packs()).contains(new PackInfo("acme", "2.0.0"));
            assertThat(reports).isNotEmpty().last().satisfies(r -> assertThat(r.swapped()).isTrue());
            assertThat(watch.isRunning()).isTrue();
        }
    }

    private static Path writePack(Path packs, String version, String condition) throws IOException {
        Path acme = Files.createDirectories(packs.resolve("acme"));
        Files.writeString(acme.resolve("pack.json"), "{\"id\": \"acme\", \"version\": \"" + version
                + "\", \"description\": \"d\"}");
        Files.writeString(acme.resolve("rules.drl"), "package acme;\nrule \"acme.r\" @description(\"d\") when "
                + condition + " then end\n");
        return acme;
    }
}
