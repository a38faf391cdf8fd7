package nl.sofa.cds.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;
import nl.sofa.cds.auth.CdsAuthenticationException.Reason;
import org.junit.jupiter.api.Test;

/**
 * The example token of the CDS Hooks 2.0.1 specification (its header, payload, JWK Set and signed
 * token), and the CDS Hooks sandbox's key; provenance in {@code src/test/resources/auth/README.md}.
 * The expected values are the specification's, not SOFA's.
 */
class SpecExampleTest {
    /** The example's {@code iat}, 1311280970; its {@code exp} is 1422568860. */
    private static final Instant SPEC_IAT = Instant.ofEpochSecond(1311280970L);
    private static final String SPEC_AUDIENCE = "https://cds.example.org/cds-services/some-service";

    private static Path resource(String name) throws Exception {
        return Path.of(SpecExampleTest.class.getResource("/auth/" + name).toURI());
    }

    private static String specToken() throws Exception {
        return Files.readString(resource("spec-example/token.txt")).strip();
    }

    @Test
    void theSpecificationsExampleTokenVerifiesWithItsExampleKey() throws Exception {
        TrustedIssuers issuers = TrustedIssuers.read(resource("spec-example/trusted-issuers.json"));
        CdsAuthenticator authenticator = CdsAuthenticator.builder(issuers)
                .clock(Clock.fixed(SPEC_IAT.plusSeconds(60), ZoneOffset.UTC)).build();

        VerifiedCaller caller = authenticator.authenticate("Bearer " + specToken(), SPEC_AUDIENCE);

        assertThat(caller.issuer()).isEqualTo("https://fhir-ehr.example.com/");
        assertThat(caller.keyId()).isEqualTo("example-kid");
        assertThat(caller.tokenId()).isEqualTo("ee22b021-e1b7-4611-ba5b-8eec6a33ac1e");
        assertThat(caller.tenant()).isEqualTo("2ddd6c3a-8e9a-44c6-a305-52111ad302a2");
        assertThat(caller.expiresAt()).isEqualTo(Instant.ofEpochSecond(1422568860L));
    }

    @Test
    void theSpecificationsExampleTokenHasLongExpiredToday() throws Exception {
        TrustedIssuers issuers = TrustedIssuers.read(resource("spec-example/trusted-issuers.json"));
        CdsAuthenticator authenticator = CdsAuthenticator.builder(issuers).build();

        CdsAuthenticationException e = catchThrowableOfType(
                () -> authenticator.authenticate("Bearer " + specToken(), SPEC_AUDIENCE), CdsAuthenticationException.class);

        assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
    }

    @Test
    void aTokenInTheSandboxsNameNeedsTheSandboxsKey() throws Exception {
        // The sandbox signs with the key in the example file; another key with its kid must not pass,
        // and the inline key is used without fetching the (allow-listed) sandbox jku.
        TrustedIssuers issuers = TrustedIssuers.read(resource("sandbox-trusted-issuers.json"));
        Instant now = Instant.parse("2026-12-03T10:00:00Z");
        CdsAuthenticator authenticator = CdsAuthenticator.builder(issuers).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        var forged = new ECKeyGenerator(Curve.P_384).keyID("44823f3d-0b01-4a6c-a80e-b9d3e8a7226f").generate();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://sandbox.cds-hooks.org")
                .audience(TestTokens.AUDIENCE).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString()).build();
        String token = TestTokens.sign(forged, JWSAlgorithm.ES384, claims,
                h -> h.jwkURL(java.net.URI.create("https://sandbox.cds-hooks.org/.well-known/jwks.json")));

        CdsAuthenticationException e = catchThrowableOfType(
                () -> authenticator.authenticate("Bearer " + token, TestTokens.AUDIENCE), CdsAuthenticationException.class);

        assertThat(e.reason()).isEqualTo(Reason.INVALID_SIGNATURE);
    }
}
