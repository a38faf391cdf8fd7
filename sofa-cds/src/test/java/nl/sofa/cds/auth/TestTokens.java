package nl.sofa.cds.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Mints CDS Hooks JWTs for the tests, the way a CDS Client does. */
final class TestTokens {
    static final String ISSUER = "https://ecd.example.org";
    static final String AUDIENCE = "https://sofa.example.org/cds-services/sofa-patient-view";

    private TestTokens() {
    }

    /** The claims a well-behaved client sends at {@code now}: valid for 5 minutes, a fresh jti. */
    static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("tenant", "zorggroep-noord");
    }

    static JWSHeader.Builder header(JWSAlgorithm alg, JWK key) {
        return new JWSHeader.Builder(alg).type(JOSEObjectType.JWT).keyID(key.getKeyID());
    }

    static String sign(JWK key, JWSAlgorithm alg, JWTClaimsSet claims) {
        return sign(key, header(alg, key).build(), claims.toString());
    }

    static String sign(JWK key, JWSAlgorithm alg, JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
        return sign(key, header.apply(header(alg, key)).build(), claims.toString());
    }

    /** Signs any payload text, also one that is not a valid claims set. */
    static String sign(JWK key, JWSHeader header, String payload) {
        try {
            JWSObject jws = new JWSObject(header, new Payload(payload));
            jws.sign(signer(key));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static JWSSigner signer(JWK key) throws JOSEException {
        if (key instanceof ECKey ec) {
            return new ECDSASigner(ec);
        }
        return new RSASSASigner((RSAKey) key);
    }
}
