package nl.sofa.cds.auth;

import java.util.Objects;
import java.util.Optional;
import nl.sofa.cds.CdsException;
import org.jspecify.annotations.Nullable;

/**
 * A call whose {@code Authorization} header does not prove a trusted CDS Client. The status is 401
 * for every problem with the token and 503 for the two cases where the service, not the token, is at
 * fault ({@link Reason#REPLAY_CACHE_FULL}, {@link Reason#KEYS_UNAVAILABLE}); the client may retry
 * those later with a fresh token.
 *
 * <p>The message says what was wrong and may name the token's {@code iss}, {@code kid} and
 * {@code jti} (made safe to log: other characters replaced, cut at 100 characters); it never holds
 * the token or any other claim. A refused token carries no cause, so a logged stack trace cannot
 * show it either; only {@link Reason#KEYS_UNAVAILABLE} keeps the network failure as its cause.
 */
public final class CdsAuthenticationException extends CdsException {
    private static final long serialVersionUID = 1L;

    /** Why a call was refused; {@link #code()} is the stable code a host returns in its JSON error. */
    public enum Reason {
        /** No {@code Authorization} header, or an empty one. */
        MISSING_TOKEN(401, "missing-token"),
        /** The header uses another scheme than {@code Bearer}, e.g. {@code Basic}. */
        NOT_BEARER(401, "not-bearer"),
        /** Not a JWT: not three base64url parts, no JSON header or payload, a claim of the wrong type, too long. */
        MALFORMED_TOKEN(401, "malformed-token"),
        /** Unsigned ({@code none}), encrypted, HMAC-signed or signed with an algorithm not allowed. */
        DISALLOWED_ALGORITHM(401, "disallowed-algorithm"),
        /** The header's {@code typ} is present and not {@code JWT}. */
        WRONG_TYPE(401, "wrong-type"),
        /** A required header field ({@code kid}) or claim ({@code iss}, {@code aud}, {@code exp}, {@code iat}, {@code jti}) is absent. */
        MISSING_CLAIM(401, "missing-claim"),
        /** The {@code iss} is not in the trusted issuers. */
        UNTRUSTED_ISSUER(401, "untrusted-issuer"),
        /** The header names a {@code jku} that is not in the issuer's allow list; it was not fetched. */
        UNTRUSTED_JKU(401, "untrusted-jku"),
        /** No trusted key of the issuer has the header's {@code kid} (and fits its {@code alg}). */
        UNKNOWN_KEY(401, "unknown-key"),
        /** The signature does not verify with the issuer's key. */
        INVALID_SIGNATURE(401, "invalid-signature"),
        /** The {@code aud} does not hold the URL of the service that was called. */
        WRONG_AUDIENCE(401, "wrong-audience"),
        /** The {@code exp} has passed (beyond the allowed clock skew). */
        EXPIRED(401, "expired"),
        /** The {@code iat} lies in the future (beyond the allowed clock skew). */
        ISSUED_IN_FUTURE(401, "issued-in-future"),
        /** The {@code nbf} lies in the future (beyond the allowed clock skew). */
        NOT_YET_VALID(401, "not-yet-valid"),
        /** The {@code iat} is older than the maximum token age. */
        TOO_OLD(401, "too-old"),
        /** The issuer's {@code jti} was used before, within the token's lifetime. */
        REPLAYED(401, "replayed"),
        /** The replay cache holds as many unexpired {@code jti}s as allowed; new tokens wait until some expire. */
        REPLAY_CACHE_FULL(503, "replay-cache-full"),
        /** The allow-listed {@code jku} could not be fetched (network, timeout, HTTP error, not a JWK Set). */
        KEYS_UNAVAILABLE(503, "keys-unavailable");

        private final int status;
        private final String code;

        Reason(int status, String code) {
            this.status = status;
            this.code = code;
        }

        /** The HTTP status: 401, or 503 when the service is at fault. */
        public int status() {
            return status;
        }

        /** The stable, lower-case error code, e.g. {@code expired}. */
        public String code() {
            return code;
        }
    }

    private final Reason reason;

    /**
     * @param reason why the call is refused; gives the status and code
     * @param message what was wrong, without the token or claims other than iss, kid and jti
     */
    public CdsAuthenticationException(Reason reason, String message) {
        this(reason, message, null);
    }

    CdsAuthenticationException(Reason reason, String message, @Nullable Throwable cause) {
        super(Objects.requireNonNull(reason, "reason").status(), reason.code(), message, cause);
        this.reason = reason;
    }

    /** Why the call was refused. */
    public Reason reason() {
        return reason;
    }

    /**
     * The {@code WWW-Authenticate} header a host should send with the 401 (RFC 6750 section 3):
     * {@code Bearer} when no bearer token was given, {@code Bearer error="invalid_token"} when one
     * was refused; empty for the 503 reasons.
     */
    public Optional<String> wwwAuthenticate() {
        if (reason.status() != 401) {
            return Optional.empty();
        }
        if (reason == Reason.MISSING_TOKEN || reason == Reason.NOT_BEARER) {
            return Optional.of("Bearer");
        }
        return Optional.of("Bearer error=\"invalid_token\"");
    }
}
