package nl.sofa.cds.auth;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The CDS Client a call came from, as its verified JWT says. Holds ids only; a host may log them.
 *
 * @param issuer the token's {@code iss}, one of the trusted issuers
 * @param keyId the {@code kid} of the key that verified the signature
 * @param tokenId the token's {@code jti}, now remembered as used until the token can no longer pass
 * @param tenant the optional {@code tenant} claim: the healthcare organisation calling, as the
 *     issuer names it; {@code null} when absent or not a string
 * @param issuedAt the token's {@code iat}
 * @param expiresAt the token's {@code exp}
 */
public record VerifiedCaller(
        String issuer, String keyId, String tokenId, @Nullable String tenant, Instant issuedAt, Instant expiresAt) {

    /** Checks that the required parts are present. */
    public VerifiedCaller {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
