package nl.sofa.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/sofa-server}: on first use it trains and keeps a class-data archive, and
 * every run serves as {@code java -jar} does. (How much sooner it answers is measured in
 * docs/performance.md, not here.)
 */
class SofaServerLauncherIT {
    @TempDir
    Path work;

    private Process launch(Path cds, int port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of(System.getProperty("sofa.server.launcher", "target/sofa-server"),
                "--no-auth", "--port", String.valueOf(port), "--database-url", "jdbc:h2:mem:launcher"))
                .directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("launcher-" + port + ".log").toFile());
        pb.environment().put("SOFA_CDS_DIR", cds.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    private static List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private static void assertServes(String base, Process process) throws Exception {
        SofaServerJarIT.waitForDiscovery(base, process);
        String request = SofaServerJarIT.HTTP.send(HttpRequest.newBuilder(URI.create(base
                + "/playground/examples/begin-new-client")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> call = SofaServerJarIT.HTTP.send(HttpRequest.newBuilder(URI.create(base
                        + "/cds-services/sofa-patient-view")).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.body()).contains("\"cards\"");
    }

    @Test
    void theFirstRunKeepsAnArchiveAndEveryRunServes() throws Exception {
        Path cds = Files.createDirectories(work.resolve("cds"));
        int port = SofaServerJarIT.freePort();
        Process first = launch(cds, port);
        try {
            assertServes("http://127.0.0.1:" + port, first);
        } finally {
            SofaServerJarIT.stop(first);
        }
        List<Path> made = archives(cds);
        assertThat(made).as("the training's archive").hasSize(1);
        assertThat(made.get(0).getFileName().toString()).startsWith("sofa-server-");

        Process second = launch(cds, port);
        try {
            assertServes("http://127.0.0.1:" + port, second);
        } finally {
            SofaServerJarIT.stop(second);
        }
        assertThat(archives(cds)).as("the archive is reused, not made again").isEqualTo(made);
        assertThat(Files.readString(work.resolve("launcher-" + port + ".log"))).contains("JWT checking is OFF");
    }
}
