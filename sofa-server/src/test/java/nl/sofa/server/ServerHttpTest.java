package nl.sofa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.server.http.CallerCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server over real HTTP on loopback: discovery, a call per example, refusals, CORS, limits. */
class ServerHttpTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ALLOWED_ORIGIN = "https://ecd.example.nl";
    static SofaServer server;

    @BeforeAll
    static void start() {
        server = SofaServer.start(ServerOptions.localDevelopment().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:server-http-test")
                .withCorsOrigins(List.of(ALLOWED_ORIGIN)), CallerCheck.NONE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "sofa-examples", "fhir"))) {
            return files.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void discoveryListsThePatientViewService() throws Exception {
        HttpResponse<String> r = get("/cds-services");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode service = MAPPER.readTree(r.body()).get("services").get(0);
        assertThat(service.get("id").asText()).isEqualTo("sofa-patient-view");
        assertThat(service.get("title").asText()).contains("mantelzorgers");
    }

    @Test
    void theExampleListMatchesTheExampleFolder() throws Exception {
        // The jar's index of examples is written by hand; it must not drift from sofa-examples/fhir.
        assertThat(SofaServer.exampleNames()).containsExactlyInAnyOrderElementsOf(examples());
        JsonNode list = MAPPER.readTree(get("/playground/examples").body()).get("examples");
        assertThat(list).hasSize(examples().size());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleGetsCardsOverHttp(String example) throws Exception {
        String request = get("/playground/examples/" + example).body();
        HttpResponse<String> r = post("/cds-services/sofa-patient-view", request);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode cards = MAPPER.readTree(r.body()).get("cards");
        assertThat(cards).isNotEmpty();
        for (JsonNode card : cards) {
            assertThat(card.get("summary").asText()).doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
            assertThat(card.get("detail").asText()).doesNotContainPattern("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
        }
    }

    @Test
    void missingPrefetchIs412WithAJsonError() throws Exception {
        ObjectNode request = (ObjectNode) MAPPER.readTree(get("/playground/examples/daily-young-carer").body());
        request.remove("prefetch");
        HttpResponse<String> r = post("/cds-services/sofa-patient-view", request.toString());
        assertThat(r.statusCode()).isEqualTo(412);
        assertThat(MAPPER.readTree(r.body()).get("error").asText()).isEqualTo("prefetch-unavailable");
    }

    @Test
    void refusalsAreJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> bad = post("/cds-services/sofa-patient-view", "{not json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(bad.body()).get("error").asText()).isEqualTo("invalid-request");
        HttpResponse<String> unknown = post("/cds-services/other", "{}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> nothing = get("/nothing/here");
        assertThat(nothing.statusCode()).isEqualTo(404);
        assertThat(MAPPER.readTree(nothing.body()).get("error").asText()).isEqualTo("not-found");
        for (HttpResponse<String> r : List.of(bad, unknown, nothing)) {
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aBodyOverTheLimitIs413FromItsHeadersAlone() throws Exception {
        // Over a raw socket, sending the headers only: the server must refuse from the declared length
        // without waiting for the body. (A client that went on writing 5 MiB could lose the answer to a
        // reset when the server closes early, as RFC 9110 allows; that made the HttpClient version flaky.)
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /cds-services/sofa-patient-view HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (5 * 1024 * 1024) + "\r\n"
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            RawResponse r = RawResponse.read(socket.getInputStream());
            assertThat(r.status()).isEqualTo(413);
            assertThat(MAPPER.readTree(r.body()).get("error").asText()).isEqualTo("body-too-large");
        }
    }

    /** The status and body of one HTTP/1.1 response with a Content-Length, read from a socket. */
    record RawResponse(int status, String body) {
        static RawResponse read(InputStream in) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String statusLine = reader.readLine();
            assertThat(statusLine).as("status line").isNotNull().startsWith("HTTP/1.1 ");
            int length = -1;
            for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    length = Integer.parseInt(line.substring(15).trim());
                }
            }
            assertThat(length).as("Content-Length of the refusal").isPositive();
            char[] body = new char[length];
            int read = 0;
            while (read < length) {
                int n = reader.read(body, read, length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            // The refusal is ASCII JSON, so its characters are its bytes.
            return new RawResponse(Integer.parseInt(statusLine.substring(9, 12)), new String(body, 0, read));
        }
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() throws Exception {
        HttpResponse<String> allowed = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cds-services"))
                .header("Origin", ALLOWED_ORIGIN).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        HttpResponse<String> other = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cds-services"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/cds-services/sofa-patient-view")).header("Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                h -> assertThat(h).contains("Authorization"));
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/cds-services/sofa-patient-view")).header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void feedbackIsKeptAndReadBackAndBadFeedbackIsNamed() throws Exception {
        String feedback = "{\"feedback\":[{\"card\":\"4e0a3a1e-3283-4575-ab82-028d55fe2719\",\"outcome\":\"accepted\","
                + "\"acceptedSuggestions\":[{\"id\":\"e56e1945-20b3-4393-8503-a1a20fd73152\"}],"
                + "\"outcomeTimestamp\":\"2020-12-11T00:00:00Z\"}]}";
        assertThat(post("/cds-services/sofa-patient-view/feedback", feedback).statusCode()).isEqualTo(200);
        JsonNode kept = MAPPER.readTree(get("/cds-services/sofa-patient-view/feedback").body()).get("feedback");
        assertThat(kept).anySatisfy(e -> assertThat(e.get("card").asText()).isEqualTo("4e0a3a1e-3283-4575-ab82-028d55fe2719"));
        HttpResponse<String> bad = post("/cds-services/sofa-patient-view/feedback", feedback.replace("accepted\"", "maybe\""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(bad.body()).get("path").asText()).isEqualTo("$.feedback[0].outcome");
        assertThat(get("/cds-services/sofa-patient-view/feedback?since=yesterday").statusCode()).isEqualTo(400);
        assertThat(get("/cds-services/sofa-patient-view/feedback?limit=100000").statusCode()).isEqualTo(400);
    }
}
