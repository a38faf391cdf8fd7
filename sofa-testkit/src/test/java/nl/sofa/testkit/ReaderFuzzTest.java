package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the reader: whatever the bytes, reading either gives a valid situation or throws the
 * documented {@link InvalidSituationException} with a path — never another exception, an error,
 * or a hang. At least 10,000 tries each (more with {@code -Dsofa.tries}).
 */
class ReaderFuzzTest {
    private static final int MIN_TRIES = 10_000;
    private static final SofaJson JSON = SofaJson.standard();
    private static final byte[][] TOKENS = tokens("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true",
            "false", "0", "-1", "1e400", "1E2", "36.0", "NaN", "\"id\"", "\"caregivers\"", "\"PROFESSIONAL\"",
            "\"phase\"", "\"ENDING\"", "\"hoursPerWeek\"", "\\u0000", "\\uD800", "\u00e9", "\uD83D\uDE00", "\n", " ");

    private static byte[][] tokens(String... tokens) {
        return Arrays.stream(tokens).map(t -> t.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }

    private static int tries() {
        return Math.max(MIN_TRIES, Property.forAll(Gen.constant(0)).effectiveTries());
    }

    /** The only two outcomes allowed. */
    private static void readsOrRefusesWithAPath(byte[] bytes) {
        Situation situation;
        try {
            situation = JSON.readSituation(bytes);
        } catch (InvalidSituationException e) {
            assertThat(e.path()).startsWith("$");
            assertThat(e.problem()).isNotBlank();
            return;
        }
        // accepted: it must be a valid situation that the library can write and read back
        assertThat(JSON.readSituation(JSON.writeSituation(situation))).isEqualTo(situation);
    }

    /** Random bytes, and random sequences of JSON-ish tokens. */
    private static final Gen<byte[]> ARBITRARY = (random, size) -> {
        if (random.nextBoolean()) {
            byte[] bytes = new byte[random.nextInt(4 * size + 1)];
            random.nextBytes(bytes);
            return bytes;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n = random.nextInt(2 * size + 1);
        for (int i = 0; i < n; i++) {
            out.writeBytes(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return out.toByteArray();
    };

    /** A valid document with one random byte-level mutation: delete, duplicate, replace, insert, truncate. */
    private static final Gen<byte[]> MUTATED = Situations.valid().flatMap(situation -> (random, size) -> {
        byte[] doc = JSON.writeSituation(situation).getBytes(StandardCharsets.UTF_8);
        return mutate(doc, random);
    });

    private static byte[] mutate(byte[] doc, Random random) {
        int at = random.nextInt(doc.length);
        int length = 1 + random.nextInt(Math.min(16, doc.length - at));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        switch (random.nextInt(5)) {
            case 0 -> { // delete a range
                out.write(doc, 0, at);
                out.write(doc, at + length, doc.length - at - length);
            }
            case 1 -> { // duplicate a range
                out.write(doc, 0, at + length);
                out.write(doc, at, doc.length - at);
            }
            case 2 -> { // replace a range with random bytes
                out.write(doc, 0, at);
                byte[] noise = new byte[length];
                random.nextBytes(noise);
                out.writeBytes(noise);
                out.write(doc, at + length, doc.length - at - length);
            }
            case 3 -> { // insert a token
                out.write(doc, 0, at);
                out.writeBytes(TOKENS[random.nextInt(TOKENS.length)]);
                out.write(doc, at, doc.length - at);
            }
            default -> out.write(doc, 0, at); // truncate
        }
        return out.toByteArray();
    }

    @Test
    void arbitraryBytesAreReadOrRefusedWithAPath() {
        Property.forAll(ARBITRARY.describedBy(b -> Arrays.toString(b))).tries(tries())
                .check(ReaderFuzzTest::readsOrRefusesWithAPath);
    }

    @Test
    void mutatedValidDocumentsAreReadOrRefusedWithAPath() {
        Property.forAll(MUTATED.describedBy(b -> new String(b, StandardCharsets.UTF_8))).tries(tries())
                .check(ReaderFuzzTest::readsOrRefusesWithAPath);
    }

    @Test
    void structurallyBrokenDocumentsAreRefusedWithAPath() {
        // the kit's broken documents: a field deleted, duplicated, retyped, out of range, truncated...
        Property.forAll(Documents.broken()).tries(tries()).check(doc -> {
            try {
                JSON.readSituation(doc.bytes());
                throw new AssertionError("accepted a broken document: " + doc.description());
            } catch (InvalidSituationException e) {
                assertThat(e.path()).startsWith("$");
            }
        });
    }
}
