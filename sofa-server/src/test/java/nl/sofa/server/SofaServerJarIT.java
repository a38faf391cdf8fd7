package nl.sofa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands, for real: {@code java -jar sofa-server/target/sofa-server.jar} in its own
 * process, then the curl calls (here with Java's HTTP client) for discovery, an example request and a
 * call that gives cards.
 */
class SofaServerJarIT {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path work;

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Process start(Path work, int port, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sofa.server.jar", "target/sofa-server.jar"), "--port", String.valueOf(port)));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("server-" + port + ".log").toFile()).start();
    }

    static HttpResponse<String> waitForDiscovery(String base, Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the server did not answer; it " + (process.isAlive() ? "still runs" : "exited"));
    }

    static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Test
    void theReadmesCommandsGiveCardsForABundledExample() throws Exception {
        int port = freePort();
        Process server = start(work, port, "--no-auth");
        String base = "http://127.0.0.1:" + port;
        try {
            HttpResponse<String> discovery = waitForDiscovery(base, server);
            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(discovery.body()).get("services").get(0).get("id").asText())
                    .isEqualTo("sofa-patient-view");
            String request = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/playground/examples/daily-overload-sole-caregiver")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> call = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/cds-services/sofa-patient-view"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(call.statusCode()).isEqualTo(200);
            JsonNode cards = MAPPER.readTree(call.body()).get("cards");
            assertThat(cards).isNotEmpty();
            assertThat(cards.get(0).get("indicator").asText()).isEqualTo("critical");
        } finally {
            stop(server);
        }
        String log = Files.readString(work.resolve("server-" + port + ".log"));
        assertThat(log).contains("JWT checking is OFF");
    }

    @Test
    void withoutTrustedIssuersOrNoAuthTheServerRefusesToStart() throws Exception {
        Process server = start(work, freePort());
        assertThat(server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        File log = work.toFile().listFiles((dir, name) -> name.startsWith("server-"))[0];
        assertThat(Files.readString(log.toPath())).contains("--trusted-issuers").doesNotContain("\tat ");
    }

    @Test
    void feedbackIsStoredAndReadBackAfterARestart() throws Exception {
        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        String db = "jdbc:h2:file:" + work.resolve("db").resolve("feedback").toAbsolutePath();
        Process first = start(work, port, "--no-auth", "--database-url", db);
        String card;
        String suggestion;
        try {
            waitForDiscovery(base, first);
            String request = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/playground/examples/daily-young-carer"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            JsonNode cards = MAPPER.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/cds-services/sofa-patient-view")).POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("cards");
            card = cards.get(0).get("uuid").asText();
            suggestion = cards.get(0).get("suggestions").get(0).get("uuid").asText();
            String feedback = "{\"feedback\":[{\"card\":\"" + card + "\",\"outcome\":\"accepted\",\"acceptedSuggestions\":[{\"id\":\""
                    + suggestion + "\"}],\"outcomeTimestamp\":\"2026-12-03T10:00:00Z\"},{\"card\":\"" + card
                    + "\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"system\":"
                    + "\"https://sofa-mantelzorg.github.io/sofa/fhir/CodeSystem/cds-override-reason\",\"code\":\"later\","
                    + "\"display\":\"Komt later aan bod\"},\"userComment\":\"eerst het netwerkgesprek\"},"
                    + "\"outcomeTimestamp\":\"2026-12-03T10:05:00Z\"}]}";
            HttpResponse<String> stored = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/cds-services/sofa-patient-view/feedback")).POST(HttpRequest.BodyPublishers.ofString(feedback)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        } finally {
            stop(first);
        }
        Process second = start(work, port, "--no-auth", "--database-url", db);
        try {
            waitForDiscovery(base, second);
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(URI.create(base
                    + "/cds-services/sofa-patient-view/feedback?since=2000-01-01T00:00:00Z")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            JsonNode kept = MAPPER.readTree(read.body()).get("feedback");
            assertThat(kept).hasSize(2);
            assertThat(kept.get(0).get("card").asText()).isEqualTo(card);
            assertThat(kept.get(0).get("outcome").asText()).isEqualTo("accepted");
            assertThat(kept.get(0).get("acceptedSuggestions").get(0).get("id").asText()).isEqualTo(suggestion);
            assertThat(kept.get(1).get("outcome").asText()).isEqualTo("overridden");
            assertThat(kept.get(1).get("overrideReason").get("reason").get("code").asText()).isEqualTo("later");
            assertThat(kept.get(1).get("overrideReason").get("userComment").asText()).isEqualTo("eerst het netwerkgesprek");
        } finally {
            stop(second);
        }
        // The professional's comment is stored, never logged.
        assertThat(Files.readString(work.resolve("server-" + port + ".log"))).doesNotContain("netwerkgesprek");
    }
}
