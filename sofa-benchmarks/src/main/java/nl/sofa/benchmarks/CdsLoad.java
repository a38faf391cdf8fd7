package nl.sofa.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.sofa.cds.CdsRequests;

/**
 * Load on the CDS Hooks service, as issue 13 asks: the server jar in its own JVM on loopback, two
 * client threads calling {@code patient-view} with prefetch (the 17 example bundles in turn) as fast as
 * answers come, for a measured period after a warm-up. Prints time to ready, throughput, latency
 * percentiles and errors. Not a unit test: the numbers go to {@code docs/performance.md}.
 *
 * <pre>
 * java -cp sofa-benchmarks/target/benchmarks.jar nl.sofa.benchmarks.CdsLoad \
 *     sofa-server/target/sofa-server.jar sofa-examples/fhir [warmupSeconds=20] [seconds=60] [threads=2] [jvm flags...]
 * </pre>
 */
public final class CdsLoad {
    private CdsLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path examples = Path.of(args[1]);
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        List<String> jvmFlags = args.length > 5 ? Arrays.asList(args).subList(5, args.length) : List.of();
        List<byte[]> requests = new ArrayList<>();
        try (Stream<Path> files = Files.list(examples)) {
            for (Path f : files.sorted().toList()) {
                requests.add(CdsRequests.patientView(Files.readString(f), "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
                        "Practitioner/load").getBytes(StandardCharsets.UTF_8));
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-jar", jar.toString(), "--no-auth", "--port", String.valueOf(port),
                "--database-url", "jdbc:h2:mem:load"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        URI call = URI.create(base + "/cds-services/sofa-patient-view");
        long launched = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "sofa-load-server.log")).start();
        try {
            long discovery = waitFor(http, HttpRequest.newBuilder(URI.create(base + "/cds-services")).GET().build());
            long firstCall = waitFor(http, post(call, requests.get(0)));
            System.out.printf(Locale.ROOT, "ready: discovery answered %.2f s after launch, first call %.2f s%n",
                    (discovery - launched) / 1e9, (firstCall - launched) / 1e9);
            run(http, call, requests, threads, warmup, null);
            long[][] latencies = new long[threads][];
            AtomicLong errors = new AtomicLong();
            long elapsed = run(http, call, requests, threads, seconds, new Recorder(latencies, errors));
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf(Locale.ROOT, "%d threads, %d s: %d calls, %.1f calls/s, %d errors%n", threads, seconds,
                    all.length, all.length / (elapsed / 1e9), errors.get());
            System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                    pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), pct(all, 0.999), all[all.length - 1] / 1e6);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private record Recorder(long[][] latencies, AtomicLong errors) {
    }

    private static long run(HttpClient http, URI call, List<byte[]> requests, int threads, int seconds,
            Recorder recorder) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long[] samples = new long[1 << 16];
                int n = 0;
                int next = id;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean ok;
                    try {
                        HttpResponse<byte[]> r = http.send(post(call, requests.get(next++ % requests.size())),
                                HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() == 200;
                    } catch (IOException | InterruptedException e) {
                        ok = false;
                    }
                    long took = System.nanoTime() - t0;
                    if (recorder != null) {
                        if (!ok) {
                            recorder.errors().incrementAndGet();
                        }
                        if (n == samples.length) {
                            samples = Arrays.copyOf(samples, n * 2);
                        }
                        samples[n++] = took;
                    }
                }
                if (recorder != null) {
                    recorder.latencies()[id] = Arrays.copyOf(samples, n);
                }
            }, "load-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return System.nanoTime() - start;
    }

    private static HttpRequest post(URI uri, byte[] body) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static long waitFor(HttpClient http, HttpRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server did not answer within 120 s");
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
