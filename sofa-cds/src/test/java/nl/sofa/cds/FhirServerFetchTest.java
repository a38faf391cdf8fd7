package nl.sofa.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.sofa.fhir.SofaFhir;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A call without prefetch but with {@code fhirServer} and {@code fhirAuthorization}: the service
 * fetches every prefetch query with HAPI's client from a small FHIR stub on loopback that serves an
 * example bundle, and answers as it would with the prefetch.
 */
class FhirServerFetchTest {
    private static final String EXAMPLE = "daily-overload-sole-caregiver";
    private HttpServer stub;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> tokens = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void startStub() throws IOException {
        Bundle bundle = (Bundle) SofaFhir.standard().readResource(Examples.bundle(EXAMPLE));
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/fhir/", exchange -> {
            String path = exchange.getRequestURI().getRawPath().substring("/fhir/".length());
            requests.add(path + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
            tokens.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String body;
            if (path.contains("/")) { // a read: Type/id
                body = null;
                for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                    Resource r = e.getResource();
                    if ((r.fhirType() + "/" + r.getIdElement().getIdPart()).equals(path)) {
                        body = SofaFhir.json(r);
                    }
                }
            } else { // a search: every resource of the type
                Bundle result = new Bundle().setType(Bundle.BundleType.SEARCHSET);
                for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
                    if (e.getResource().fhirType().equals(path)) {
                        result.addEntry().setResource(e.getResource());
                    }
                }
                body = SofaFhir.json(result);
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : bytes.length);
            if (body != null) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        stub.start();
        base = "http://127.0.0.1:" + stub.getAddress().getPort() + "/fhir";
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private static ObjectNode withoutPrefetch(String fhirServer) {
        ObjectNode r = (ObjectNode) CdsHooksContractTest.json(new String(Examples.request(EXAMPLE), StandardCharsets.UTF_8));
        r.remove("prefetch");
        r.put("fhirServer", fhirServer);
        ObjectNode auth = r.putObject("fhirAuthorization");
        auth.put("access_token", "secret-token").put("token_type", "Bearer").put("expires_in", 300)
                .put("scope", "patient/*.read").put("subject", "sofa");
        return r;
    }

    @Test
    void whatThePrefetchLacksIsFetchedWithTheGivenTokenAndGivesTheSameCards() {
        CdsHooksService service = CdsHooksService.builder().engine(Examples.ENGINE)
                .fhirFetcher(new HapiFhirFetcher(Duration.ofSeconds(5))).build();
        String fetched = service.call(CdsHooksService.SERVICE_ID,
                withoutPrefetch(base).toString().getBytes(StandardCharsets.UTF_8));
        String prefetched = service.call(CdsHooksService.SERVICE_ID, Examples.request(EXAMPLE));
        assertThat(fetched).isEqualTo(prefetched);
        assertThat(requests).hasSize(CdsHooksService.standardPrefetch().size())
                .contains("Patient/cl-202")
                .anySatisfy(q -> assertThat(q).startsWith("RelatedPerson?patient=cl-202"));
        assertThat(tokens).containsOnly("Bearer secret-token");
    }

    @Test
    void aServerThatCannotBeReachedGives412() {
        CdsHooksService service = CdsHooksService.builder().engine(Examples.ENGINE)
                .fhirFetcher(new HapiFhirFetcher(Duration.ofSeconds(2))).build();
        stub.stop(0);
        assertThatThrownBy(() -> service.call(CdsHooksService.SERVICE_ID,
                withoutPrefetch(base).toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PrefetchUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.getMessage()).doesNotContain("secret-token");
                });
    }

    @Test
    void withoutAFetcherAFhirServerDoesNotHelp() {
        assertThatThrownBy(() -> Examples.SERVICE.call(CdsHooksService.SERVICE_ID,
                withoutPrefetch(base).toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PrefetchUnavailableException.class);
        assertThat(requests).isEmpty();
    }
}
