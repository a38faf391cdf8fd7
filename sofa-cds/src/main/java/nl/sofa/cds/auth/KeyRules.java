package nl.sofa.cds.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyOperation;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Which algorithms and keys may verify a CDS Hooks JWT. */
final class KeyRules {
    /**
     * Asymmetric signatures only, as CDS Hooks requires ("SHALL NOT be signed using the none
     * algorithm" nor "any symmetric algorithm"); ES384 and RS384 are the spec's recommendation.
     */
    static final List<JWSAlgorithm> ALGORITHMS = List.of(
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512);

    /** NIST's and the spec's floor for RSA signatures; nimbus verifies shorter keys, so SOFA refuses them. */
    static final int MIN_RSA_BITS = 2048;

    private static final Set<Curve> CURVES = Set.of(Curve.P_256, Curve.P_384, Curve.P_521);

    /** JWK members that only a private or secret key has (RFC 7518 section 6). */
    static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

    private KeyRules() {
    }

    static boolean allowed(JWSAlgorithm alg) {
        return ALGORITHMS.contains(alg);
    }

    /**
     * Whether {@code key} can verify {@code alg}: an EC key on the algorithm's curve for ES*, an RSA
     * key for RS* and PS*. nimbus' header matcher checks the key type but not the curve.
     */
    static boolean fits(JWK key, JWSAlgorithm alg) {
        if (key instanceof ECKey ec) {
            Set<Curve> curves = Curve.forJWSAlgorithm(alg);
            return curves != null && curves.contains(ec.getCurve());
        }
        return key instanceof RSAKey && (JWSAlgorithm.Family.RSA.contains(alg));
    }

    /**
     * What makes {@code key} unfit to verify a CDS Hooks JWT, or {@code null} when it is fit: a
     * public EC key on P-256, P-384 or P-521, or a public RSA key of at least 2048 bits, for
     * signatures, with an allowed {@code alg} if it names one.
     */
    static @Nullable String problem(JWK key) {
        if (key instanceof ECKey ec) {
            if (!CURVES.contains(ec.getCurve())) {
                return "is an EC key on curve " + ec.getCurve() + "; allowed are P-256, P-384 and P-521";
            }
        } else if (key instanceof RSAKey rsa) {
            if (rsa.size() < MIN_RSA_BITS) {
                return "is an RSA key of " + rsa.size() + " bits; at least " + MIN_RSA_BITS + " are required";
            }
        } else {
            return "is a key of type " + key.getKeyType() + "; only public EC and RSA keys can verify the "
                    + "allowed algorithms (HMAC secrets and other types are refused)";
        }
        if (key.isPrivate()) {
            return "holds a private key; list public keys only";
        }
        if (key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            return "has use \"" + key.getKeyUse().identifier() + "\"; a key that verifies signatures has use \"sig\" or none";
        }
        if (key.getKeyOperations() != null && !key.getKeyOperations().contains(KeyOperation.VERIFY)) {
            return "has key_ops without \"verify\"";
        }
        if (key.getAlgorithm() != null && !allowed(JWSAlgorithm.parse(key.getAlgorithm().getName()))) {
            return "names alg " + SafeText.id(key.getAlgorithm().getName()) + "; allowed are " + ALGORITHMS;
        }
        return null;
    }
}
