package nl.sofa.cds.auth;

import static nl.sofa.cds.auth.TestTokens.AUDIENCE;
import static nl.sofa.cds.auth.TestTokens.ISSUER;
import static nl.sofa.cds.auth.TestTokens.claims;
import static nl.sofa.cds.auth.TestTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import nl.sofa.cds.auth.CdsAuthenticationException.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CdsAuthenticatorTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static ECKey ec256;
    private static ECKey ec384;
    private static ECKey ec521;
    private static RSAKey rsa;
    /** Same kid as ec384, another key: what an attacker who knows the kid can make. */
    private static ECKey impostor;

    private MutableClock clock;
    private CdsAuthenticator authenticator;

    @BeforeAll
    static void makeKeys() throws Exception {
        ec256 = new ECKeyGenerator(Curve.P_256).keyID("ec-256").generate();
        ec384 = new ECKeyGenerator(Curve.P_384).keyID("ec-384").generate();
        ec521 = new ECKeyGenerator(Curve.P_521).keyID("ec-521").generate();
        rsa = new RSAKeyGenerator(2048).keyID("rsa-2048").generate();
        impostor = new ECKeyGenerator(Curve.P_384).keyID("ec-384").generate();
    }

    @BeforeEach
    void makeAuthenticator() {
        clock = new MutableClock(NOW);
        authenticator = authenticator(b -> b);
    }

    private CdsAuthenticator authenticator(UnaryOperator<CdsAuthenticator.Builder> config) {
        JWKSet publicKeys = new JWKSet(List.of(ec256.toPublicJWK(), ec384.toPublicJWK(), ec521.toPublicJWK(), rsa.toPublicJWK()));
        TrustedIssuers issuers = TrustedIssuers.of(List.of(new TrustedIssuer(ISSUER, publicKeys, List.of())));
        return config.apply(CdsAuthenticator.builder(issuers).clock(clock)).build();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    // --- tokens that pass -------------------------------------------------------------------------

    @Test
    void validEs384TokenPassesAndNamesTheCaller() {
        JWTClaimsSet claims = claims(NOW).build();
        VerifiedCaller caller = authenticator.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims)), AUDIENCE);

        assertThat(caller.issuer()).isEqualTo(ISSUER);
        assertThat(caller.keyId()).isEqualTo("ec-384");
        assertThat(caller.tokenId()).isEqualTo(claims.getJWTID());
        assertThat(caller.tenant()).isEqualTo("zorggroep-noord");
        assertThat(caller.issuedAt()).isEqualTo(NOW);
        assertThat(caller.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void validRs384TokenPasses() {
        String token = sign(rsa, JWSAlgorithm.RS384, claims(NOW).build());

        assertThat(authenticator.authenticate(bearer(token), AUDIENCE).keyId()).isEqualTo("rsa-2048");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ES256", "ES384", "ES512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512"})
    void everyAllowedAsymmetricAlgorithmPasses(String name) {
        JWSAlgorithm alg = JWSAlgorithm.parse(name);
        JWK key = switch (name) {
            case "ES256" -> ec256;
            case "ES384" -> ec384;
            case "ES512" -> ec521;
            default -> rsa;
        };

        VerifiedCaller caller = authenticator.authenticate(bearer(sign(key, alg, claims(NOW).build())), AUDIENCE);

        assertThat(caller.keyId()).isEqualTo(key.getKeyID());
    }

    @Test
    void audienceMayBeAnArrayHoldingTheServiceUrl() {
        JWTClaimsSet claims = claims(NOW).audience(List.of("https://other.example.org/cds-services", AUDIENCE)).build();

        assertThat(authenticator.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims)), AUDIENCE).issuer())
                .isEqualTo(ISSUER);
    }

    @Test
    void typMayBeAbsentAndTheSchemeIsCaseInsensitive() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build(), h -> h.type(null));

        assertThat(authenticator.authenticate("bearer " + token, AUDIENCE).keyId()).isEqualTo("ec-384");
    }

    @Test
    void clocksThatDifferWithinTheSkewAreTolerated() {
        // Issued 30 s "in the future" and expired 30 s ago by our clock: both within the 60 s skew.
        String early = sign(ec384, JWSAlgorithm.ES384, claims(NOW.plusSeconds(30)).build());
        String late = sign(ec384, JWSAlgorithm.ES384, claims(NOW.minusSeconds(90))
                .expirationTime(Date.from(NOW.minusSeconds(30))).build());

        assertThat(authenticator.authenticate(bearer(early), AUDIENCE).issuedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(authenticator.authenticate(bearer(late), AUDIENCE).expiresAt()).isEqualTo(NOW.minusSeconds(30));
    }

    // --- the header -------------------------------------------------------------------------------

    @Test
    void missingHeaderIsRefusedAndAsksForABearerToken() {
        CdsAuthenticationException e = refused(null, Reason.MISSING_TOKEN);

        assertThat(e.wwwAuthenticate()).contains("Bearer");
        assertThat(refused("   ", Reason.MISSING_TOKEN).code()).isEqualTo("missing-token");
        assertThat(refused("Bearer ", Reason.MISSING_TOKEN).status()).isEqualTo(401);
    }

    @Test
    void basicAuthenticationIsRefused() {
        CdsAuthenticationException e = refused("Basic c29mYTpzZWNyZXQ=", Reason.NOT_BEARER);

        assertThat(e.code()).isEqualTo("not-bearer");
        assertThat(e.getMessage()).doesNotContain("c29mYTpzZWNyZXQ=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-jwt", "a.b.c", "eyJhbGciOiJFUzM4NCJ9.bm90IGpzb24.c2ln", "....", "eyJ9.eyJ9.eyJ9"})
    void garbageIsRefusedAsMalformed(String token) {
        CdsAuthenticationException e = refused(bearer(token), Reason.MALFORMED_TOKEN);

        assertThat(e.getMessage()).doesNotContain(token);
    }

    @Test
    void aHugeTokenIsRefusedUnparsed() {
        String token = "eyJ" + "A".repeat(CdsAuthenticator.MAX_TOKEN_CHARS);

        refused(bearer(token), Reason.MALFORMED_TOKEN);
    }

    // --- algorithm and type -----------------------------------------------------------------------

    @Test
    void unsignedTokenWithAlgNoneIsRefused() {
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString();
        String payload = Base64URL.encode(claims(NOW).build().toString()).toString();
        assertThat(header).startsWith("eyJ");

        CdsAuthenticationException e = refused(bearer(header + "." + payload + "."), Reason.DISALLOWED_ALGORITHM);

        assertThat(e.getMessage()).contains("alg none");
    }

    @Test
    void algNoneSpelledOtherwiseIsRefusedToo() {
        String header = Base64URL.encode("{\"alg\":\"None\",\"kid\":\"ec-384\"}").toString();
        String payload = Base64URL.encode(claims(NOW).build().toString()).toString();

        refused(bearer(header + "." + payload + ".AAAA"), Reason.DISALLOWED_ALGORITHM);
    }

    @Test
    void hmacSignedTokenIsRefusedEvenWithAKnownKid() throws Exception {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).keyID("ec-384").build(),
                new Payload(claims(NOW).build().toString()));
        jws.sign(new MACSigner("a-shared-secret-of-at-least-256-bits!".getBytes(StandardCharsets.UTF_8)));

        CdsAuthenticationException e = refused(bearer(jws.serialize()), Reason.DISALLOWED_ALGORITHM);

        assertThat(e.getMessage()).contains("HMAC");
    }

    @Test
    void typOtherThanJwtIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build(), h -> h.type(new JOSEObjectType("at+jwt")));

        refused(bearer(token), Reason.WRONG_TYPE);
    }

    @Test
    void criticalHeaderParametersAreRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build(),
                h -> h.customParam("exp-hint", 1).criticalParams(java.util.Set.of("exp-hint")));

        refused(bearer(token), Reason.MALFORMED_TOKEN);
    }

    // --- issuer, key, signature -------------------------------------------------------------------

    @Test
    void unknownIssuerIsRefusedAndNamed() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).issuer("https://rogue.example.org").build());

        CdsAuthenticationException e = refused(bearer(token), Reason.UNTRUSTED_ISSUER);

        assertThat(e.getMessage()).contains("https://rogue.example.org");
    }

    @Test
    void forgedIssuerIsMadeSafeForLogs() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).issuer("x\nFAKE LOG LINE <script>").build());

        CdsAuthenticationException e = refused(bearer(token), Reason.UNTRUSTED_ISSUER);

        assertThat(e.getMessage()).contains("x?FAKE?LOG?LINE??script?").doesNotContain("\n", "<");
    }

    @Test
    void unknownKidIsRefused() {
        ECKey unknown = new ECKey.Builder(ec384).keyID("retired-2024").build();
        String token = sign(unknown, JWSAlgorithm.ES384, claims(NOW).build());

        CdsAuthenticationException e = refused(bearer(token), Reason.UNKNOWN_KEY);

        assertThat(e.getMessage()).contains("retired-2024");
    }

    @Test
    void missingKidIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build(), h -> h.keyID(null));

        refused(bearer(token), Reason.MISSING_CLAIM);
    }

    @Test
    void aKeyThatDoesNotFitTheAlgIsNotUsed() {
        // kid of the P-256 key, but ES384 in the header: the key cannot verify ES384.
        ECKey relabelled = new ECKey.Builder(ec384).keyID("ec-256").build();
        String token = sign(relabelled, JWSAlgorithm.ES384, claims(NOW).build());

        refused(bearer(token), Reason.UNKNOWN_KEY);
    }

    @Test
    void aKeyThatNamesAnotherAlgIsNotUsed() throws Exception {
        RSAKey rs384Only = new RSAKeyGenerator(2048).keyID("rs384-only").algorithm(JWSAlgorithm.RS384).generate();
        TrustedIssuers issuers = TrustedIssuers.of(List.of(new TrustedIssuer(ISSUER, new JWKSet(rs384Only.toPublicJWK()), List.of())));
        CdsAuthenticator strict = CdsAuthenticator.builder(issuers).clock(clock).build();

        assertThat(strict.authenticate(bearer(sign(rs384Only, JWSAlgorithm.RS384, claims(NOW).build())), AUDIENCE).keyId())
                .isEqualTo("rs384-only");
        CdsAuthenticationException e = catchThrowableOfType(
                () -> strict.authenticate(bearer(sign(rs384Only, JWSAlgorithm.PS384, claims(NOW).build())), AUDIENCE),
                CdsAuthenticationException.class);
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY);
    }

    @Test
    void tamperedSignatureIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build());
        int at = token.lastIndexOf('.') + 10;
        char flipped = token.charAt(at) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, at) + flipped + token.substring(at + 1);

        refused(bearer(tampered), Reason.INVALID_SIGNATURE);
    }

    @Test
    void tamperedPayloadIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build());
        String[] parts = token.split("\\.");
        String otherPayload = Base64URL.encode(claims(NOW).audience("https://sofa.example.org/cds-services").build().toString()).toString();

        refused(bearer(parts[0] + "." + otherPayload + "." + parts[2]), Reason.INVALID_SIGNATURE);
    }

    @Test
    void tokenSignedByAnotherKeyWithAKnownKidIsRefused() {
        String token = sign(impostor, JWSAlgorithm.ES384, claims(NOW).build());

        refused(bearer(token), Reason.INVALID_SIGNATURE);
    }

    // --- claims -----------------------------------------------------------------------------------

    @Test
    void expiredTokenIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW.minus(Duration.ofMinutes(4)))
                .expirationTime(Date.from(NOW.minusSeconds(61))).build());

        refused(bearer(token), Reason.EXPIRED);
    }

    @Test
    void tokenIssuedInTheFutureIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW.plus(Duration.ofMinutes(2))).build());

        refused(bearer(token), Reason.ISSUED_IN_FUTURE);
    }

    @Test
    void tokenNotYetValidIsRefused() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).notBeforeTime(Date.from(NOW.plus(Duration.ofMinutes(2)))).build());

        refused(bearer(token), Reason.NOT_YET_VALID);
    }

    @Test
    void tokenOlderThanTheMaximumAgeIsRefusedEvenWithADistantExp() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW.minus(Duration.ofMinutes(10)))
                .expirationTime(Date.from(NOW.plus(Duration.ofDays(1)))).build());

        refused(bearer(token), Reason.TOO_OLD);
        CdsAuthenticator lenient = authenticator(b -> b.maxTokenAge(Duration.ofMinutes(15)));
        assertThat(lenient.authenticate(bearer(token), AUDIENCE).issuer()).isEqualTo(ISSUER);
    }

    @Test
    void wrongAudienceIsRefusedWithoutRepeatingIt() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).audience("https://elsewhere.example.org/cds-services/x").build());

        CdsAuthenticationException e = refused(bearer(token), Reason.WRONG_AUDIENCE);

        assertThat(e.getMessage()).contains(AUDIENCE).doesNotContain("elsewhere");
    }

    @Test
    void theAudienceMustMatchExactly() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).audience(AUDIENCE + "/").build());

        refused(bearer(token), Reason.WRONG_AUDIENCE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "aud", "exp", "iat", "jti"})
    void eachRequiredClaimMustBePresent(String claim) {
        JWTClaimsSet.Builder builder = claims(NOW);
        builder.claim(claim, null);
        String token = sign(ec384, JWSAlgorithm.ES384, builder.build());

        CdsAuthenticationException e = refused(bearer(token), Reason.MISSING_CLAIM);

        assertThat(e.getMessage()).contains(" " + claim + " ");
    }

    @Test
    void aClaimOfTheWrongTypeIsMalformed() {
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"exp\":\"soon\",\"iat\":"
                + NOW.getEpochSecond() + ",\"jti\":\"j-1\"}";
        String token = sign(ec384, TestTokens.header(JWSAlgorithm.ES384, ec384).build(), payload);

        refused(bearer(token), Reason.MALFORMED_TOKEN);
    }

    // --- replay -----------------------------------------------------------------------------------

    @Test
    void replayedTokenIsRefused() {
        JWTClaimsSet claims = claims(NOW).build();
        String token = sign(ec384, JWSAlgorithm.ES384, claims);
        authenticator.authenticate(bearer(token), AUDIENCE);

        CdsAuthenticationException e = refused(bearer(token), Reason.REPLAYED);

        assertThat(e.getMessage()).contains(claims.getJWTID()).contains(ISSUER);
    }

    @Test
    void aNewTokenWithAUsedJtiIsRefused() {
        JWTClaimsSet first = claims(NOW).build();
        authenticator.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, first)), AUDIENCE);
        clock.advance(Duration.ofSeconds(5));
        JWTClaimsSet second = claims(NOW.plusSeconds(5)).jwtID(first.getJWTID()).build();

        refused(bearer(sign(rsa, JWSAlgorithm.RS384, second)), Reason.REPLAYED);
    }

    @Test
    void refusedTokensDoNotUseUpTheirJti() {
        JWTClaimsSet claims = claims(NOW).build();
        refused(bearer(sign(impostor, JWSAlgorithm.ES384, claims)), Reason.INVALID_SIGNATURE);

        assertThat(authenticator.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims)), AUDIENCE).tokenId())
                .isEqualTo(claims.getJWTID());
    }

    @Test
    void aJtiIsForgottenOnceItsTokenCanNoLongerPass() {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build());
        authenticator.authenticate(bearer(token), AUDIENCE);
        assertThat(authenticator.replayCacheSize()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6).plusSeconds(1)); // exp 5 min + 60 s skew

        assertThat(authenticator.replayCacheSize()).isZero();
        refused(bearer(token), Reason.EXPIRED);
    }

    @Test
    void aFullReplayCacheRefusesNewTokensUntilSomeExpire() {
        CdsAuthenticator small = authenticator(b -> b.replayCacheSize(2));
        small.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims(NOW).build())), AUDIENCE);
        small.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims(NOW).build())), AUDIENCE);

        CdsAuthenticationException full = catchThrowableOfType(
                () -> small.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims(NOW).build())), AUDIENCE),
                CdsAuthenticationException.class);

        assertThat(full.reason()).isEqualTo(Reason.REPLAY_CACHE_FULL);
        assertThat(full.status()).isEqualTo(503);
        assertThat(full.code()).isEqualTo("replay-cache-full");
        assertThat(full.wwwAuthenticate()).isEmpty();
        clock.advance(Duration.ofMinutes(7));
        Instant later = NOW.plus(Duration.ofMinutes(7));
        assertThat(small.authenticate(bearer(sign(ec384, JWSAlgorithm.ES384, claims(later).build())), AUDIENCE).issuer())
                .isEqualTo(ISSUER);
    }

    @Test
    void theSameTokenSentConcurrentlyPassesOnce() throws Exception {
        String token = sign(ec384, JWSAlgorithm.ES384, claims(NOW).build());
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<String> call = () -> {
                    start.await();
                    try {
                        authenticator.authenticate(bearer(token), AUDIENCE);
                        return "passed";
                    } catch (CdsAuthenticationException e) {
                        return e.code();
                    }
                };
                results.add(pool.submit(call));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsOnlyOnce("passed").filteredOn(o -> !o.equals("passed"))
                    .hasSize(threads - 1).containsOnly("replayed");
        } finally {
            pool.shutdownNow();
        }
    }

    // --- configuration ----------------------------------------------------------------------------

    @Test
    void builderRefusesSettingsOutsideTheirRange() {
        CdsAuthenticator.Builder b = CdsAuthenticator.builder(TrustedIssuers.of(List.of()));

        assertThatThrownBy(() -> b.clockSkew(Duration.ofMinutes(10))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clockSkew");
        assertThatThrownBy(() -> b.maxTokenAge(Duration.ZERO)).hasMessageContaining("maxTokenAge");
        assertThatThrownBy(() -> b.replayCacheSize(0)).hasMessageContaining("replayCacheSize");
        assertThatThrownBy(() -> b.jwksCacheTtl(Duration.ofMillis(1))).hasMessageContaining("jwksCacheTtl");
    }

    @Test
    void anEmptyAudienceArgumentIsAProgrammingError() {
        assertThatThrownBy(() -> authenticator.authenticate(bearer("x"), " ")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Asserts the refusal, its 401, and that neither message nor cause can leak the token. */
    private CdsAuthenticationException refused(String header, Reason reason) {
        CdsAuthenticationException e = catchThrowableOfType(() -> authenticator.authenticate(header, AUDIENCE),
                CdsAuthenticationException.class);
        assertThat(e).as("refused as %s", reason.code()).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.code()).isEqualTo(reason.code());
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception", "\tat ", "eyJ");
        if (header != null) {
            for (String part : header.replaceFirst("^\\S+\\s+", "").split("\\.")) {
                if (part.length() > 8) {
                    assertThat(e.getMessage()).doesNotContain(part);
                }
            }
        }
        return e;
    }
}
