package nl.sofa.cds.auth;

import static nl.sofa.cds.auth.TestTokens.AUDIENCE;
import static nl.sofa.cds.auth.TestTokens.ISSUER;
import static nl.sofa.cds.auth.TestTokens.claims;
import static nl.sofa.cds.auth.TestTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sofa.cds.auth.CdsAuthenticationException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keys fetched from a {@code jku}: a JWK Set served by a JDK HttpServer on loopback. */
class JkuTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static ECKey served;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final MutableClock clock = new MutableClock(NOW);

    @BeforeAll
    static void makeKey() throws Exception {
        served = new ECKeyGenerator(Curve.P_384).keyID("served-1").generate();
    }

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        String jwks = new JWKSet(served.toPublicJWK()).toString();
        serve("/jwks.json", exchange -> respond(exchange, 200, jwks));
        serve("/other.json", exchange -> respond(exchange, 200, jwks));
        serve("/redirect", exchange -> {
            exchange.getResponseHeaders().add("Location", base + "/other.json");
            respond(exchange, 302, "");
        });
        serve("/broken", exchange -> respond(exchange, 500, "{}"));
        serve("/slow", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, jwks);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(String path, Handler handler) {
        requests.put(path, new AtomicInteger());
        server.createContext(path, exchange -> {
            requests.get(path).incrementAndGet();
            handler.handle(exchange);
        });
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private int totalRequests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** Trusts ISSUER with no keys of its own and these allow-listed paths on the stub. */
    private CdsAuthenticator authenticator(String... paths) {
        List<URI> allowed = java.util.Arrays.stream(paths).map(p -> URI.create(base + p)).toList();
        TrustedIssuers issuers = TrustedIssuers.of(List.of(new TrustedIssuer(ISSUER, new JWKSet(), allowed)));
        return CdsAuthenticator.builder(issuers).clock(clock)
                .jwksConnectTimeout(Duration.ofMillis(500)).jwksReadTimeout(Duration.ofMillis(300)).build();
    }

    private String token(String jkuPath) {
        return "Bearer " + sign(served, JWSAlgorithm.ES384, claims(NOW).build(),
                h -> h.jwkURL(jkuPath == null ? null : URI.create(jkuPath.startsWith("http") ? jkuPath : base + jkuPath)));
    }

    @Test
    void anAllowListedJkuIsFetchedOnceAndItsKeyVerifies() {
        CdsAuthenticator authenticator = authenticator("/jwks.json");

        VerifiedCaller first = authenticator.authenticate(token("/jwks.json"), AUDIENCE);
        VerifiedCaller second = authenticator.authenticate(token("/jwks.json"), AUDIENCE);

        assertThat(first.keyId()).isEqualTo("served-1");
        assertThat(second.keyId()).isEqualTo("served-1");
        assertThat(requests.get("/jwks.json")).hasValue(1);
    }

    @Test
    void withoutAJkuInTheTokenTheIssuersAllowListedSetIsUsed() {
        VerifiedCaller caller = authenticator("/jwks.json").authenticate(token(null), AUDIENCE);

        assertThat(caller.keyId()).isEqualTo("served-1");
        assertThat(requests.get("/jwks.json")).hasValue(1);
    }

    @Test
    void aJkuOutsideTheAllowListIsRefusedWithoutAnyRequest() {
        CdsAuthenticator authenticator = authenticator("/jwks.json");

        CdsAuthenticationException onStub = refused(authenticator, token("/other.json"), Reason.UNTRUSTED_JKU);
        refused(authenticator, token("https://attacker.example/jwks.json"), Reason.UNTRUSTED_JKU);
        // Same URL but for a query string: the allow list compares exact strings.
        refused(authenticator, token("/jwks.json?v=2"), Reason.UNTRUSTED_JKU);

        assertThat(totalRequests()).isZero();
        assertThat(onStub.getMessage()).contains(ISSUER).doesNotContain("other.json");
    }

    @Test
    void anAllowListedJkuIsNotAllowedForAnotherIssuer() throws Exception {
        ECKey otherKey = new ECKeyGenerator(Curve.P_384).keyID("other-1").generate();
        TrustedIssuers issuers = TrustedIssuers.of(List.of(
                new TrustedIssuer(ISSUER, new JWKSet(), List.of(URI.create(base + "/jwks.json"))),
                new TrustedIssuer("https://other-ecd.example.org", new JWKSet(otherKey.toPublicJWK()), List.of())));
        CdsAuthenticator authenticator = CdsAuthenticator.builder(issuers).clock(clock).build();
        String token = "Bearer " + sign(served, JWSAlgorithm.ES384, claims(NOW).issuer("https://other-ecd.example.org").build(),
                h -> h.jwkURL(URI.create(base + "/jwks.json")));

        refused(authenticator, token, Reason.UNTRUSTED_JKU);
        assertThat(totalRequests()).isZero();
    }

    @Test
    void redirectsAreNotFollowed() {
        CdsAuthenticationException e = unavailable(authenticator("/redirect"), token("/redirect"));

        assertThat(requests.get("/redirect")).hasValue(1);
        assertThat(requests.get("/other.json")).hasValue(0);
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void aServerErrorMakesTheKeysUnavailable() {
        unavailable(authenticator("/broken"), token("/broken"));

        assertThat(requests.get("/broken")).hasPositiveValue();
    }

    @Test
    void aSlowServerHitsTheReadTimeout() {
        unavailable(authenticator("/slow"), token("/slow"));
    }

    @Test
    void anUnknownKidAtAnAllowListedJkuIsRefused() throws Exception {
        ECKey unknown = new ECKeyGenerator(Curve.P_384).keyID("not-served").generate();
        CdsAuthenticator authenticator = authenticator("/jwks.json");
        String token = "Bearer " + sign(unknown, JWSAlgorithm.ES384, claims(NOW).build(),
                h -> h.jwkURL(URI.create(base + "/jwks.json")));

        for (int i = 0; i < 5; i++) {
            refused(authenticator, token, Reason.UNKNOWN_KEY);
        }

        // Fetched, refetched once for the unknown kid, then nimbus' rate limit (two per 30 s) holds.
        assertThat(requests.get("/jwks.json").get()).isBetween(1, 2);
    }

    private static CdsAuthenticationException refused(CdsAuthenticator authenticator, String header, Reason reason) {
        CdsAuthenticationException e = catchThrowableOfType(() -> authenticator.authenticate(header, AUDIENCE),
                CdsAuthenticationException.class);
        assertThat(e).as("refused as %s", reason.code()).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.status()).isEqualTo(401);
        return e;
    }

    private static CdsAuthenticationException unavailable(CdsAuthenticator authenticator, String header) {
        CdsAuthenticationException e = catchThrowableOfType(() -> authenticator.authenticate(header, AUDIENCE),
                CdsAuthenticationException.class);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(Reason.KEYS_UNAVAILABLE);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.code()).isEqualTo("keys-unavailable");
        assertThat(e.getMessage()).doesNotContain("eyJ");
        return e;
    }
}
