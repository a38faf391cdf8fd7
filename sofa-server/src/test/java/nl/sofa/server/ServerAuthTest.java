package nl.sofa.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import nl.sofa.cds.auth.CdsAuthenticator;
import nl.sofa.cds.auth.TrustedIssuers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JWT check on the running server: ES384 and RS384 tokens of a trusted issuer pass on discovery
 * and on the service; every refused token gets 401 with a JSON error and {@code WWW-Authenticate},
 * never a stack trace. (Each refusal reason is tested in depth in sofa-cds' {@code CdsAuthenticatorTest}.)
 */
class ServerAuthTest {
    static final String ISSUER = "https://ecd.example.nl";
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static ECKey ec;
    static RSAKey rsa;
    static SofaServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        ec = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        String jwks = new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK())).toString(true);
        Path issuers = dir.resolve("trusted-issuers.json");
        Files.writeString(issuers, "{\"issuers\":[{\"iss\":\"" + ISSUER + "\",\"jwks\":" + jwks + "}]}");
        ServerOptions options = ServerOptions.localDevelopment().withPort(0).withDatabaseUrl("jdbc:h2:mem:auth-test")
                .withAuth(issuers, null);
        server = SofaServer.start(options, CdsAuthenticator.builder(TrustedIssuers.read(issuers)).build()::authenticate);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String token(JWSAlgorithm alg, String audience, Instant iat, Instant exp) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(audience).issueTime(Date.from(iat))
                .expirationTime(Date.from(exp)).jwtID(UUID.randomUUID().toString()).build();
        boolean isEc = alg.getName().startsWith("ES");
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(isEc ? "ec-1" : "rsa-1").type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(isEc ? new ECDSASigner(ec) : new RSASSASigner(rsa));
        return jwt.serialize();
    }

    static String token(JWSAlgorithm alg, String path) throws Exception {
        Instant now = Instant.now();
        return token(alg, server.baseUrl() + path, now, now.plusSeconds(300));
    }

    static HttpResponse<String> discovery(String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cds-services")).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertRefused(HttpResponse<String> r, String code) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        JsonNode error = MAPPER.readTree(r.body());
        assertThat(error.get("error").asText()).isEqualTo(code);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void es384AndRs384TokensOfATrustedIssuerPass() throws Exception {
        assertThat(discovery("Bearer " + token(JWSAlgorithm.ES384, "/cds-services")).statusCode()).isEqualTo(200);
        assertThat(discovery("Bearer " + token(JWSAlgorithm.RS384, "/cds-services")).statusCode()).isEqualTo(200);
        String request = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                + "/playground/examples/daily-young-carer")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> call = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl()
                        + "/cds-services/sofa-patient-view"))
                .header("Authorization", "Bearer " + token(JWSAlgorithm.ES384, "/cds-services/sofa-patient-view"))
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.body()).contains("\"cards\"");
    }

    @Test
    void refusedTokensGet401WithAJsonError() throws Exception {
        Instant now = Instant.now();
        assertRefused(discovery(null), "missing-token");
        assertRefused(discovery("Basic dXNlcjpwYXNz"), "not-bearer");
        assertRefused(discovery("Bearer not.a.jwt"), "malformed-token");
        assertRefused(discovery("Bearer " + token(JWSAlgorithm.ES384, server.baseUrl() + "/cds-services",
                now.minusSeconds(600), now.minusSeconds(300))), "expired");
        assertRefused(discovery("Bearer " + token(JWSAlgorithm.ES384, server.baseUrl() + "/cds-services",
                now.plusSeconds(600), now.plusSeconds(900))), "issued-in-future");
        assertRefused(discovery("Bearer " + token(JWSAlgorithm.ES384, "/cds-services/other")), "wrong-audience");
        String good = token(JWSAlgorithm.RS384, "/cds-services");
        assertThat(discovery("Bearer " + good).statusCode()).isEqualTo(200);
        assertRefused(discovery("Bearer " + good), "replayed");
        String tampered = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);
        assertThat(discovery("Bearer " + tampered).statusCode()).isEqualTo(401);
        // HS256 with the public key's bytes as secret (the classic confusion attack) and alg none.
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).audience(server.baseUrl() + "/cds-services")
                        .issueTime(new Date()).expirationTime(Date.from(now.plusSeconds(60))).jwtID("h").build());
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(discovery("Bearer " + hmac.serialize()), "disallowed-algorithm");
        String none = b64("{\"alg\":\"none\",\"kid\":\"ec-1\"}") + "." + b64("{\"iss\":\"" + ISSUER + "\"}") + ".";
        assertRefused(discovery("Bearer " + none), "disallowed-algorithm");
    }

    @Test
    void thePlaygroundPageItselfNeedsNoToken() throws Exception {
        // The page is static; the calls it makes to the service carry the token the user pastes.
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
