package nl.sofa.cds.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedIssuersTest {
    private static ECKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeKey() throws Exception {
        key = new ECKeyGenerator(Curve.P_384).keyID("ecd-2026").generate();
    }

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TrustedIssuersTest.class.getResource("/auth/" + name).toURI());
    }

    // --- files that are read ----------------------------------------------------------------------

    @Test
    void readsInlineKeysAKeyFileRelativeToTheFileAndJkuUrls() throws Exception {
        write("keys/other.jwks.json", publicJwks());
        Path file = write("trusted-issuers.json", """
                {"issuers": [
                  {"iss": "https://ecd.example.org", "jwks": %s},
                  {"iss": "https://other-ecd.example.org", "jwksFile": "keys/other.jwks.json",
                   "jku": ["https://other-ecd.example.org/.well-known/jwks.json", "http://127.0.0.1:8081/jwks.json"]},
                  {"iss": "https://third.example.org", "jku": ["https://third.example.org/jwks"]}
                ]}""".formatted(publicJwks()));

        TrustedIssuers issuers = TrustedIssuers.read(file);

        assertThat(issuers.issuers()).extracting(TrustedIssuer::issuer)
                .containsExactly("https://ecd.example.org", "https://other-ecd.example.org", "https://third.example.org");
        assertThat(issuers.find("https://ecd.example.org").orElseThrow().keys().getKeyByKeyId("ecd-2026"))
                .isEqualTo(key.toPublicJWK());
        TrustedIssuer other = issuers.find("https://other-ecd.example.org").orElseThrow();
        assertThat(other.keys().getKeys()).hasSize(1);
        assertThat(other.jkuAllowList()).containsExactly(
                URI.create("https://other-ecd.example.org/.well-known/jwks.json"), URI.create("http://127.0.0.1:8081/jwks.json"));
        assertThat(issuers.find("https://third.example.org").orElseThrow().keys().getKeys()).isEmpty();
        assertThat(issuers.find("https://unknown.example.org")).isEmpty();
    }

    @Test
    void theSandboxExampleFileTrustsTheSandboxPublicKey() throws Exception {
        TrustedIssuers issuers = TrustedIssuers.read(resource("sandbox-trusted-issuers.json"));

        TrustedIssuer sandbox = issuers.find("https://sandbox.cds-hooks.org").orElseThrow();
        ECKey sandboxKey = (ECKey) sandbox.keys().getKeyByKeyId("44823f3d-0b01-4a6c-a80e-b9d3e8a7226f");
        assertThat(sandboxKey.getCurve()).isEqualTo(Curve.P_384);
        assertThat(sandboxKey.isPrivate()).isFalse();
        assertThat(sandbox.allowsJku("https://sandbox.cds-hooks.org/.well-known/jwks.json")).isTrue();
    }

    // --- files that are refused, each naming the file and the JSON path ---------------------------

    @Test
    void aFileThatDoesNotExistIsNamed() {
        Path missing = dir.resolve("nope.json");

        TrustedIssuersException e = refused(missing, "$", "does not exist");

        assertThat(e.file()).isEqualTo(missing);
    }

    @Test
    void malformedJsonGivesTheLineButNotTheText() throws Exception {
        Path file = write("t.json", "{\"issuers\": [\n  {\"iss\": \"https://ecd.example.org\", \"jwks\": SECRET-LOOKING-TEXT}\n]}");

        TrustedIssuersException e = refused(file, "$", "not well-formed JSON (line 2");

        assertThat(e.getMessage()).doesNotContain("SECRET");
    }

    @Test
    void aRepeatedFieldNameIsRefused() throws Exception {
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"a\", \"iss\": \"b\", \"jku\": [\"https://a.example/j\"]}]}");

        refused(file, "$", "repeats a field name");
    }

    @Test
    void theRootMustHoldANonEmptyIssuersArray() throws Exception {
        refused(write("a.json", "[]"), "$", "JSON object");
        refused(write("b.json", "{}"), "$.issuers", "array");
        refused(write("c.json", "{\"issuers\": []}"), "$.issuers", "lists no issuer");
        refused(write("d.json", "{\"issuers\": [], \"comment\": 1}"), "$", "unknown field \"comment\"");
    }

    @Test
    void anUnknownFieldIsRefusedSoThatATypoCannotDropKeys() throws Exception {
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://ecd.example.org\", \"jwksfile\": \"k.json\"}]}");

        refused(file, "$.issuers[0]", "unknown field \"jwksfile\"");
    }

    @Test
    void anIssuerNeedsAnIss() throws Exception {
        refused(write("t.json", "{\"issuers\": [{\"jku\": [\"https://a.example/j\"]}]}"), "$.issuers[0].iss", "non-blank string");
    }

    @Test
    void anIssuerMayNotBeListedTwice() throws Exception {
        Path file = write("t.json", """
                {"issuers": [{"iss": "https://a.example", "jku": ["https://a.example/j"]},
                             {"iss": "https://a.example", "jku": ["https://a.example/k"]}]}""");

        refused(file, "$.issuers[1].iss", "repeats the iss of $.issuers[0]");
    }

    @Test
    void anIssuerNeedsKeysOrAJku() throws Exception {
        refused(write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\"}]}"), "$.issuers[0]", "no keys and no jku");
        refused(write("u.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": {\"keys\": []}}]}"),
                "$.issuers[0]", "no keys and no jku");
    }

    @Test
    void inlineKeysAndAKeyFileTogetherAreRefused() throws Exception {
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s, \"jwksFile\": \"k.json\"}]}"
                .formatted(publicJwks()));

        refused(file, "$.issuers[0]", "both \"jwks\" and \"jwksFile\"");
    }

    @Test
    void aPrivateKeyIsRefusedWithoutRepeatingIt() throws Exception {
        String privateJwks = new JWKSet(key).toString(false);
        assertThat(privateJwks).contains("\"d\"");
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}".formatted(privateJwks));

        TrustedIssuersException e = refused(file, "$.issuers[0].jwks.keys[0]", "private key");

        assertThat(e.getMessage()).doesNotContain(key.getD().toString());
    }

    @Test
    void aPrivateKeyInAKeyFileIsRefusedNamingThatFile() throws Exception {
        Path keys = write("keys/ecd.jwks.json", new JWKSet(key).toString(false));
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwksFile\": \"keys/ecd.jwks.json\"}]}");

        TrustedIssuersException e = catchThrowableOfType(() -> TrustedIssuers.read(file), TrustedIssuersException.class);

        assertThat(e.file()).isEqualTo(keys.toAbsolutePath());
        assertThat(e.jsonPath()).isEqualTo("$.keys[0]");
        assertThat(e.problem()).contains("private key").contains("$.issuers[0].jwksFile").contains(file.toString());
        assertThat(e.getMessage()).doesNotContain(key.getD().toString());
    }

    @Test
    void aMissingKeyFileIsNamed() throws Exception {
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwksFile\": \"keys/none.json\"}]}");

        TrustedIssuersException e = catchThrowableOfType(() -> TrustedIssuers.read(file), TrustedIssuersException.class);

        assertThat(e.file()).isEqualTo(dir.resolve("keys/none.json").toAbsolutePath());
        assertThat(e.problem()).isEqualTo("does not exist");
    }

    @Test
    void anHmacSecretIsRefused() throws Exception {
        String secret = new JWKSet(new OctetSequenceKeyGenerator(256).keyID("shared").generate()).toString(false);
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}".formatted(secret));

        refused(file, "$.issuers[0].jwks.keys[0]", "symmetric key");
    }

    @Test
    void aShortRsaKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAKey weak = new RSAKey.Builder((RSAPublicKey) generator.generateKeyPair().getPublic()).keyID("weak").build();
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}"
                .formatted(new JWKSet(weak).toString()));

        refused(file, "$.issuers[0].jwks.keys[0]", "1024 bits");
    }

    @Test
    void keysNeedAUniqueKid() throws Exception {
        ECKey noKid = new ECKey.Builder(key.toPublicJWK()).keyID(null).build();
        refused(write("a.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}"
                .formatted(new JWKSet(noKid).toString())), "$.issuers[0].jwks.keys[0]", "no kid");
        refused(write("b.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}"
                .formatted(new JWKSet(List.of(key.toPublicJWK(), key.toPublicJWK())).toString())),
                "$.issuers[0].jwks.keys[1]", "repeats the kid of $.issuers[0].jwks.keys[0]");
    }

    @Test
    void anEncryptionKeyIsRefused() throws Exception {
        ECKey enc = new ECKey.Builder(key.toPublicJWK()).keyUse(com.nimbusds.jose.jwk.KeyUse.ENCRYPTION).build();
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}"
                .formatted(new JWKSet(enc).toString()));

        refused(file, "$.issuers[0].jwks.keys[0]", "use \"enc\"");
    }

    @Test
    void aPointOffTheCurveIsRefused() throws Exception {
        String x = key.getX().toString();
        String offCurve = "{\"keys\": [{\"kty\": \"EC\", \"crv\": \"P-384\", \"kid\": \"k\", \"x\": \"%s\", \"y\": \"%s\"}]}"
                .formatted(x, x);
        Path file = write("t.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jwks\": %s}]}".formatted(offCurve));

        refused(file, "$.issuers[0].jwks.keys[0]", "not a valid JWK");
    }

    @Test
    void jkuUrlsMustBeHttpsExceptOnLoopback() throws Exception {
        refused(write("a.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jku\": [\"http://a.example/jwks\"]}]}"),
                "$.issuers[0].jku[0]", "must use https");
        refused(write("b.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jku\": [\"https://a.example/j\", \"/jwks\"]}]}"),
                "$.issuers[0].jku[1]", "absolute");
        refused(write("c.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jku\": \"https://a.example/j\"}]}"),
                "$.issuers[0].jku", "array");
        refused(write("d.json", "{\"issuers\": [{\"iss\": \"https://a.example\", \"jku\": [\"https://a.example/j#k\"]}]}"),
                "$.issuers[0].jku[0]", "fragment");
    }

    // --- issuers built in code --------------------------------------------------------------------

    @Test
    void anIssuerBuiltInCodeIsCheckedToo() {
        assertThatThrownBy(() -> new TrustedIssuer("https://a.example", new JWKSet(key), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key 0 holds a private key");
        assertThatThrownBy(() -> new TrustedIssuer("https://a.example", new JWKSet(), List.of()))
                .hasMessageContaining("no keys and no jku");
        assertThatThrownBy(() -> new TrustedIssuer(" ", new JWKSet(key.toPublicJWK()), List.of()))
                .hasMessageContaining("blank");
        TrustedIssuer issuer = new TrustedIssuer("https://a.example", new JWKSet(key.toPublicJWK()), List.of());
        assertThatThrownBy(() -> TrustedIssuers.of(List.of(issuer, issuer))).hasMessageContaining("listed twice");
    }

    private static TrustedIssuersException refused(Path file, String jsonPath, String problem) {
        TrustedIssuersException e = catchThrowableOfType(() -> TrustedIssuers.read(file), TrustedIssuersException.class);
        assertThat(e).as("refused at %s", jsonPath).isNotNull();
        assertThat(e.jsonPath()).isEqualTo(jsonPath);
        assertThat(e.problem()).contains(problem);
        assertThat(e.getMessage()).startsWith(file + ": " + jsonPath + ": ");
        return e;
    }
}
