package nl.sofa.benchmarks;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sofa.benchmarks.baseline.BaselineEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;

/**
 * What one evaluation allocates, and the spread of its cost per call, for snapshots of the engine
 * (written by {@code snapshot.sh}) and pack 1.0.0, side by side in one JVM: bytes allocated per
 * evaluation (by the measuring thread, {@code ThreadMXBean.getThreadAllocatedBytes}), the median
 * and 99th percentile of one call's CPU time and wall time, and the same bytes for reading the
 * situation's JSON and writing the advice's, as the command line's batch does.
 *
 * <pre>
 * java -cp ... nl.sofa.benchmarks.CostPerEvaluation [--warmup S] [--rounds N] [--calls N]
 *     [--situations typical,heavy,large] [--no-baseline] name=sofa-benchmarks/target/snapshots/NAME/classpath.txt ...
 * </pre>
 *
 * <p>The engines take turns, a round of {@code --calls} calls each, so that a change of the
 * machine's load falls on all of them alike. Allocation is counted exactly and barely depends on
 * the load; the percentiles do, and on a shared machine only their ratio within one run means
 * something. A call's CPU time leaves out the collector's threads, its wall time does not.
 */
public final class CostPerEvaluation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CostPerEvaluation() {
    }

    public static void main(String[] args) throws Exception {
        long warmUp = 20_000;
        int rounds = 20;
        int calls = 500;
        String[] situations = {"typical", "heavy", "large"};
        boolean withBaseline = true;
        Map<String, BaselineEngine> engines = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmUp = Long.parseLong(args[++i]) * 1000;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--calls" -> calls = Integer.parseInt(args[++i]);
                case "--situations" -> situations = args[++i].split(",");
                case "--no-baseline" -> withBaseline = false;
                default -> {
                    int eq = args[i].indexOf('=');
                    if (eq < 1) {
                        throw new IllegalArgumentException("expected name=classpath-file, got " + args[i]);
                    }
                    engines.put(args[i].substring(0, eq), BaselineEngine.load(Path.of(args[i].substring(eq + 1)), false));
                }
            }
        }
        Map<String, BaselineEngine> all = new LinkedHashMap<>();
        if (withBaseline) {
            all.put("pack 1.0.0", BaselineEngine.load());
        }
        all.putAll(engines);
        for (String situationName : situations) {
            Situation situation = Situations.named(situationName);
            byte[] v2 = SofaJson.standard().writeSituation(situation).getBytes(StandardCharsets.UTF_8);
            List<Subject> subjects = new ArrayList<>();
            for (Map.Entry<String, BaselineEngine> e : all.entrySet()) {
                subjects.add(new Subject(e.getKey(), e.getValue(), e.getKey().equals("pack 1.0.0")
                        ? new String(v2, StandardCharsets.UTF_8).replaceFirst("\"schemaVersion\":2", "\"schemaVersion\":1")
                                .getBytes(StandardCharsets.UTF_8)
                        : v2));
            }
            int scaled = Math.max(20, situationName.equals("large") ? calls / 20 : calls);
            long until = System.currentTimeMillis() + warmUp;
            while (System.currentTimeMillis() < until) {
                for (Subject s : subjects) {
                    s.round(scaled / 5, false);
                }
            }
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < subjects.size(); k++) {
                    subjects.get((k + r) % subjects.size()).round(scaled, true);
                }
            }
            System.out.println("== " + situationName + " (" + rounds + " rounds of " + scaled + " calls)");
            System.out.printf(Locale.ROOT, "%-12s %12s %10s %10s %10s %10s %12s %12s%n", "engine", "bytes/eval",
                    "cpu p50", "cpu p99", "wall p50", "wall p99", "read bytes", "write bytes");
            for (Subject s : subjects) {
                System.out.printf(Locale.ROOT, "%-12s %12d %8.1fus %8.1fus %8.1fus %8.1fus %12d %12d%n", s.name,
                        s.median(s.bytesPerEval), pct(s.cpu, 50), pct(s.cpu, 99), pct(s.wall, 50), pct(s.wall, 99),
                        s.readBytes, s.writeBytes);
            }
            System.out.flush();
        }
    }

    private static double pct(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int at = (int) Math.min(sorted.length - 1, Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, at)] / 1000.0;
    }

    /** One engine on one situation, with what its rounds measured. */
    private static final class Subject {
        final String name;
        final BaselineEngine engine;
        final Object situation;
        final byte[] json;
        final Object sofaJson;
        final Method read;
        final Method write;
        final List<Long> bytesPerEval = new ArrayList<>();
        long[] cpu = new long[0];
        long[] wall = new long[0];
        long readBytes;
        long writeBytes;

        Subject(String name, BaselineEngine engine, byte[] json) throws ReflectiveOperationException {
            this.name = name;
            this.engine = engine;
            this.json = json;
            ClassLoader loader = engine.classLoader();
            Class<?> jsonType = loader.loadClass("nl.sofa.json.SofaJson");
            this.sofaJson = jsonType.getMethod("standard").invoke(null);
            this.read = jsonType.getMethod("readSituation", byte[].class);
            this.write = jsonType.getMethod("writeAdvice", loader.loadClass("nl.sofa.advice.Advice"),
                    OutputStream.class);
            this.situation = read.invoke(sofaJson, (Object) json);
        }

        void round(int n, boolean record) {
            long tid = Thread.currentThread().getId();
            long[] c = new long[n];
            long[] w = new long[n];
            long before = THREADS.getThreadAllocatedBytes(tid);
            for (int i = 0; i < n; i++) {
                long w0 = System.nanoTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                engine.evaluate(situation);
                c[i] = THREADS.getCurrentThreadCpuTime() - c0;
                w[i] = System.nanoTime() - w0;
            }
            long after = THREADS.getThreadAllocatedBytes(tid);
            // The two arrays above are allocated before the first reading.
            if (!record) {
                return;
            }
            bytesPerEval.add((after - before) / n);
            cpu = concat(cpu, c);
            wall = concat(wall, w);
            try {
                long r0 = THREADS.getThreadAllocatedBytes(tid);
                Object read1 = read.invoke(sofaJson, (Object) json);
                long r1 = THREADS.getThreadAllocatedBytes(tid);
                Object advice = engine.evaluate(read1);
                long w0 = THREADS.getThreadAllocatedBytes(tid);
                write.invoke(sofaJson, advice, OutputStream.nullOutputStream());
                long w1 = THREADS.getThreadAllocatedBytes(tid);
                readBytes = r1 - r0;
                writeBytes = w1 - w0;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name + " cannot read or write JSON", e);
            }
        }

        long median(List<Long> values) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? -1 : sorted[sorted.length / 2];
        }

        private static long[] concat(long[] a, long[] b) {
            long[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
