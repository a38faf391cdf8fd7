package nl.sofa.benchmarks;

import nl.sofa.benchmarks.baseline.BaselineEngine;
import nl.sofa.benchmarks.harness.RatioHarness;
import nl.sofa.engine.SofaEngine;
import nl.sofa.situation.Situation;

/**
 * Pack 2.0.0 against the fixed baseline pack 1.0.0 on the fixed situations, by {@link RatioHarness}
 * (alternating slices in one JVM, median of per-round ratios). Run after {@code baseline.sh}:
 * {@code java -cp sofa-benchmarks/target/benchmarks.jar nl.sofa.benchmarks.PackRatios [warm-up-seconds rounds]}.
 * A second 2.0.0 engine runs as a control: its ratio to the first shows the harness's own noise.
 */
public final class PackRatios {
    private PackRatios() {
    }

    public static void main(String[] args) {
        long warmUp = args.length > 0 ? Long.parseLong(args[0]) * 1000 : 40_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        BaselineEngine baseline = BaselineEngine.load();
        SofaEngine engine = SofaEngine.builder().build();
        SofaEngine control = SofaEngine.builder().build();
        for (String name : new String[] {"typical", "heavy", "large"}) {
            Situation situation = Situations.named(name);
            Object old = baseline.read(situation);
            System.out.println("== " + name);
            RatioHarness.builder().warmUpMillis(warmUp).rounds(rounds)
                    .baseline("pack 1.0.0", () -> baseline.evaluate(old))
                    .variant("pack 2.0.0", () -> engine.evaluate(situation))
                    .variant("pack 2.0.0 (control)", () -> control.evaluate(situation))
                    .build().run().forEach(System.out::println);
        }
    }
}
