package nl.sofa.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;

/**
 * Start-up in a fresh process, from the JVM's start to a ready engine and to the first advice.
 *
 * <pre>
 * java -cp sofa-benchmarks/target/benchmarks.jar nl.sofa.benchmarks.StartupMain            # one run
 * java -cp sofa-benchmarks/target/benchmarks.jar nl.sofa.benchmarks.StartupMain --repeat 20 [JVM options]
 * </pre>
 *
 * <p>One run prints one line: the JVM's uptime when {@code main} started, the engine build, the
 * first evaluation (with writing its JSON), the JVM's uptime when both were done, and the number of
 * classes loaded. With {@code --repeat N} it starts itself N times as a fresh process (with the
 * JVM options that follow, e.g. {@code -XX:SharedArchiveFile=...}) and prints each run and the
 * medians, with the wall time of each process from its start to its exit.
 */
public final class StartupMain {
    private StartupMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length >= 2 && args[0].equals("--repeat")) {
            repeat(Integer.parseInt(args[1]), Arrays.asList(args).subList(2, args.length));
            return;
        }
        long mainStart = System.nanoTime();
        SofaEngine engine = SofaEngine.builder().build();
        long built = System.nanoTime();
        Advice advice = engine.evaluate(Situations.typical());
        String json = SofaJson.standard().writeAdvice(advice);
        long evaluated = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long toMain = uptime - (evaluated - mainStart) / 1_000_000;
        int classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        System.out.printf(Locale.ROOT, "jvm-to-main %d ms, build %.1f ms, first-evaluation %.1f ms, ready %d ms,"
                + " classes %d, advice %d bytes%n", toMain, (built - mainStart) / 1e6, (evaluated - built) / 1e6,
                uptime, classes, json.length());
    }

    private static void repeat(int runs, List<String> jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StartupMain.class.getName());
        double[] build = new double[runs];
        double[] first = new double[runs];
        double[] ready = new double[runs];
        double[] wall = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String line = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            wall[i] = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                throw new IllegalStateException("run " + i + " exited with " + exit + ": " + line);
            }
            System.out.printf(Locale.ROOT, "%2d: %s, process %.0f ms%n", i + 1, line, wall[i]);
            build[i] = number(line, "build ");
            first[i] = number(line, "first-evaluation ");
            ready[i] = number(line, "ready ");
        }
        System.out.printf(Locale.ROOT, "medians of %d fresh processes: build %.0f ms, first evaluation %.0f ms,"
                + " JVM start to first advice %.0f ms, process start to exit %.0f ms (min %.0f, max %.0f)%n",
                runs, median(build), median(first), median(ready), median(wall),
                Arrays.stream(wall).min().orElse(0), Arrays.stream(wall).max().orElse(0));
    }

    private static double number(String line, String label) {
        int at = line.indexOf(label) + label.length();
        int end = line.indexOf(' ', at);
        return Double.parseDouble(line.substring(at, end));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
