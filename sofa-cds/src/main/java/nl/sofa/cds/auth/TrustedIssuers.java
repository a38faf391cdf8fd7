package nl.sofa.cds.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CDS Clients SOFA trusts, by {@code iss}. Immutable and thread-safe.
 *
 * <p>{@link #read(Path)} reads them from a JSON file (sofa-server's {@code --trusted-issuers}):
 *
 * <pre>{@code
 * {
 *   "issuers": [
 *     { "iss": "https://ecd.example.org",
 *       "jwks": { "keys": [ { "kty": "EC", "crv": "P-384", "kid": "ecd-2026", "x": "…", "y": "…" } ] } },
 *     { "iss": "https://other-ecd.example.org",
 *       "jwksFile": "keys/other-ecd.jwks.json",
 *       "jku": [ "https://other-ecd.example.org/.well-known/jwks.json" ] }
 *   ]
 * }
 * }</pre>
 *
 * <p>Each issuer has {@code iss} and at least one of: {@code jwks} (an inline JWK Set) or
 * {@code jwksFile} (a JWK Set file, relative to this file's folder), and {@code jku} (the JWK Set
 * URLs its tokens may name). Keys must be public EC (P-256, P-384, P-521) or RSA (2048 bits or more)
 * signature keys, each with a unique {@code kid}; a private or secret key is refused. Unknown fields
 * are refused too, so a misspelt {@code "jwksfile"} cannot silently leave an issuer without keys.
 */
public final class TrustedIssuers {
    /** Larger files are refused; a file of public keys for a few dozen clients is a few tens of KiB. */
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> ISSUER_FIELDS = Set.of("iss", "jwks", "jwksFile", "jku");

    private final Map<String, TrustedIssuer> byIssuer;

    private TrustedIssuers(Map<String, TrustedIssuer> byIssuer) {
        this.byIssuer = byIssuer;
    }

    /**
     * The given issuers.
     *
     * @throws IllegalArgumentException when two have the same {@code iss}
     */
    public static TrustedIssuers of(Collection<TrustedIssuer> issuers) {
        Map<String, TrustedIssuer> map = new LinkedHashMap<>();
        for (TrustedIssuer issuer : issuers) {
            if (map.putIfAbsent(issuer.issuer(), issuer) != null) {
                throw new IllegalArgumentException("issuer " + SafeText.id(issuer.issuer()) + " is listed twice");
            }
        }
        return new TrustedIssuers(java.util.Collections.unmodifiableMap(map));
    }

    /**
     * Reads a trusted-issuers file (format above).
     *
     * @param file the JSON file
     * @return the issuers it lists, at least one
     * @throws TrustedIssuersException naming the file and JSON path of the first problem
     */
    public static TrustedIssuers read(Path file) {
        JsonNode root = readJson(file);
        if (!root.isObject()) {
            throw new TrustedIssuersException(file, "$", "must be a JSON object with an \"issuers\" array");
        }
        onlyFields(file, "$", root, Set.of("issuers"));
        JsonNode issuers = root.get("issuers");
        if (issuers == null || !issuers.isArray()) {
            throw new TrustedIssuersException(file, "$.issuers", "must be an array of issuers");
        }
        if (issuers.isEmpty()) {
            throw new TrustedIssuersException(file, "$.issuers",
                    "lists no issuer; with none every call would be refused");
        }
        Map<String, TrustedIssuer> map = new LinkedHashMap<>();
        Map<String, Integer> indexOf = new LinkedHashMap<>();
        for (int i = 0; i < issuers.size(); i++) {
            String path = "$.issuers[" + i + "]";
            TrustedIssuer issuer = readIssuer(file, path, issuers.get(i));
            Integer first = indexOf.putIfAbsent(issuer.issuer(), i);
            if (first != null) {
                throw new TrustedIssuersException(file, path + ".iss", "repeats the iss of $.issuers[" + first + "]");
            }
            map.put(issuer.issuer(), issuer);
        }
        return new TrustedIssuers(java.util.Collections.unmodifiableMap(map));
    }

    /** The issuer with this exact {@code iss}, if trusted. */
    public Optional<TrustedIssuer> find(String iss) {
        return Optional.ofNullable(byIssuer.get(iss));
    }

    /** All trusted issuers, in the order given. */
    public List<TrustedIssuer> issuers() {
        return List.copyOf(byIssuer.values());
    }

    private static TrustedIssuer readIssuer(Path file, String path, JsonNode node) {
        if (!node.isObject()) {
            throw new TrustedIssuersException(file, path, "must be an object with \"iss\"");
        }
        onlyFields(file, path, node, ISSUER_FIELDS);
        JsonNode iss = node.get("iss");
        if (iss == null || !iss.isTextual() || iss.asText().isBlank()) {
            throw new TrustedIssuersException(file, path + ".iss", "must be the issuer's iss, a non-blank string");
        }
        JsonNode jwks = node.get("jwks");
        JsonNode jwksFile = node.get("jwksFile");
        if (jwks != null && jwksFile != null) {
            throw new TrustedIssuersException(file, path, "has both \"jwks\" and \"jwksFile\"; give one of them");
        }
        List<JWK> keys = List.of();
        if (jwks != null) {
            keys = readKeySet(file, path + ".jwks", jwks, "");
        } else if (jwksFile != null) {
            if (!jwksFile.isTextual() || jwksFile.asText().isBlank()) {
                throw new TrustedIssuersException(file, path + ".jwksFile", "must be a file path, a non-blank string");
            }
            Path keyFile = resolve(file, path + ".jwksFile", jwksFile.asText());
            keys = readKeySet(keyFile, "$", readJson(keyFile), " (the JWK Set file named at " + path + ".jwksFile of " + file + ")");
        }
        List<URI> jku = new ArrayList<>();
        JsonNode jkuNode = node.get("jku");
        if (jkuNode != null) {
            if (!jkuNode.isArray()) {
                throw new TrustedIssuersException(file, path + ".jku", "must be an array of JWK Set URLs");
            }
            for (int k = 0; k < jkuNode.size(); k++) {
                String at = path + ".jku[" + k + "]";
                JsonNode url = jkuNode.get(k);
                if (!url.isTextual()) {
                    throw new TrustedIssuersException(file, at, "must be a URL string");
                }
                URI uri;
                try {
                    uri = new URI(url.asText());
                } catch (URISyntaxException e) {
                    throw new TrustedIssuersException(file, at, "is not a URI");
                }
                String problem = TrustedIssuer.jkuProblem(uri);
                if (problem != null) {
                    throw new TrustedIssuersException(file, at, problem);
                }
                if (jku.contains(uri)) {
                    throw new TrustedIssuersException(file, at, "repeats an earlier jku of this issuer");
                }
                jku.add(uri);
            }
        }
        if (keys.isEmpty() && jku.isEmpty()) {
            throw new TrustedIssuersException(file, path,
                    "has no keys and no jku; give \"jwks\" or \"jwksFile\", or \"jku\"");
        }
        try {
            return new TrustedIssuer(iss.asText(), new JWKSet(keys), jku);
        } catch (IllegalArgumentException e) {
            // Not expected: every rule of the record was checked above with a precise path.
            throw new TrustedIssuersException(file, path, e.getMessage());
        }
    }

    /** The keys of a JWK Set object at {@code path}; {@code where} is added to each problem. */
    private static List<JWK> readKeySet(Path file, String path, JsonNode set, String where) {
        if (!set.isObject() || set.get("keys") == null || !set.get("keys").isArray()) {
            throw new TrustedIssuersException(file, path, "must be a JWK Set: an object with a \"keys\" array" + where);
        }
        JsonNode keys = set.get("keys");
        List<JWK> out = new ArrayList<>();
        Map<String, Integer> kids = new LinkedHashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            String at = path + ".keys[" + k + "]";
            JsonNode node = keys.get(k);
            if (!node.isObject()) {
                throw new TrustedIssuersException(file, at, "must be a JWK object" + where);
            }
            // Checked on the JSON, before nimbus parses it, so that no parser message can quote key material.
            if ("oct".equals(node.path("kty").asText())) {
                throw new TrustedIssuersException(file, at,
                        "is a symmetric key (kty oct); HMAC is not allowed, list public EC or RSA keys" + where);
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (KeyRules.PRIVATE_MEMBERS.contains(name)) {
                    throw new TrustedIssuersException(file, at,
                            "holds a private key (member \"" + name + "\"); list public keys only" + where);
                }
            }
            JWK jwk;
            try {
                jwk = JWK.parse(node.toString());
            } catch (ParseException | RuntimeException e) {
                throw new TrustedIssuersException(file, at, "is not a valid JWK: " + e.getMessage() + where);
            }
            String problem = KeyRules.problem(jwk);
            if (problem != null) {
                throw new TrustedIssuersException(file, at, problem + where);
            }
            if (jwk.getKeyID() == null || jwk.getKeyID().isBlank()) {
                throw new TrustedIssuersException(file, at, "has no kid; tokens name their key by kid" + where);
            }
            Integer first = kids.putIfAbsent(jwk.getKeyID(), k);
            if (first != null) {
                throw new TrustedIssuersException(file, at, "repeats the kid of " + path + ".keys[" + first + "]" + where);
            }
            out.add(jwk);
        }
        return out;
    }

    private static Path resolve(Path file, String path, String name) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            return dir == null ? Path.of(name) : dir.resolve(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new TrustedIssuersException(file, path, "is not a valid file path");
        }
    }

    private static JsonNode readJson(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TrustedIssuersException(file, "$", "is larger than " + MAX_FILE_BYTES + " bytes");
            }
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            if (node == null || node.isMissingNode()) {
                throw new TrustedIssuersException(file, "$", "is empty; expected a JSON object");
            }
            return node;
        } catch (NoSuchFileException e) {
            throw new TrustedIssuersException(file, "$", "does not exist");
        } catch (JsonProcessingException e) {
            // Jackson's own message can quote the text near the error, which could be key material.
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            String what = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")
                    ? "repeats a field name" : "is not well-formed JSON";
            throw new TrustedIssuersException(file, "$", what + where);
        } catch (IOException e) {
            throw new TrustedIssuersException(file, "$", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static void onlyFields(Path file, String path, JsonNode node, Set<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new TrustedIssuersException(file, path,
                        "has an unknown field \"" + SafeText.id(name) + "\"; allowed are " + new java.util.TreeSet<>(allowed));
            }
        }
    }
}
