package nl.sofa.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.benchmarks.baseline.BaselineEngine;
import nl.sofa.benchmarks.harness.RatioHarness;
import nl.sofa.situation.Situation;

/**
 * Judges levers one after another: snapshots of today's engine (written by {@code snapshot.sh},
 * one per step) and the fixed baseline pack 1.0.0, all in class loaders of their own in one JVM,
 * measured by {@link RatioHarness}. Prints each step's ratio to the step before it and to pack
 * 1.0.0 (and the last step's to the first), and checks first that every snapshot writes the same
 * advice, byte for byte.
 *
 * <pre>
 * java -cp ... nl.sofa.benchmarks.LeverRatios [--warmup S] [--rounds N] [--situations typical,heavy,large]
 *     [--scaling] [--wall] [--json | --batch] name=sofa-benchmarks/target/snapshots/NAME/classpath.txt ...
 * </pre>
 *
 * <p>Calls are timed by the measuring thread's CPU time ({@code --wall} for the wall clock), since
 * these machines are shared with other builds: under a load of 15 on two cores the wall clock
 * counts mostly the time spent waiting for a core.
 *
 * <p>With {@code --json} it times writing the advice's JSON (to a stream, as the batch does, where
 * the engine can) instead of the evaluation: a lever of the JSON writer, measured the same way.
 * With {@code --batch} it times what a batch worker does per line: read the situation's JSON,
 * evaluate, write the advice's JSON.
 *
 * <p>With {@code --scaling} it measures, per engine, the cost per caregiver at 1,000 caregivers
 * against 10 (five tasks each): the ratio of the two evaluations divided by 100.
 */
public final class LeverRatios {
    private LeverRatios() {
    }

    public static void main(String[] args) {
        long warmUp = 30_000;
        int rounds = 40;
        boolean scaling = false;
        boolean cpu = true;
        boolean json = false;
        boolean batch = false;
        String[] situations = {"typical", "heavy", "large"};
        Map<String, BaselineEngine> engines = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmUp = Long.parseLong(args[++i]) * 1000;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--situations" -> situations = args[++i].split(",");
                case "--scaling" -> scaling = true;
                case "--wall" -> cpu = false;
                case "--json" -> json = true;
                case "--batch" -> batch = true;
                default -> {
                    int eq = args[i].indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("expected name=classpath-file, got " + args[i]);
                    }
                    engines.put(args[i].substring(0, eq), BaselineEngine.load(Path.of(args[i].substring(eq + 1)), false));
                }
            }
        }
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("name at least one snapshot: name=classpath-file");
        }
        BaselineEngine baseline = BaselineEngine.load();
        List<String> names = new ArrayList<>(engines.keySet());
        if (scaling) {
            scaling(baseline, engines, warmUp, rounds, cpu);
            return;
        }
        for (String situationName : situations) {
            Situation situation = Situations.named(situationName);
            System.out.println("== " + situationName);
            checkSameAdvice(engines, situation);
            Object old = baseline.read(situation);
            Object oldAdvice = baseline.evaluate(old);
            byte[] oldLine = baseline.json(situation);
            RatioHarness.Builder harness = RatioHarness.builder().warmUpMillis(warmUp).rounds(rounds).cpuTime(cpu)
                    .baseline("pack 1.0.0", batch ? () -> writeBytes(baseline, baseline.evaluate(baseline.readBytes(oldLine)))
                            : json ? () -> writeBytes(baseline, oldAdvice) : () -> baseline.evaluate(old));
            for (String name : names) {
                BaselineEngine engine = engines.get(name);
                Object read = engine.read(situation);
                Object advice = engine.evaluate(read);
                byte[] line = engine.json(situation);
                harness.variant(name, batch ? () -> writeBytes(engine, engine.evaluate(engine.readBytes(line)))
                        : json ? () -> writeBytes(engine, advice) : () -> engine.evaluate(read));
            }
            RatioHarness.Rounds measured = harness.build().measure();
            for (int i = 0; i < names.size(); i++) {
                System.out.println(measured.ratio(names.get(i), "pack 1.0.0"));
                if (i > 0) {
                    System.out.println(measured.ratio(names.get(i), names.get(i - 1)));
                }
            }
            if (names.size() > 2) {
                // All the levers together: the last step against the first, in the same rounds.
                System.out.println(measured.ratio(names.get(names.size() - 1), names.get(0)));
            }
            System.out.flush();
        }
    }

    private static java.io.ByteArrayOutputStream writeBytes(BaselineEngine engine, Object advice) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(16 * 1024);
        engine.writeTo(advice, out);
        return out;
    }

    private static void checkSameAdvice(Map<String, BaselineEngine> engines, Situation situation) {
        String first = null;
        for (Map.Entry<String, BaselineEngine> e : engines.entrySet()) {
            BaselineEngine engine = e.getValue();
            String advice = engine.write(engine.evaluate(engine.read(situation)));
            if (first == null) {
                first = advice;
            } else if (!first.equals(advice)) {
                throw new IllegalStateException("snapshot " + e.getKey() + " writes another advice for situation "
                        + situation.id() + " than the first snapshot");
            }
        }
    }

    private static void scaling(BaselineEngine baseline, Map<String, BaselineEngine> engines, long warmUp, int rounds,
            boolean cpu) {
        Situation ten = Situations.withCaregivers("scaling-10", 10, 5);
        Situation thousand = Situations.withCaregivers("scaling-1000", 1000, 5);
        Map<String, BaselineEngine> all = new LinkedHashMap<>();
        all.put("pack 1.0.0", baseline);
        all.putAll(engines);
        for (Map.Entry<String, BaselineEngine> e : all.entrySet()) {
            BaselineEngine engine = e.getValue();
            Object small = engine.read(ten);
            Object big = engine.read(thousand);
            RatioHarness.Result r = RatioHarness.builder().warmUpMillis(warmUp).rounds(rounds).sliceMillis(1000).cpuTime(cpu)
                    .baseline("10 caregivers", () -> engine.evaluate(small))
                    .variant("1,000 caregivers", () -> engine.evaluate(big))
                    .build().measure().ratio("1,000 caregivers", "10 caregivers");
            System.out.printf(java.util.Locale.ROOT,
                    "%-12s per caregiver, 1,000 against 10: %.2f (95%% CI %.2f-%.2f); %.1f us and %.1f us per caregiver%n",
                    e.getKey(), r.medianRatio() / 100, r.low() / 100, r.high() / 100, r.medianMicros() / 1000,
                    r.baselineMedianMicros() / 10);
            System.out.flush();
        }
    }
}
