package nl.sofa.cds.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A CDS Client SOFA trusts: its {@code iss} and where its public keys are. A value that exists is
 * valid: {@code keys} holds only public EC or RSA signature keys, each with a unique {@code kid};
 * {@code jkuAllowList} holds only absolute {@code https} URLs (or {@code http} on a loopback
 * address, for development and tests); there is at least one key or one URL.
 *
 * <p>A token of this issuer is verified with a key from {@code keys}, or else from the JWK Set at
 * one of the allow-listed URLs. A token whose header names a {@code jku} outside the list is refused
 * without fetching it.
 *
 * @param issuer the exact {@code iss} value of the client's tokens
 * @param keys the public keys exchanged out of band; may be empty when {@code jkuAllowList} is not
 * @param jkuAllowList the JWK Set URLs this issuer may name in a token's {@code jku}, compared as
 *     exact strings
 */
public record TrustedIssuer(String issuer, JWKSet keys, List<URI> jkuAllowList) {

    /** Checks the issuer, the keys and the URLs; throws {@link IllegalArgumentException} naming the bad one. */
    public TrustedIssuer {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(jkuAllowList, "jkuAllowList");
        if (issuer.isBlank()) {
            throw new IllegalArgumentException("issuer must not be blank");
        }
        Set<String> kids = new HashSet<>();
        List<JWK> list = keys.getKeys();
        for (int i = 0; i < list.size(); i++) {
            JWK key = list.get(i);
            String problem = KeyRules.problem(key);
            if (problem != null) {
                throw new IllegalArgumentException("key " + i + " " + problem);
            }
            if (key.getKeyID() == null || key.getKeyID().isBlank()) {
                throw new IllegalArgumentException("key " + i + " has no kid; tokens name their key by kid");
            }
            if (!kids.add(key.getKeyID())) {
                throw new IllegalArgumentException("key " + i + " repeats kid " + SafeText.id(key.getKeyID())
                        + "; a kid must be unique within the issuer's keys");
            }
        }
        // Copy the list: JWKSet only wraps the list it is given.
        keys = new JWKSet(List.copyOf(list));
        jkuAllowList = List.copyOf(jkuAllowList);
        Set<URI> seen = new HashSet<>();
        for (int i = 0; i < jkuAllowList.size(); i++) {
            String problem = jkuProblem(jkuAllowList.get(i));
            if (problem != null) {
                throw new IllegalArgumentException("jku " + i + " " + problem);
            }
            if (!seen.add(jkuAllowList.get(i))) {
                throw new IllegalArgumentException("jku " + i + " is listed twice");
            }
        }
        if (list.isEmpty() && jkuAllowList.isEmpty()) {
            throw new IllegalArgumentException("has no keys and no jku; give at least one of them");
        }
    }

    /** Whether a token's header {@code jku} is in this issuer's allow list (exact match). */
    boolean allowsJku(String jku) {
        for (URI allowed : jkuAllowList) {
            if (allowed.toString().equals(jku)) {
                return true;
            }
        }
        return false;
    }

    static @Nullable String jkuProblem(URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            return "must be an absolute http(s) URL with a host";
        }
        if (uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            return "must not have a fragment or user info";
        }
        String scheme = uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http") && isLoopback(uri.getHost())) {
            return null;
        }
        return "must use https (http only on a loopback address, for development)";
    }

    private static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        // Only literal addresses: resolving a name here would make a lookup for every configured URL.
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
