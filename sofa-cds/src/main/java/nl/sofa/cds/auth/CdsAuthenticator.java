package nl.sofa.cds.auth;

import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.DISALLOWED_ALGORITHM;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.EXPIRED;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.INVALID_SIGNATURE;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.ISSUED_IN_FUTURE;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.KEYS_UNAVAILABLE;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.MALFORMED_TOKEN;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.MISSING_CLAIM;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.MISSING_TOKEN;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.NOT_BEARER;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.NOT_YET_VALID;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.REPLAYED;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.REPLAY_CACHE_FULL;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.TOO_OLD;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.UNKNOWN_KEY;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.UNTRUSTED_ISSUER;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.UNTRUSTED_JKU;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.WRONG_AUDIENCE;
import static nl.sofa.cds.auth.CdsAuthenticationException.Reason.WRONG_TYPE;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks the JWT that CDS Hooks 2.0 puts on every call ({@code Authorization: Bearer <JWT>}), with
 * nimbus-jose-jwt. Immutable and thread-safe; make one per service and share it across all calls and
 * endpoints, since it holds the replay cache and the cached JWK Sets.
 *
 * <p>A token passes when all of these hold, checked in this order:
 * <ol>
 *   <li>the header is {@code Bearer} with a JWT of at most 16 KiB;</li>
 *   <li>it is signed (JWS), with {@code alg} one of ES256/384/512, RS256/384/512, PS256/384/512
 *       (never {@code none}, never HMAC); its {@code typ}, if present, is {@code JWT}; it has no
 *       {@code crit} and has a {@code kid};</li>
 *   <li>its {@code iss} is a {@link TrustedIssuer}; a header {@code jku} is in that issuer's allow
 *       list (otherwise it is refused and not fetched);</li>
 *   <li>a key of that issuer has the {@code kid} and fits the {@code alg}: first the keys given out
 *       of band, then the JWK Set at the header's {@code jku} (or, without one, at the issuer's
 *       allow-listed URLs), fetched with timeouts, at most 64 KiB, cached, without following
 *       redirects; the signature verifies with it;</li>
 *   <li>{@code exp} has not passed, {@code iat} is not in the future, {@code nbf} (if any) has come,
 *       each with the clock skew allowed, and {@code iat} is at most the maximum token age old;</li>
 *   <li>{@code aud} (a string or an array) holds the expected audience exactly;</li>
 *   <li>{@code jti} was not used before by this issuer; it is then remembered until the token could
 *       no longer pass step 5 anyway.</li>
 * </ol>
 * Only a token that passed steps 1 to 6 reaches the replay cache, so forged tokens cannot fill it.
 *
 * <p>The defaults and why: clock skew 60 s (clients' clocks drift; more widens the replay window);
 * maximum token age 5 minutes (CDS Clients sign a fresh token for every call, the sandbox with a
 * lifetime of exactly 5 minutes; the age limit caps how long an intercepted token is of use even when
 * the issuer sets a distant {@code exp}, and so how long the replay cache must keep its
 * {@code jti}); replay cache 100,000 {@code jti}s (about 330 calls a second sustained over 5 minutes,
 * some 25 MB at most); JWK Sets cached 5 minutes, connect and read timeouts 1 s each.
 */
public final class CdsAuthenticator {
    /** Default allowance for clocks that differ: 60 seconds. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** Default maximum age of a token ({@code iat}): 5 minutes. */
    public static final Duration DEFAULT_MAX_TOKEN_AGE = Duration.ofMinutes(5);
    /** Default number of unexpired {@code jti}s remembered: 100,000. */
    public static final int DEFAULT_REPLAY_CACHE_SIZE = 100_000;
    /** Default time a fetched JWK Set is used before it is fetched again: 5 minutes. */
    public static final Duration DEFAULT_JWKS_CACHE_TTL = Duration.ofMinutes(5);
    /** Default connect and read timeout for fetching a JWK Set: 1 second each. */
    public static final Duration DEFAULT_JWKS_TIMEOUT = Duration.ofSeconds(1);

    /** A longer Authorization value is refused unparsed; CDS Hooks tokens are well under 2 KiB. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;
    /** A longer jti is refused: it would only inflate the replay cache. */
    static final int MAX_JTI_CHARS = 256;
    /** A fetched JWK Set larger than this is refused. */
    static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;

    private final TrustedIssuers issuers;
    private final Clock clock;
    private final Duration clockSkew;
    private final Duration maxTokenAge;
    private final ReplayCache replayCache;
    /** One cached source per (issuer, allow-listed URL), made up front: the set of URLs never grows. */
    private final Map<String, JWKSource<SecurityContext>> remoteSources;

    private CdsAuthenticator(Builder b) {
        this.issuers = b.issuers;
        this.clock = b.clock;
        this.clockSkew = b.clockSkew;
        this.maxTokenAge = b.maxTokenAge;
        this.replayCache = new ReplayCache(b.replayCacheSize);
        Map<String, JWKSource<SecurityContext>> sources = new HashMap<>();
        for (TrustedIssuer issuer : issuers.issuers()) {
            for (URI jku : issuer.jkuAllowList()) {
                sources.put(sourceKey(issuer.issuer(), jku.toString()), remoteSource(jku, b));
            }
        }
        this.remoteSources = Map.copyOf(sources);
    }

    /**
     * A builder with the defaults above.
     *
     * @param issuers the CDS Clients to trust
     */
    public static Builder builder(TrustedIssuers issuers) {
        return new Builder(issuers);
    }

    /**
     * Checks the {@code Authorization} header of one call.
     *
     * @param authorizationHeader the header's value, {@code null} when the call has none
     * @param expectedAudience the full URL of the endpoint called, as the client sees it, e.g.
     *     {@code https://sofa.example.org/cds-services/sofa-patient-view} (behind a proxy: the public
     *     URL, not the local one); {@code aud} must equal it exactly
     * @return the verified caller
     * @throws CdsAuthenticationException when the token does not pass; 401, or 503 when the replay
     *     cache is full or an allow-listed JWK Set cannot be fetched
     */
    public VerifiedCaller authenticate(@Nullable String authorizationHeader, String expectedAudience) {
        Objects.requireNonNull(expectedAudience, "expectedAudience");
        if (expectedAudience.isBlank()) {
            throw new IllegalArgumentException("expectedAudience must be the URL of the endpoint called");
        }
        SignedJWT jwt = parse(bearerToken(authorizationHeader));
        JWSHeader header = jwt.getHeader();
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw refuse(MALFORMED_TOKEN, "The token's payload is not a JWT claims set: a registered claim has the wrong type.");
        }
        String kid = header.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw refuse(MISSING_CLAIM, "The token's header has no kid; CDS Hooks requires it to find the key.");
        }
        String iss = claims.getIssuer();
        if (iss == null || iss.isBlank()) {
            throw refuse(MISSING_CLAIM, "The token has no iss claim.");
        }
        TrustedIssuer issuer = issuers.find(iss).orElseThrow(() -> refuse(UNTRUSTED_ISSUER,
                "The token's issuer " + SafeText.id(iss) + " is not a trusted issuer."));
        String jku = header.getJWKURL() == null ? null : header.getJWKURL().toString();
        if (jku != null && !issuer.allowsJku(jku)) {
            throw refuse(UNTRUSTED_JKU, "The token's header names a jku that issuer " + SafeText.id(iss)
                    + " does not allow-list; it was not fetched.");
        }
        String keyId = verifySignature(jwt, issuer, jku, kid);
        Instant now = clock.instant();
        Instant expiresAt = checkTimes(claims, now);
        Instant issuedAt = claims.getIssueTime().toInstant();
        List<String> audience = claims.getAudience();
        if (audience.isEmpty()) {
            throw refuse(MISSING_CLAIM, "The token has no aud claim.");
        }
        if (!audience.contains(expectedAudience)) {
            throw refuse(WRONG_AUDIENCE, "The token's aud does not name this service; expected "
                    + SafeText.id(expectedAudience) + ".");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw refuse(MISSING_CLAIM, "The token has no jti claim; CDS Hooks requires it against replay.");
        }
        if (jti.length() > MAX_JTI_CHARS) {
            throw refuse(MALFORMED_TOKEN, "The token's jti is longer than " + MAX_JTI_CHARS + " characters.");
        }
        remember(iss, jti, expiresAt, issuedAt, now);
        Object tenant = claims.getClaim("tenant");
        return new VerifiedCaller(iss, keyId, jti, tenant instanceof String s ? s : null, issuedAt, expiresAt);
    }

    private static String bearerToken(@Nullable String header) {
        if (header == null || header.isBlank()) {
            throw refuse(MISSING_TOKEN, "The call has no Authorization header; CDS Hooks requires a Bearer JWT on every call.");
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        // RFC 7235: the scheme is case-insensitive.
        if (!scheme.equalsIgnoreCase("Bearer")) {
            throw refuse(NOT_BEARER, "The Authorization header does not use the Bearer scheme; CDS Hooks requires a Bearer JWT.");
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw refuse(MISSING_TOKEN, "The Authorization header has the Bearer scheme but no token.");
        }
        if (token.length() > MAX_TOKEN_CHARS) {
            throw refuse(MALFORMED_TOKEN, "The token is longer than " + MAX_TOKEN_CHARS + " characters.");
        }
        return token;
    }

    private static SignedJWT parse(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw refuse(MALFORMED_TOKEN, "The token is not a JWT: three base64url parts with a JSON header and payload.");
        }
        if (jwt instanceof PlainJWT) {
            throw refuse(DISALLOWED_ALGORITHM, "The token is unsigned (alg none); CDS Hooks requires a signed JWT.");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw refuse(DISALLOWED_ALGORITHM, "The token is encrypted (JWE); CDS Hooks requires a signed JWT (JWS).");
        }
        JWSAlgorithm alg = signed.getHeader().getAlgorithm();
        if (JWSAlgorithm.Family.HMAC_SHA.contains(alg)) {
            throw refuse(DISALLOWED_ALGORITHM, "The token is signed with HMAC (" + alg.getName()
                    + "), a shared secret; CDS Hooks requires an asymmetric signature.");
        }
        if (!KeyRules.allowed(alg)) {
            throw refuse(DISALLOWED_ALGORITHM, "The token's alg " + SafeText.id(alg.getName())
                    + " is not allowed; allowed are " + KeyRules.ALGORITHMS + ".");
        }
        if (signed.getHeader().getType() != null
                && !signed.getHeader().getType().getType().toUpperCase(Locale.ROOT).equals("JWT")) {
            throw refuse(WRONG_TYPE, "The token's typ is " + SafeText.id(signed.getHeader().getType().getType())
                    + "; CDS Hooks requires JWT.");
        }
        if (signed.getHeader().getCriticalParams() != null && !signed.getHeader().getCriticalParams().isEmpty()) {
            // No crit extension is part of CDS Hooks; nimbus would only report a failed signature.
            throw refuse(MALFORMED_TOKEN, "The token's header marks parameters as critical (crit); SOFA understands none.");
        }
        return signed;
    }

    /** Returns the kid of the key that verified the signature. */
    private String verifySignature(SignedJWT jwt, TrustedIssuer issuer, @Nullable String jku, String kid) {
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        // Matches kid, key type, use and the key's own alg; the curve is checked by usable().
        JWKMatcher matcher = JWKMatcher.forJWSHeader(header);
        if (matcher == null) {
            throw refuse(DISALLOWED_ALGORITHM, "The token's alg " + SafeText.id(alg.getName()) + " is not allowed.");
        }
        JWKSelector selector = new JWKSelector(matcher);
        List<JWK> candidates = usable(selector.select(issuer.keys()), alg);
        if (candidates.isEmpty()) {
            List<String> urls = new ArrayList<>();
            if (jku != null) {
                urls.add(jku);
            } else {
                issuer.jkuAllowList().forEach(u -> urls.add(u.toString()));
            }
            for (String url : urls) {
                candidates = usable(fetch(issuer.issuer(), url, selector, kid), alg);
                if (!candidates.isEmpty()) {
                    break;
                }
            }
        }
        if (candidates.isEmpty()) {
            throw refuse(UNKNOWN_KEY, "Issuer " + SafeText.id(issuer.issuer()) + " has no trusted key with kid "
                    + SafeText.id(kid) + " for alg " + alg.getName() + ".");
        }
        for (JWK key : candidates) {
            try {
                if (jwt.verify(verifier(key))) {
                    return key.getKeyID();
                }
            } catch (JOSEException | RuntimeException e) {
                // A key that cannot verify this token (wrong curve, say) is simply not the signer.
            }
        }
        throw refuse(INVALID_SIGNATURE, "The token's signature does not verify with key " + SafeText.id(kid)
                + " of issuer " + SafeText.id(issuer.issuer()) + ".");
    }

    /** The keys that can verify {@code alg}; a fetched set was not checked when configured, so it is checked here. */
    private static List<JWK> usable(List<JWK> keys, JWSAlgorithm alg) {
        List<JWK> out = new ArrayList<>(keys.size());
        for (JWK key : keys) {
            if (KeyRules.fits(key, alg) && KeyRules.problem(key.toPublicJWK()) == null) {
                out.add(key.toPublicJWK());
            }
        }
        return out;
    }

    private List<JWK> fetch(String iss, String url, JWKSelector selector, String kid) {
        JWKSource<SecurityContext> source = remoteSources.get(sourceKey(iss, url));
        if (source == null) {
            return List.of(); // not allow-listed; unreachable, since the jku was checked before
        }
        try {
            return source.get(selector, null);
        } catch (RateLimitReachedException e) {
            // The set was fetched moments ago and lacks the kid; fetching again now would let forged
            // kids hammer the client's server.
            return List.of();
        } catch (KeySourceException | RuntimeException e) {
            throw new CdsAuthenticationException(KEYS_UNAVAILABLE, "The JWK Set of issuer " + SafeText.id(iss)
                    + " at an allow-listed jku could not be fetched; key " + SafeText.id(kid) + " cannot be checked.", e);
        }
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            return new ECDSAVerifier(ec.toECPublicKey());
        }
        if (key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa.toRSAPublicKey());
        }
        throw new JOSEException("not an EC or RSA key");
    }

    /** Checks exp, iat, nbf and the age; returns exp. */
    private Instant checkTimes(JWTClaimsSet claims, Instant now) {
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null) {
            throw refuse(MISSING_CLAIM, "The token has no exp claim.");
        }
        if (iat == null) {
            throw refuse(MISSING_CLAIM, "The token has no iat claim.");
        }
        Instant expiresAt = exp.toInstant();
        Instant issuedAt = iat.toInstant();
        if (!now.isBefore(expiresAt.plus(clockSkew))) {
            throw refuse(EXPIRED, "The token has expired.");
        }
        if (issuedAt.isAfter(now.plus(clockSkew))) {
            throw refuse(ISSUED_IN_FUTURE, "The token's iat lies in the future by more than "
                    + clockSkew.toSeconds() + " s; check the client's clock.");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().isAfter(now.plus(clockSkew))) {
            throw refuse(NOT_YET_VALID, "The token's nbf lies in the future.");
        }
        if (issuedAt.plus(maxTokenAge).plus(clockSkew).isBefore(now)) {
            throw refuse(TOO_OLD, "The token was issued more than " + maxTokenAge.toSeconds()
                    + " s ago; CDS Clients sign a fresh token for every call.");
        }
        return expiresAt;
    }

    private void remember(String iss, String jti, Instant expiresAt, Instant issuedAt, Instant now) {
        // After this moment the token fails the exp or age check anyway, so its jti may be forgotten.
        Instant lastValid = expiresAt.isBefore(issuedAt.plus(maxTokenAge)) ? expiresAt : issuedAt.plus(maxTokenAge);
        long forgetAt = lastValid.plus(clockSkew).toEpochMilli() + 1;
        switch (replayCache.remember(sourceKey(iss, jti), forgetAt, now.toEpochMilli())) {
            case FRESH:
                return;
            case REPLAYED:
                throw refuse(REPLAYED, "The token's jti " + SafeText.id(jti) + " of issuer " + SafeText.id(iss)
                        + " was used before; CDS Clients sign a fresh token for every call.");
            case FULL:
            default:
                throw refuse(REPLAY_CACHE_FULL, "The service remembers as many unexpired tokens as it may; "
                        + "try again when some have expired (raise the replay cache size if this recurs).");
        }
    }

    int replayCacheSize() {
        return replayCache.size(clock.millis());
    }

    private static String sourceKey(String iss, String second) {
        return iss + '\n' + second;
    }

    private static CdsAuthenticationException refuse(CdsAuthenticationException.Reason reason, String message) {
        return new CdsAuthenticationException(reason, message);
    }

    private static JWKSource<SecurityContext> remoteSource(URI jku, Builder b) {
        URL url;
        try {
            url = jku.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("jku is not a URL: " + SafeText.id(jku.toString()), e);
        }
        NoRedirectRetriever retriever = new NoRedirectRetriever(
                (int) b.jwksConnectTimeout.toMillis(), (int) b.jwksReadTimeout.toMillis(), JWKS_SIZE_LIMIT_BYTES);
        long ttl = b.jwksCacheTtl.toMillis();
        long fetchTime = b.jwksConnectTimeout.plus(b.jwksReadTimeout).toMillis();
        return JWKSourceBuilder.<SecurityContext>create(url, retriever)
                .cache(ttl, fetchTime + 1000)
                .refreshAheadCache(false)
                // nimbus allows two fetches per interval: the due one and one for a rotated key (an unknown kid).
                .rateLimited(Math.min(JWKSourceBuilder.DEFAULT_RATE_LIMIT_MIN_INTERVAL, ttl / 2))
                .retrying(false)
                .outageTolerant(false)
                .build();
    }

    /**
     * Fetches a JWK Set without following redirects: an allow-listed URL must not hand the choice of
     * keys to another address.
     */
    private static final class NoRedirectRetriever extends DefaultResourceRetriever {
        NoRedirectRetriever(int connectTimeoutMillis, int readTimeoutMillis, int sizeLimitBytes) {
            super(connectTimeoutMillis, readTimeoutMillis, sizeLimitBytes);
        }

        @Override
        protected HttpURLConnection openHTTPConnection(URL url) throws IOException {
            HttpURLConnection connection = super.openHTTPConnection(url);
            connection.setInstanceFollowRedirects(false);
            return connection;
        }
    }

    /** Configures a {@link CdsAuthenticator}; not thread-safe, {@link #build()} gives the immutable result. */
    public static final class Builder {
        private final TrustedIssuers issuers;
        private Clock clock = Clock.systemUTC();
        private Duration clockSkew = DEFAULT_CLOCK_SKEW;
        private Duration maxTokenAge = DEFAULT_MAX_TOKEN_AGE;
        private int replayCacheSize = DEFAULT_REPLAY_CACHE_SIZE;
        private Duration jwksCacheTtl = DEFAULT_JWKS_CACHE_TTL;
        private Duration jwksConnectTimeout = DEFAULT_JWKS_TIMEOUT;
        private Duration jwksReadTimeout = DEFAULT_JWKS_TIMEOUT;

        private Builder(TrustedIssuers issuers) {
            this.issuers = Objects.requireNonNull(issuers, "issuers");
        }

        /** The clock for exp, iat, nbf and the replay cache; tests inject a fixed one. Default: UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How far the client's clock may differ from ours, 0 to 5 minutes. Default 60 s. */
        public Builder clockSkew(Duration clockSkew) {
            this.clockSkew = within("clockSkew", clockSkew, Duration.ZERO, Duration.ofMinutes(5));
            return this;
        }

        /** How old a token ({@code iat}) may be, 1 s to 1 hour. Default 5 minutes. */
        public Builder maxTokenAge(Duration maxTokenAge) {
            this.maxTokenAge = within("maxTokenAge", maxTokenAge, Duration.ofSeconds(1), Duration.ofHours(1));
            return this;
        }

        /**
         * How many unexpired {@code jti}s are remembered, at least 1. Default 100,000. When that many
         * are remembered, new tokens are refused (503) until some expire: evicting one instead would
         * let its token be replayed.
         */
        public Builder replayCacheSize(int replayCacheSize) {
            if (replayCacheSize < 1) {
                throw new IllegalArgumentException("replayCacheSize must be at least 1: " + replayCacheSize);
            }
            this.replayCacheSize = replayCacheSize;
            return this;
        }

        /** How long a fetched JWK Set is used, 10 s to 1 day. Default 5 minutes. */
        public Builder jwksCacheTtl(Duration jwksCacheTtl) {
            this.jwksCacheTtl = within("jwksCacheTtl", jwksCacheTtl, Duration.ofSeconds(10), Duration.ofDays(1));
            return this;
        }

        /** Connect timeout for fetching a JWK Set, 10 ms to 30 s. Default 1 s. */
        public Builder jwksConnectTimeout(Duration timeout) {
            this.jwksConnectTimeout = within("jwksConnectTimeout", timeout, Duration.ofMillis(10), Duration.ofSeconds(30));
            return this;
        }

        /** Read timeout for fetching a JWK Set, 10 ms to 30 s. Default 1 s. */
        public Builder jwksReadTimeout(Duration timeout) {
            this.jwksReadTimeout = within("jwksReadTimeout", timeout, Duration.ofMillis(10), Duration.ofSeconds(30));
            return this;
        }

        /** The immutable authenticator; builds one cached JWK source per allow-listed jku (nothing is fetched yet). */
        public CdsAuthenticator build() {
            return new CdsAuthenticator(this);
        }

        private static Duration within(String name, Duration value, Duration min, Duration max) {
            Objects.requireNonNull(value, name);
            if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ": " + value);
            }
            return value;
        }
    }
}
