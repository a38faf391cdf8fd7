package nl.sofa.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.sofa.server.http.CallerCheck;

/**
 * The training run of the {@code sofa-server} launcher: starts the server on a free loopback port with
 * an in-memory database (its start already makes a warm-up call), makes the calls an ECD makes
 * (discovery, an example, a call) over HTTP, and stops, so that the JVM's class-data archive holds
 * the classes a real start and first call load. Not for other use.
 */
public final class ServerTraining {
    private ServerTraining() {
    }

    /**
     * Runs the training and exits 0, or 1 when a call was not answered.
     *
     * @param args ignored
     * @throws Exception when the server cannot start
     */
    public static void main(String[] args) throws Exception {
        int status = 0;
        try (SofaServer server = SofaServer.start(ServerOptions.localDevelopment().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:sofa-training"), CallerCheck.NONE)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.baseUrl();
            HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(URI.create(base + "/cds-services")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String request = http.send(HttpRequest.newBuilder(URI.create(base + "/playground/examples/begin-new-client"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            HttpResponse<String> call = http.send(HttpRequest.newBuilder(URI.create(base + "/cds-services/sofa-patient-view"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            status = discovery.statusCode() == 200 && call.statusCode() == 200 ? 0 : 1;
        }
        System.exit(status);
    }
}
