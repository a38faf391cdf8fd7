package nl.sofa.json;

import static nl.sofa.json.Documents.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.sofa.phase.EndingReason;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Contract v2 §1: a situation of schemaVersion 1 or 2 is read; DISCHARGE_HOME only in a v2 document;
 * every id, not only the situation's, is non-blank and at most 128 characters. Expectations are
 * written from contract-v2.md.
 */
class ContractV2ReadingTest {
    private final SofaJson json = SofaJson.standard();

    private InvalidSituationException rejection(String document) {
        InvalidSituationException e = catchThrowableOfType(InvalidSituationException.class,
                () -> json.readSituation(document));
        assertThat(e).as("the document must be rejected").isNotNull();
        return e;
    }

    private static String v2(String path, Object value) {
        ObjectNode doc = (ObjectNode) read(with(path, value));
        doc.put("schemaVersion", 2);
        return doc.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return Documents.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void bothVersionsReadTheSameSituation(int version) {
        Situation s = json.readSituation(with("$.schemaVersion", version));
        assertThat(s).isEqualTo(json.readSituation(Documents.contractExample().toString()));
        assertThat(s.endingReason()).isEqualTo(EndingReason.TRANSFER);
    }

    @Test
    void aSituationIsWrittenAsVersion2AndReadsBack() {
        Situation s = json.readSituation(v2("$.endingReason", "DISCHARGE_HOME"));
        String written = json.writeSituation(s);
        assertThat(written).startsWith("{\"schemaVersion\":2,");
        assertThat(json.readSituation(written)).isEqualTo(s);
    }

    @Test
    void dischargeHomeIsReadFromAVersion2Document() {
        assertThat(json.readSituation(v2("$.endingReason", "DISCHARGE_HOME")).endingReason())
                .isEqualTo(EndingReason.DISCHARGE_HOME);
    }

    @Test
    void dischargeHomeInAVersion1DocumentIsAnUnknownValueAtItsPath() {
        InvalidSituationException e = rejection(with("$.endingReason", "DISCHARGE_HOME"));
        assertThat(e.path()).isEqualTo("$.endingReason");
        assertThat(e.problem()).startsWith("must be one of NO_LONGER_NEEDED, TRANSFER, PALLIATIVE, DECEASED")
                .contains("schemaVersion 2");
    }

    @Test
    void dischargeHomeInAVersion1DocumentIsRefusedWhereverTheVersionStands() {
        // the version is written after the ending reason: the reader still knows it is a v1 document
        String doc = "{\"id\":\"s\",\"phase\":\"ENDING\",\"endingReason\":\"DISCHARGE_HOME\",\"client\":{\"id\":\"c\"},"
                + "\"schemaVersion\":1}";
        assertThat(rejection(doc).path()).isEqualTo("$.endingReason");
        assertThat(json.readSituation(doc.replace("\"schemaVersion\":1", "\"schemaVersion\":2")).endingReason())
                .isEqualTo(EndingReason.DISCHARGE_HOME);
    }

    @Test
    void anUnknownEndingReasonListsDischargeHomeInAVersion2Document() {
        InvalidSituationException e = rejection(v2("$.endingReason", "MOVED"));
        assertThat(e.path()).isEqualTo("$.endingReason");
        assertThat(e.problem()).contains("DISCHARGE_HOME").contains("TRANSFER");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "0", "-1", "1000000000000"})
    void noOtherVersionIsRead(String version) {
        InvalidSituationException e = rejection(Documents.withRaw("$.schemaVersion", version));
        assertThat(e.path()).isEqualTo("$.schemaVersion");
        assertThat(e.problem()).isEqualTo("must be 1 or 2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.id", "$.client.id", "$.caregivers[0].id", "$.volunteers[0].id", "$.careTasks[0].id"})
    void everyIdIsNonBlank(String path) {
        for (int version : new int[] {1, 2}) {
            String blank = version == 1 ? with(path, " \t") : v2(path, " \t");
            InvalidSituationException e = rejection(blank);
            assertThat(e.path()).as("v" + version).isEqualTo(path);
            assertThat(e.problem()).contains("blank");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.id", "$.client.id", "$.caregivers[0].id", "$.volunteers[0].id", "$.careTasks[0].id"})
    void everyIdIsAtMost128Characters(String path) {
        InvalidSituationException e = rejection(v2(path, "\uD83D\uDE00".repeat(129)));
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains("at most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.client.id", "$.careTasks[0].id"})
    void anIdOf128CharactersIsRead(String path) {
        // 128 code points, 256 UTF-16 units: the limit counts characters
        String id = "\uD83D\uDE00".repeat(128);
        Situation s = json.readSituation(v2(path, id));
        assertThat(path.startsWith("$.client") ? s.client().id() : s.careTasks().get(0).id()).isEqualTo(id);
    }
}
