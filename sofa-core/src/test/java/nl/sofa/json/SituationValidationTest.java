package nl.sofa.json;

import static nl.sofa.json.Documents.with;
import static nl.sofa.json.Documents.withRaw;
import static nl.sofa.json.Documents.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import nl.sofa.situation.InvalidSituationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every validation rule of contract v1 §1, each with the path it must report. The expected paths
 * and sentences are written from the contract, not read off the reader.
 */
class SituationValidationTest {
    private final SofaJson json = SofaJson.standard();

    private InvalidSituationException rejection(String document) {
        return rejection(document.getBytes(StandardCharsets.UTF_8));
    }

    private InvalidSituationException rejection(byte[] document) {
        InvalidSituationException e = catchThrowableOfType(InvalidSituationException.class,
                () -> json.readSituation(document));
        assertThat(e).as("the document must be rejected").isNotNull();
        return e;
    }

    private void assertRejected(String document, String path, String problem) {
        InvalidSituationException e = rejection(document);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).contains(problem);
        assertThat(e.getMessage()).isEqualTo(path + ": " + e.problem());
    }

    // ---- missing, forbidden and unknown fields: reported at their own path ----

    static Stream<String> requiredFields() {
        return Stream.of("$.schemaVersion", "$.id", "$.phase", "$.client", "$.client.id", "$.caregivers[0].id",
                "$.caregivers[0].relationToClient", "$.caregivers[0].hoursPerWeek", "$.caregivers[0].monthsCaring",
                "$.caregivers[0].burden.instrument", "$.caregivers[0].burden.score", "$.volunteers[0].id",
                "$.careTasks[0].id", "$.careTasks[0].kind", "$.careTasks[0].performedBy");
    }

    @ParameterizedTest
    @MethodSource("requiredFields")
    void aMissingRequiredFieldIsReportedAtItsOwnPath(String path) {
        assertRejected(without(path), path, "is required");
    }

    @Test
    void endingReasonIsRequiredInTheEndingPhase() {
        assertRejected(without("$.endingReason"), "$.endingReason", "is required when phase is ENDING");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BEGIN", "DAILY"})
    void endingReasonIsForbiddenOutsideTheEndingPhase(String phase) {
        assertRejected(with("$.phase", phase), "$.endingReason", "only allowed when phase is ENDING");
    }

    static Stream<String> unknownFields() {
        return Stream.of("$.extra", "$.client.name", "$.caregivers[0].hoursPerWek", "$.caregivers[0].burden.date",
                "$.volunteers[0].name", "$.careTasks[0].note", "$.careTasks[0].agreement.signed",
                "$.policy.professionalMayPerform");
    }

    @ParameterizedTest
    @MethodSource("unknownFields")
    void anUnknownFieldIsReportedAtItsOwnPath(String path) {
        assertRejected(with(path, true), path, "is not a field of the contract");
    }

    // ---- types, enums, null ----

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                arguments("$.schemaVersion", "\"1\"", "must be a number"),
                arguments("$.id", "7", "must be a string"),
                arguments("$.referenceDate", "20261123", "must be a string"),
                arguments("$.phase", "[\"ENDING\"]", "must be a string"),
                arguments("$.client", "\"cl-1\"", "must be an object"),
                arguments("$.client.conditions", "\"DEMENTIA\"", "must be an array"),
                arguments("$.client.carePlanSharedWith[0]", "1", "must be a string"),
                arguments("$.caregivers", "{}", "must be an array"),
                arguments("$.caregivers[0]", "\"cg-1\"", "must be an object"),
                arguments("$.caregivers[0].hoursPerWeek", "\"40\"", "must be a number"),
                arguments("$.caregivers[0].monthsCaring", "true", "must be a number"),
                arguments("$.caregivers[0].livesWithClient", "\"yes\"", "must be true or false"),
                arguments("$.caregivers[0].employed", "0", "must be true or false"),
                arguments("$.caregivers[0].primaryContact", "1", "must be true or false"),
                arguments("$.caregivers[0].burden", "10", "must be an object"),
                arguments("$.caregivers[0].signals", "{}", "must be an array"),
                arguments("$.volunteers[0]", "[]", "must be an object"),
                arguments("$.careTasks[0].professionalReservations", "\"no\"", "must be true or false"),
                arguments("$.careTasks[0].agreement", "true", "must be an object"),
                arguments("$.careTasks[0].agreement.nextEvaluation", "{}", "must be a string"),
                arguments("$.policy", "[]", "must be an object"),
                arguments("$.policy.caregiverMayPerform[1]", "2", "must be a string"));
    }

    @ParameterizedTest
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeIsReportedAtItsPath(String path, String raw, String problem) {
        assertRejected(withRaw(path, raw), path, problem);
    }

    static Stream<Arguments> unknownEnumValues() {
        return Stream.of(
                arguments("$.setting", "AT_HOME"),
                arguments("$.phase", "ending"), // enum values are case-sensitive
                arguments("$.endingReason", "MOVED"),
                arguments("$.client.conditions[0]", "ALZHEIMER"),
                arguments("$.client.derailmentSignals[0]", "ABUSE"),
                arguments("$.caregivers[0].relationToClient", "SPOUSE"),
                arguments("$.caregivers[0].burden.instrument", "EDIZ-2"),
                arguments("$.caregivers[0].signals[0]", "TIRED"),
                arguments("$.careTasks[0].kind", "INSULIN"),
                arguments("$.policy.volunteerMayPerform[0]", "COOKING"));
    }

    @ParameterizedTest
    @MethodSource("unknownEnumValues")
    void anUnknownEnumValueIsReportedAtItsPathWithTheValuesAllowed(String path, String value) {
        InvalidSituationException e = rejection(with(path, value));
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).startsWith("must be one of ");
        assertThat(e.getMessage()).doesNotContain(value);
    }

    @Test
    void theSettingListsEveryAllowedValue() {
        assertRejected(with("$.setting", "X"), "$.setting",
                "must be one of HOME, RESIDENTIAL, HOSPITAL, REHABILITATION, MENTAL_HEALTH, DISABILITY_CARE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$.referenceDate", "$.setting", "$.endingReason", "$.client.conditions",
        "$.caregivers[0].age", "$.caregivers[0].burden", "$.caregivers[0].burden.assessedOn",
        "$.caregivers[0].signals[0]", "$.careTasks[0].agreement", "$.careTasks[0].agreement.caregiverWilling",
        "$.policy", "$.volunteers", "$.volunteers[0]"})
    void nullIsNeverAValidValue(String path) {
        assertRejected(withRaw(path, "null"), path, "must not be null");
    }

    // ---- numbers: ranges and whole numbers ----

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                arguments("$.schemaVersion", "3", "must be 1 or 2"),
                arguments("$.schemaVersion", "0", "must be 1 or 2"),
                arguments("$.caregivers[0].hoursPerWeek", "-1", "must be between 0 and 168"),
                arguments("$.caregivers[0].hoursPerWeek", "-0.01", "must be between 0 and 168"),
                arguments("$.caregivers[0].hoursPerWeek", "168.5", "must be between 0 and 168"),
                arguments("$.caregivers[0].hoursPerWeek", "1e400", "must be between 0 and 168"),
                arguments("$.caregivers[0].hoursPerWeek", "-1e400", "must be between 0 and 168"),
                arguments("$.caregivers[0].monthsCaring", "-1", "must be between 0 and 1200"),
                arguments("$.caregivers[0].monthsCaring", "1201", "must be between 0 and 1200"),
                arguments("$.caregivers[0].monthsCaring", "99999999999999999999999", "must be between 0 and 1200"),
                arguments("$.caregivers[0].monthsCaring", "1e400", "must be between 0 and 1200"),
                arguments("$.caregivers[0].monthsCaring", "1e999999999", "must be between 0 and 1200"),
                arguments("$.caregivers[0].age", "4", "must be between 5 and 120"),
                arguments("$.caregivers[0].age", "121", "must be between 5 and 120"),
                arguments("$.caregivers[0].burden.score", "16", "must be between 0 and 15"),
                arguments("$.caregivers[0].burden.score", "-1", "must be between 0 and 15"));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void aNumberOutOfRangeIsReportedAtItsPath(String path, String raw, String problem) {
        assertRejected(withRaw(path, raw), path, problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CSI:14", "ZBI:89", "EDIZ_PLUS:16"})
    void aBurdenScoreMustBeWithinItsInstrumentsRange(String instrumentAndScore) {
        String[] parts = instrumentAndScore.split(":");
        String doc = withRaw("$.caregivers[0].burden", "{\"instrument\": \"" + parts[0] + "\", \"score\": " + parts[1] + "}");
        assertRejected(doc, "$.caregivers[0].burden.score", "must be between 0 and ");
    }

    @Test
    void aScoreBeforeItsInstrumentIsJudgedByThatInstrument() {
        String doc = withRaw("$.caregivers[0].burden", "{\"score\": 14, \"instrument\": \"CSI\"}");
        assertRejected(doc, "$.caregivers[0].burden.score", "must be between 0 and 13");
    }

    static Stream<Arguments> notWholeNumbers() {
        return Stream.of(
                arguments("$.schemaVersion", "1.0"),
                arguments("$.caregivers[0].monthsCaring", "36.0"),
                arguments("$.caregivers[0].monthsCaring", "36.5"),
                arguments("$.caregivers[0].monthsCaring", "3.6e1"),
                arguments("$.caregivers[0].monthsCaring", "36e-1"),
                arguments("$.caregivers[0].monthsCaring", "1e-999999999"),
                arguments("$.caregivers[0].age", "79.0"),
                arguments("$.caregivers[0].burden.score", "10.5"),
                arguments("$.caregivers[0].burden.score", "1.0e1"));
    }

    @ParameterizedTest
    @MethodSource("notWholeNumbers")
    void integerFieldsTakeOnlyNumbersWithoutAFractionalPart(String path, String raw) {
        assertRejected(withRaw(path, raw), path, "must be a whole number");
    }

    // ---- dates and ids ----

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-1-01", "20261101", " 2026-11-01", "2026-11-01T00:00", "01-11-2026",
        "+2026-11-01", ""})
    void aDateMustBeWrittenYyyyMmDd(String date) {
        assertRejected(with("$.careTasks[0].agreement.nextEvaluation", date),
                "$.careTasks[0].agreement.nextEvaluation", "must be a date written YYYY-MM-DD");
        assertRejected(with("$.referenceDate", date), "$.referenceDate", "must be a date written YYYY-MM-DD");
    }

    @Test
    void theSituationIdMayNotBeBlank() {
        assertRejected(with("$.id", "   "), "$.id", "must not be blank");
        assertRejected(with("$.id", ""), "$.id", "must not be blank");
    }

    @Test
    void anIdIsAtMost128CodePoints() {
        assertRejected(with("$.id", "x".repeat(129)), "$.id", "at most 128 characters");
        assertRejected(with("$.id", "\uD83D\uDE00".repeat(129)), "$.id", "at most 128 characters");
    }

    @Test
    void anIdMayNotHoldAControlCharacterSuchAsNul() {
        assertRejected(with("$.caregivers[0].id", "cg\u00001"), "$.caregivers[0].id", "control characters");
    }

    @Test
    void anIdMayNotHoldAnUnpairedSurrogate() {
        assertRejected(withRaw("$.client.id", "\"cl\\uD800\""), "$.client.id", "unpaired surrogate");
    }

    // ---- ids across the document ----

    @Test
    void aDuplicateCaregiverIdIsReportedAtTheLaterOccurrence() {
        String doc = withRaw("$.caregivers[1]",
                "{\"id\": \"cg-1\", \"relationToClient\": \"CHILD\", \"hoursPerWeek\": 1, \"monthsCaring\": 1}");
        assertRejected(doc, "$.caregivers[1].id", "already the id of an earlier caregiver");
    }

    @Test
    void anIdUsedByACaregiverAndAVolunteerIsReportedAtTheVolunteer() {
        assertRejected(with("$.volunteers[0].id", "cg-1"), "$.volunteers[0].id", "already the id of a caregiver");
    }

    @Test
    void caregiversAreReadBeforeVolunteersWhateverTheDocumentOrder() {
        String doc = """
                {"schemaVersion": 1, "id": "s", "phase": "DAILY", "client": {"id": "c"},
                 "volunteers": [{"id": "x"}],
                 "caregivers": [{"id": "x", "relationToClient": "CHILD", "hoursPerWeek": 2, "monthsCaring": 0}]}
                """;
        assertRejected(doc, "$.volunteers[0].id", "already the id of a caregiver");
    }

    @Test
    void aDuplicateVolunteerIdIsReportedAtTheLaterOccurrence() {
        assertRejected(withRaw("$.volunteers[1]", "{\"id\": \"vw-1\"}"), "$.volunteers[1].id",
                "already the id of an earlier volunteer");
    }

    @Test
    void aDuplicateTaskIdIsReportedAtTheLaterOccurrence() {
        String doc = withRaw("$.careTasks[1]", "{\"id\": \"t-1\", \"kind\": \"HOUSEHOLD\", \"performedBy\": \"cg-1\"}");
        assertRejected(doc, "$.careTasks[1].id", "already the id of an earlier care task");
    }

    @Test
    void professionalIsReservedAndNoCaregiverOrVolunteerId() {
        assertRejected(with("$.caregivers[0].id", "PROFESSIONAL"), "$.caregivers[0].id", "reserved");
        assertRejected(with("$.volunteers[0].id", "PROFESSIONAL"), "$.volunteers[0].id", "reserved");
    }

    @Test
    void aSecondPrimaryContactIsReportedAtItsPrimaryContact() {
        String doc = withRaw("$.caregivers[1]", "{\"id\": \"cg-2\", \"relationToClient\": \"CHILD\","
                + " \"hoursPerWeek\": 1, \"monthsCaring\": 1, \"primaryContact\": true}");
        assertRejected(doc, "$.caregivers[1].primaryContact", "only one caregiver may be the primary contact");
    }

    @Test
    void primaryContactFalseTwiceIsFine() {
        String doc = withRaw("$.caregivers[1]", "{\"id\": \"cg-2\", \"relationToClient\": \"CHILD\","
                + " \"hoursPerWeek\": 1, \"monthsCaring\": 1, \"primaryContact\": false}");
        assertThat(json.readSituation(doc).caregivers()).hasSize(2);
    }

    @Test
    void performedByMustNameACaregiverAVolunteerOrProfessional() {
        assertRejected(with("$.careTasks[0].performedBy", "cg-9"), "$.careTasks[0].performedBy",
                "must name a caregiver, a volunteer or PROFESSIONAL");
        assertRejected(with("$.careTasks[0].performedBy", "professional"), "$.careTasks[0].performedBy",
                "must name a caregiver, a volunteer or PROFESSIONAL");
    }

    @Test
    void carePlanSharedWithMustNameAKnownCaregiverReportedAtThatEntry() {
        assertRejected(withRaw("$.client.carePlanSharedWith", "[\"cg-1\", \"cg-9\"]"),
                "$.client.carePlanSharedWith[1]", "must name a caregiver of this situation");
    }

    @Test
    void carePlanSharedWithMustNameACaregiverNotAVolunteer() {
        assertRejected(withRaw("$.client.carePlanSharedWith", "[\"vw-1\"]"),
                "$.client.carePlanSharedWith[0]", "must name a caregiver, not a volunteer");
    }

    @Test
    void anUnreadableCaregiverIdIsReportedItselfNotAsBrokenReferences() {
        // The care plan and the task name cg-1; with cg-1's id unreadable, the id is the problem.
        assertRejected(withRaw("$.caregivers[0].id", "42"), "$.caregivers[0].id", "must be a string");
    }

    // ---- order: the first problem in document order ----

    @Test
    void theFirstProblemInDocumentOrderIsReported() {
        String doc = withRaw("$.caregivers[0].hoursPerWeek", "500");
        doc = doc.replace("\"INJECTION\"", "\"INSULIN\"");
        assertRejected(doc, "$.caregivers[0].hoursPerWeek", "must be between 0 and 168");

        String tasksFirst = """
                {"careTasks": [{"id": "t", "kind": "INSULIN", "performedBy": "cg"}],
                 "caregivers": [{"id": "cg", "relationToClient": "CHILD", "hoursPerWeek": 500, "monthsCaring": 0}],
                 "schemaVersion": 1, "id": "s", "phase": "DAILY", "client": {"id": "c"}}
                """;
        assertRejected(tasksFirst, "$.careTasks[0].kind", "must be one of");
    }

    @Test
    void aMissingFieldIsFoundAtTheEndOfItsObject() {
        String doc = withRaw("$.caregivers[0].signals", "[\"TIRED\"]");
        doc = doc.replace("\"relationToClient\":\"PARTNER\",", "");
        assertRejected(doc, "$.caregivers[0].signals[0]", "must be one of");
    }

    // ---- malformed documents ----

    @Test
    void aRepeatedKeyIsMalformedAndReportedWhereItRepeats() {
        String doc = Documents.contractExample().toString().replace("\"age\":79", "\"age\":79,\"age\":80");
        assertRejected(doc, "$.caregivers[0].age", "repeated");
    }

    @Test
    void aRepeatedTopLevelKeyIsMalformed() {
        String doc = Documents.contractExample().toString().replaceFirst("\\{", "{\"id\":\"a\",");
        assertRejected(doc, "$.id", "repeated");
    }

    @Test
    void theTopLevelMustBeAnObject() {
        assertRejected("[]", "$", "the top level must be an object");
        assertRejected("\"situation\"", "$", "the top level must be an object");
        assertRejected("42", "$", "the top level must be an object");
    }

    @Test
    void anEmptyDocumentIsRejected() {
        assertRejected("", "$", "the document is empty");
        assertRejected("   \n", "$", "the document is empty");
    }

    @Test
    void aTruncatedDocumentIsRejectedWithWhereItBroke() {
        String doc = Documents.contractExample().toString();
        InvalidSituationException e = rejection(doc.substring(0, doc.indexOf("\"monthsCaring\"") + 16));
        assertThat(e.path()).isEqualTo("$.caregivers[0].monthsCaring");
        assertThat(e.problem()).startsWith("the document ends too early");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void textAfterTheTopLevelObjectIsMalformed() {
        assertRejected(Documents.contractExample().toString() + " {}", "$", "goes on after the top-level object");
        assertRejected(Documents.contractExample().toString() + "x", "$", "not well-formed JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x10", "01", "+1", ".5"})
    void numbersThatAreNotJsonAreMalformed(String raw) {
        InvalidSituationException e = rejection(withRaw("$.caregivers[0].hoursPerWeek", raw));
        assertThat(e.path()).isEqualTo("$.caregivers[0].hoursPerWeek");
        assertThat(e.problem()).contains("not well-formed JSON");
    }

    @Test
    void aRawNulByteInAStringIsMalformed() {
        assertRejected(Documents.contractExample().toString().replace("\"cl-1\"", "\"cl\u00001\""),
                "$.client.id", "not well-formed JSON");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] doc = Documents.contractExample().toString().replace("cl-1", "cl-?").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < doc.length; i++) {
            if (doc[i] == '?') {
                doc[i] = (byte) 0xC3; // a lead byte followed by '"': not UTF-8
            }
        }
        InvalidSituationException e = rejection(doc);
        assertThat(e.problem()).contains("not valid UTF-8");
        assertThat(e.path()).isEqualTo("$.client.id");
    }

    @Test
    void utf16IsNotUtf8() {
        byte[] doc = Documents.contractExample().toString().getBytes(StandardCharsets.UTF_16BE);
        assertThat(rejection(doc).problem()).isEqualTo("the document is not UTF-8 JSON");
    }

    @Test
    void nestingDeeperThan100LevelsIsMalformed() {
        // the top-level object is level 1, the value of "extra" level 2 ...
        String deep = "[".repeat(100) + "]".repeat(100);
        InvalidSituationException e = rejection(withRaw("$.extra", deep));
        assertThat(e.problem()).isEqualTo("nesting is deeper than 100 levels");
        assertThat(e.path()).startsWith("$.extra[0][0]");

        String deepest = "[".repeat(99) + "]".repeat(99);
        assertThat(rejection(withRaw("$.extra", deepest)).problem()).isEqualTo("is not a field of the contract");
    }

    @Test
    void fiftyThousandNestedArraysAreRefusedWithoutExhaustingTheStack() {
        String doc = "{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
        assertThat(rejection(doc).problem()).isEqualTo("nesting is deeper than 100 levels");
    }

    // ---- messages never carry document values ----

    @Test
    void messagesNeverRepeatADocumentValue() {
        String secret = "Jan Jansen";
        for (String path : new String[] {"$.setting", "$.caregivers[0].relationToClient", "$.referenceDate",
            "$.careTasks[0].performedBy", "$.client.carePlanSharedWith[0]", "$.caregivers[0].signals[0]",
            "$.caregivers[0].hoursPerWeek", "$.schemaVersion"}) {
            InvalidSituationException e = rejection(with(path, secret));
            assertThat(e.getMessage()).as(path).doesNotContain("Jan").doesNotContain("Jansen");
        }
        InvalidSituationException malformed = rejection("{\"id\": Jan Jansen}");
        assertThat(malformed.getMessage()).doesNotContain("Jan");
    }
}
