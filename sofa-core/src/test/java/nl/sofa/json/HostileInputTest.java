package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import nl.sofa.situation.InvalidSituationException;
import org.junit.jupiter.api.Test;

/**
 * Input built to hurt: each is refused with the normal validation error, never an
 * OutOfMemoryError, a StackOverflowError or a hang. The limits are those of {@link ReadLimits}.
 */
class HostileInputTest {
    private static final ReadLimits DEFAULTS = ReadLimits.defaults();

    private static InvalidSituationException rejection(SofaJson json, byte[] doc) {
        InvalidSituationException e = catchThrowableOfType(InvalidSituationException.class, () -> json.readSituation(doc));
        assertThat(e).as("rejected with InvalidSituationException").isNotNull();
        return e;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String caregivers(int n) {
        StringBuilder doc = new StringBuilder("{\"schemaVersion\":1,\"id\":\"s\",\"phase\":\"DAILY\",\"client\":{\"id\":\"c\"},\"caregivers\":[");
        for (int i = 0; i < n; i++) {
            doc.append(i == 0 ? "" : ",").append("{\"id\":\"c").append(i)
                    .append("\",\"relationToClient\":\"CHILD\",\"hoursPerWeek\":1,\"monthsCaring\":1}");
        }
        return doc.append("]}").toString();
    }

    @Test
    void theDefaultsAreDocumentedValues() {
        assertThat(DEFAULTS).isEqualTo(new ReadLimits(4 * 1024 * 1024, 100, 1024, 2_000, 2_000, 10_000, 2_000));
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedBeforeParsing() {
        byte[] doc = utf8("{\"id\":\"" + "x".repeat(DEFAULTS.maxDocumentBytes()) + "\"}");
        InvalidSituationException e = rejection(SofaJson.standard(), doc);
        assertThat(e.path()).isEqualTo("$");
        assertThat(e.problem()).isEqualTo("the document is larger than 4194304 bytes");
    }

    @Test
    void aStreamIsReadOnlyUpToTheLimit() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                served[0] += len;
                return len;
            }
        };
        InvalidSituationException e = catchThrowableOfType(InvalidSituationException.class,
                () -> SofaJson.standard().readSituation(endless));
        assertThat(e.problem()).startsWith("the document is larger than");
        assertThat(served[0]).isEqualTo(DEFAULTS.maxDocumentBytes() + 1L);
    }

    @Test
    void aTenMegabyteStringIsRefusedAtItsPath() {
        SofaJson roomy = SofaJson.standard().withLimits(new ReadLimits(32 * 1024 * 1024, 100, 1024, 2_000, 2_000, 10_000, 1_000));
        byte[] doc = utf8("{\"schemaVersion\":1,\"id\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        InvalidSituationException e = rejection(roomy, doc);
        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.problem()).isEqualTo("a value is longer than 1024 characters");
        // and with the default limits the size check refuses it first
        assertThat(rejection(SofaJson.standard(), doc).problem()).startsWith("the document is larger than");
    }

    @Test
    void aLongFieldNameIsRefusedToo() {
        byte[] doc = utf8("{\"" + "k".repeat(5000) + "\":1}");
        assertThat(rejection(SofaJson.standard(), doc).problem()).isEqualTo("a value is longer than 1024 characters");
    }

    @Test
    void aHundredThousandCaregiversAreRefusedAtTheList() {
        SofaJson roomy = SofaJson.standard().withLimits(new ReadLimits(64 * 1024 * 1024, 100, 1024, 2_000, 2_000, 10_000, 1_000));
        InvalidSituationException e = rejection(roomy, utf8(caregivers(100_000)));
        assertThat(e.path()).isEqualTo("$.caregivers");
        assertThat(e.problem()).isEqualTo("the list has more than 2000 entries");
        assertThat(rejection(SofaJson.standard(), utf8(caregivers(100_000))).problem())
                .startsWith("the document is larger than");
    }

    @Test
    void twoThousandCaregiversAreStillFine() {
        assertThat(SofaJson.standard().readSituation(caregivers(2_000)).caregivers()).hasSize(2_000);
    }

    @Test
    void otherListsHaveTheirOwnLimit() {
        String signals = "[" + "\"TIME_PRESSURE\",".repeat(2_000) + "\"TIME_PRESSURE\"]";
        InvalidSituationException e = rejection(SofaJson.standard(), utf8(Documents.withRaw("$.caregivers[0].signals", signals)));
        assertThat(e.path()).isEqualTo("$.caregivers[0].signals");
        assertThat(e.problem()).isEqualTo("the list has more than 2000 entries");
    }

    @Test
    void aNumberWithManyDigitsIsRefused() {
        InvalidSituationException e = rejection(SofaJson.standard(),
                utf8(Documents.withRaw("$.caregivers[0].hoursPerWeek", "1" + "0".repeat(500))));
        assertThat(e.problem()).isEqualTo("a number has more than 100 digits");
        assertThat(e.path()).isEqualTo("$.caregivers[0].hoursPerWeek");
        InvalidSituationException huge = rejection(SofaJson.standard(),
                utf8(Documents.withRaw("$.caregivers[0].hoursPerWeek", "1" + "0".repeat(5000))));
        assertThat(huge.problem()).isEqualTo("a value is longer than 1024 characters");
        assertThat(huge.path()).isEqualTo("$.caregivers[0].hoursPerWeek");
    }

    @Test
    void manyRepeatedKeysAreRefusedAtTheFirstRepeat() {
        String doc = "{\"id\":1" + ",\"id\":1".repeat(100_000) + "}";
        InvalidSituationException e = rejection(SofaJson.standard(), utf8(doc));
        assertThat(e.path()).isEqualTo("$.id");
        assertThat(e.problem()).contains("repeated");
    }

    @Test
    void deeplyNestedObjectsAreRefusedLikeArrays() {
        String doc = "{\"a\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_001);
        InvalidSituationException e = rejection(SofaJson.standard(), utf8(doc));
        assertThat(e.problem()).isEqualTo("nesting is deeper than 100 levels");
    }

    @Test
    void arbitraryBinaryIsRefused() {
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        junk[0] = '{';
        assertThat(rejection(SofaJson.standard(), junk).path()).startsWith("$");
        assertThat(rejection(SofaJson.standard(), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}).path()).isEqualTo("$");
    }

    @Test
    void aStreamThatFailsIsAnIoErrorNotAValidationError() {
        InputStream failing = new ByteArrayInputStream(new byte[0]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                throw new java.io.UncheckedIOException(new java.io.IOException("disk"));
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SofaJson.standard().readSituation(failing))
                .isInstanceOf(java.io.UncheckedIOException.class);
    }
}
