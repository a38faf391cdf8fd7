package nl.sofa.json.internal;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import nl.sofa.benchmarks.Situations;
import nl.sofa.benchmarks.harness.RatioHarness;
import nl.sofa.json.ReadLimits;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;

/**
 * Reading a situation's JSON, the careful path (tree, contract checker, records) against the
 * streaming fast path, in one JVM: CPU time per read by {@link RatioHarness} (the two in turn,
 * slice after slice), then bytes allocated per read by the thread's allocation counter. It lives
 * in sofa-core's internal package to reach the two paths one at a time (a benchmark, not API).
 *
 * <pre>
 * java -cp ... nl.sofa.json.internal.ReadingPaths [--warmup S] [--rounds N] [--situations typical,heavy,large]
 * </pre>
 */
public final class ReadingPaths {
    private ReadingPaths() {
    }

    public static void main(String[] args) {
        long warmUp = 20_000;
        int rounds = 30;
        String[] situations = {"typical", "heavy", "large"};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmUp = Long.parseLong(args[++i]) * 1000;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--situations" -> situations = args[++i].split(",");
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        SituationParser parser = new SituationParser(ReadLimits.defaults());
        for (String name : situations) {
            Situation situation = Situations.named(name);
            byte[] json = SofaJson.standard().writeSituation(situation).getBytes(StandardCharsets.UTF_8);
            Situation fast = parser.parseFast(json);
            if (fast == null || !fast.equals(parser.parseCarefully(json)) || !fast.equals(situation)) {
                throw new IllegalStateException("the two paths do not read " + name + " alike");
            }
            System.out.println("== " + name + " (" + json.length + " bytes)");
            RatioHarness.Rounds measured = RatioHarness.builder().warmUpMillis(warmUp).rounds(rounds).cpuTime(true)
                    .baseline("tree + checker", () -> parser.parseCarefully(json))
                    .variant("streaming", () -> parser.parseFast(json))
                    .build().measure();
            System.out.println(measured.ratio("streaming", "tree + checker"));
            long careful = allocatedPerCall(() -> parser.parseCarefully(json));
            long streaming = allocatedPerCall(() -> parser.parseFast(json));
            System.out.printf(Locale.ROOT, "allocated per read: tree + checker %,d bytes, streaming %,d bytes (%.3f)%n",
                    careful, streaming, (double) streaming / careful);
            System.out.flush();
        }
    }

    /** The median over 11 runs of the bytes this thread allocates per call. */
    private static long allocatedPerCall(Supplier<?> call) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int calls = 200;
        long[] perCall = new long[11];
        Object sink = null;
        for (int run = 0; run < perCall.length; run++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < calls; i++) {
                sink = call.get();
            }
            perCall[run] = (threads.getThreadAllocatedBytes(thread) - before) / calls;
        }
        if (sink == null) {
            throw new IllegalStateException("no situation read");
        }
        Arrays.sort(perCall);
        return perCall[perCall.length / 2];
    }
}
