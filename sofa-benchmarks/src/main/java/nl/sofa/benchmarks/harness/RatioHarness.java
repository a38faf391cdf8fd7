package nl.sofa.benchmarks.harness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Judges a lever by its ratio to a baseline measured in the same JVM at the same time: every
 * variant runs in turn for a short slice (250 ms by default), round after round, after a common
 * warm-up; each round gives each variant's time per call divided by the baseline's; the result is
 * the median of those ratios with a bootstrap 95 % interval. On these shared two-core machines a
 * single JMH fork drifts 70–120 µs minute to minute, which hides a 10–20 % effect; a ratio of
 * slices taken seconds apart does not drift with the machine (three identical engines measured
 * 1.00 ± 4 %, see {@code docs/performance.md}).
 *
 * <p>Use: {@code RatioHarness.builder().baseline("pack 1.0.0", () -> ...).variant("pack 2.0.0", () -> ...)
 * .build().run()}. A variant is a {@code Supplier} of a call's result (kept from dead-code
 * elimination by a sink).
 */
public final class RatioHarness {
    private final Map<String, Supplier<?>> variants;
    private final String baseline;
    private final long warmUpNanos;
    private final long sliceNanos;
    private final int rounds;
    private final boolean cpuTime;
    private volatile Object sink;

    private RatioHarness(Builder b) {
        this.variants = new LinkedHashMap<>(b.variants);
        this.baseline = Objects.requireNonNull(b.baseline, "a baseline is required");
        this.warmUpNanos = b.warmUpMillis * 1_000_000L;
        this.sliceNanos = b.sliceMillis * 1_000_000L;
        this.rounds = b.rounds;
        this.cpuTime = b.cpuTime;
    }

    /** A harness with 40 s of warm-up, slices of 250 ms and 60 rounds. */
    public static Builder builder() {
        return new Builder();
    }

    /** One variant's result: the median ratio to the baseline, its 95 % interval, and absolute figures. */
    public record Result(String variant, double medianRatio, double low, double high, double medianMicros,
            double baselineMedianMicros, int rounds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-44s ratio %.3f (95%% CI %.3f-%.3f)  %.1f us/call (baseline %.1f us), %d rounds",
                    variant, medianRatio, low, high, medianMicros, baselineMedianMicros, rounds);
        }
    }

    /** Warms every variant up together, then measures the rounds; returns a result per variant but the baseline. */
    public List<Result> run() {
        Rounds measured = measure();
        List<Result> results = new ArrayList<>();
        for (String name : variants.keySet()) {
            if (!name.equals(baseline)) {
                results.add(measured.ratio(name, baseline));
            }
        }
        return results;
    }

    /**
     * Warms every variant up together, then measures the rounds; the rounds' times give the ratio
     * of any variant to any other (a lever against the step before it, as well as against the
     * baseline).
     */
    public Rounds measure() {
        // The warm-up runs the variants in turn until the common warm-up time (the clock the slices use) is spent.
        long spent = 0;
        while (spent < warmUpNanos) {
            for (Supplier<?> v : variants.values()) {
                slice(v, Math.min(sliceNanos, warmUpNanos));
                spent += Math.min(sliceNanos, warmUpNanos);
            }
        }
        Map<String, double[]> perCall = new LinkedHashMap<>();
        for (String name : variants.keySet()) {
            perCall.put(name, new double[rounds]);
        }
        List<String> order = new ArrayList<>(variants.keySet());
        for (int r = 0; r < rounds; r++) {
            // Alternate the order every round, so that no variant always follows the same one.
            if (r % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (String name : order) {
                perCall.get(name)[r] = slice(variants.get(name), sliceNanos);
            }
        }
        return new Rounds(perCall);
    }

    /** The measured rounds: every variant's nanoseconds per call in each round. */
    public static final class Rounds {
        private final Map<String, double[]> perCall;

        private Rounds(Map<String, double[]> perCall) {
            this.perCall = perCall;
        }

        /**
         * The median of the per-round ratios of {@code variant} to {@code reference}, with its
         * bootstrap 95 % interval.
         *
         * @throws IllegalArgumentException when either was not measured
         */
        public Result ratio(String variant, String reference) {
            double[] times = times(variant);
            double[] base = times(reference);
            double[] ratios = new double[times.length];
            for (int r = 0; r < times.length; r++) {
                ratios[r] = times[r] / base[r];
            }
            double[] interval = bootstrap(ratios);
            return new Result(variant + " / " + reference, median(ratios), interval[0], interval[1],
                    median(times) / 1000, median(base) / 1000, times.length);
        }

        private double[] times(String name) {
            double[] times = perCall.get(name);
            if (times == null) {
                throw new IllegalArgumentException("no variant named " + name + " was measured: " + perCall.keySet());
            }
            return times;
        }
    }

    /** Nanoseconds per call over one slice, of the wall clock or of this thread's CPU time. */
    private double slice(Supplier<?> variant, long nanos) {
        if (cpuTime) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            long deadline = start + nanos;
            long calls = 0;
            long now;
            do {
                sink = variant.get();
                calls++;
                now = threads.getCurrentThreadCpuTime();
            } while (now < deadline);
            return (double) (now - start) / calls;
        }
        long start = System.nanoTime();
        long deadline = start + nanos;
        long calls = 0;
        long now;
        do {
            sink = variant.get();
            calls++;
            now = System.nanoTime();
        } while (now < deadline);
        return (double) (now - start) / calls;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A percentile bootstrap of the median, with a fixed seed so that a report is reproducible. */
    private static double[] bootstrap(double[] values) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(20261203L);
        double[] medians = new double[2000];
        double[] sample = new double[values.length];
        for (int i = 0; i < medians.length; i++) {
            for (int j = 0; j < sample.length; j++) {
                sample[j] = values[random.nextInt(values.length)];
            }
            medians[i] = median(sample);
        }
        Arrays.sort(medians);
        return new double[] {medians[(int) (0.025 * medians.length)], medians[(int) (0.975 * medians.length) - 1]};
    }

    /** Builds a harness. */
    public static final class Builder {
        private final Map<String, Supplier<?>> variants = new LinkedHashMap<>();
        private String baseline;
        private long warmUpMillis = 40_000;
        private long sliceMillis = 250;
        private int rounds = 60;
        private boolean cpuTime;

        private Builder() {
        }

        /**
         * Times the calls by the measuring thread's CPU time instead of the wall clock, so that a
         * machine shared with other builds (load far above its cores) does not count the time the
         * thread waited for a core. The garbage collector's and the JIT's threads are not counted;
         * the warm-up is then also CPU time, which a loaded machine otherwise spends waiting.
         */
        public Builder cpuTime(boolean cpuTime) {
            this.cpuTime = cpuTime;
            return this;
        }

        /** The variant every ratio is taken against. */
        public Builder baseline(String name, Supplier<?> call) {
            variants.put(name, call);
            baseline = name;
            return this;
        }

        /** A variant to compare with the baseline. */
        public Builder variant(String name, Supplier<?> call) {
            if (variants.putIfAbsent(name, call) != null) {
                throw new IllegalArgumentException("two variants named " + name);
            }
            return this;
        }

        /** The common warm-up before the first round. */
        public Builder warmUpMillis(long millis) {
            this.warmUpMillis = millis;
            return this;
        }

        /** How long each variant runs in a round. */
        public Builder sliceMillis(long millis) {
            this.sliceMillis = millis;
            return this;
        }

        /** How many rounds are measured. */
        public Builder rounds(int rounds) {
            if (rounds < 3) {
                throw new IllegalArgumentException("at least 3 rounds: " + rounds);
            }
            this.rounds = rounds;
            return this;
        }

        /** The harness. */
        public RatioHarness build() {
            if (variants.size() < 2) {
                throw new IllegalStateException("a baseline and at least one variant are needed");
            }
            return new RatioHarness(this);
        }
    }
}
