package nl.sofa.cds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading feedback bodies: the spec's examples, our choices where it is silent, and every refusal. */
class FeedbackRequestTest {
    private static final String SERVICE = "sofa-patient-view";
    private static final Instant RECEIVED = Instant.parse("2026-12-03T10:15:30.250Z");
    private static final String CARD = "4e0a3a1e-3283-4575-ab82-028d55fe2719";
    private static final String SUGGESTION = "e56e1945-20b3-4393-8503-a1a20fd73152";
    /** Free text a professional might write; it must never come back in an error. */
    private static final String COMMENT = "Mevrouw Jansen wil dit zelf regelen";

    private static List<FeedbackEntry> parse(String body) {
        return FeedbackRequest.parse(SERVICE, body.getBytes(StandardCharsets.UTF_8), RECEIVED);
    }

    @Test
    void readsTheSpecsSuggestionAcceptedExample() {
        // CDS Hooks 2.0, Feedback, "Example suggestion accepted".
        List<FeedbackEntry> entries = parse("""
                {
                  "feedback": [
                    {
                      "card": "4e0a3a1e-3283-4575-ab82-028d55fe2719",
                      "outcome": "accepted",
                      "acceptedSuggestions": [
                        {
                          "id": "e56e1945-20b3-4393-8503-a1a20fd73152"
                        }
                      ],
                      "outcomeTimestamp": "2020-12-11T00:00:00Z"
                    }
                  ]
                }
                """);

        assertThat(entries).containsExactly(new FeedbackEntry(SERVICE, CARD, Outcome.ACCEPTED, List.of(SUGGESTION),
                null, null, Instant.parse("2020-12-11T00:00:00Z"), RECEIVED));
    }

    @Test
    void readsTheSpecsOverriddenWithReasonExample() {
        // CDS Hooks 2.0, Feedback, "Example overridden guidance with overrideReason": no display.
        List<FeedbackEntry> entries = parse("""
                {
                   "feedback":[
                      {
                         "card":"9368d37b-283f-44a0-93ea-547cebab93ed",
                         "outcome":"overridden",
                         "overrideReason":{
                            "reason":{
                               "code":"d7ecf885",
                               "system":"https://example.com/cds-hooks/override-reason-system"
                            },
                            "userComment":"A comment entered by the clinician."
                         },
                         "outcomeTimestamp":"2020-12-11T00:00:00Z"
                      }
                   ]
                }
                """);

        assertThat(entries).containsExactly(new FeedbackEntry(SERVICE, "9368d37b-283f-44a0-93ea-547cebab93ed",
                Outcome.OVERRIDDEN, List.of(),
                new OverrideReason("https://example.com/cds-hooks/override-reason-system", "d7ecf885", null),
                "A comment entered by the clinician.", Instant.parse("2020-12-11T00:00:00Z"), RECEIVED));
    }

    @Test
    void readsTheSpecsOverriddenWithoutReasonExample() {
        // CDS Hooks 2.0, Feedback, "Example overridden guidance without overrideReason" (its comment removed:
        // comments are not JSON).
        List<FeedbackEntry> entries = parse("""
                {
                  "feedback": [
                    {
                      "card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb",
                      "outcome": "overridden",
                      "outcomeTimestamp": "2020-12-11T00:00:00Z"
                    }
                  ]
                }
                """);

        assertThat(entries).containsExactly(new FeedbackEntry(SERVICE, "f6b95768-b1c8-40dc-8385-bf3504b82ffb",
                Outcome.OVERRIDDEN, List.of(), null, null, Instant.parse("2020-12-11T00:00:00Z"), RECEIVED));
    }

    @Test
    void keepsTheBodysOrderAndNormalisesUuidsAndTimeZones() {
        List<FeedbackEntry> entries = parse("""
                {"feedback": [
                  {"card": "AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE", "outcome": "overridden",
                   "overrideReason": {"reason": {"system": "https://sofa.nl/override", "code": "al-geregeld",
                                                 "display": "Is al geregeld"}},
                   "outcomeTimestamp": "2026-12-03T11:00:00+01:00"},
                  {"card": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "accepted",
                   "acceptedSuggestions": [{"id": "E56E1945-20B3-4393-8503-A1A20FD73152"},
                                           {"id": "00000000-0000-4000-8000-000000000001"}],
                   "outcomeTimestamp": "2026-12-03T10:00:00.123456Z"}
                ]}
                """);

        assertThat(entries).containsExactly(
                new FeedbackEntry(SERVICE, "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", Outcome.OVERRIDDEN, List.of(),
                        new OverrideReason("https://sofa.nl/override", "al-geregeld", "Is al geregeld"), null,
                        Instant.parse("2026-12-03T10:00:00Z"), RECEIVED),
                new FeedbackEntry(SERVICE, CARD, Outcome.ACCEPTED,
                        List.of(SUGGESTION, "00000000-0000-4000-8000-000000000001"), null, null,
                        Instant.parse("2026-12-03T10:00:00.123456Z"), RECEIVED));
    }

    @Test
    void anOverrideWithOnlyACommentKeepsTheCommentWithoutAReason() {
        List<FeedbackEntry> entries = parse("""
                {"feedback": [{"card": "%s", "outcome": "overridden",
                  "overrideReason": {"userComment": "%s"}, "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}
                """.formatted(CARD, COMMENT));

        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.overrideReason()).isNull();
            assertThat(e.userComment()).isEqualTo(COMMENT);
        });
    }

    @Test
    void blankCommentsNullsAndEmptyOverrideReasonsCountAsAbsent() {
        List<FeedbackEntry> entries = parse("""
                {"feedback": [
                  {"card": "%1$s", "outcome": "overridden", "overrideReason": {"userComment": "  "},
                   "acceptedSuggestions": [], "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                  {"card": "%1$s", "outcome": "overridden", "overrideReason": {},
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                  {"card": "%1$s", "outcome": "overridden", "overrideReason": null, "acceptedSuggestions": null,
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                  {"card": "%1$s", "outcome": "overridden",
                   "overrideReason": {"reason": {"code": "x", "system": "", "display": null}},
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"}
                ]}
                """.formatted(CARD));

        FeedbackEntry bare = new FeedbackEntry(SERVICE, CARD, Outcome.OVERRIDDEN, List.of(), null, null,
                Instant.parse("2020-12-11T00:00:00Z"), RECEIVED);
        assertThat(entries).containsExactly(bare, bare, bare,
                new FeedbackEntry(SERVICE, CARD, Outcome.OVERRIDDEN, List.of(), new OverrideReason(null, "x", null),
                        null, Instant.parse("2020-12-11T00:00:00Z"), RECEIVED));
    }

    @Test
    void ignoresFieldsTheSpecDoesNotDefine() {
        List<FeedbackEntry> entries = parse("""
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z",
                  "extension": {"nl.example.ward": {"id": 7, "tags": ["a", ["b"]]}}}],
                 "extension": {"nl.example.batch": 3}}
                """.formatted(CARD));

        assertThat(entries).extracting(FeedbackEntry::cardUuid).containsExactly(CARD);
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        // Depth 16: the object, feedback, the entry, and 13 lists in its extension.
        String body = overridden("\"extension\": " + "[".repeat(13) + "]".repeat(13));

        assertThat(parse(body)).hasSize(1);
    }

    @Test
    void anEmptyFeedbackListYieldsNoEntries() {
        assertThat(parse("{\"feedback\": []}")).isEmpty();
    }

    @Test
    void acceptsTheMostEntriesAndSuggestionsAllowed() {
        String suggestions = String.join(",", java.util.Collections.nCopies(FeedbackRequest.MAX_SUGGESTIONS,
                "{\"id\": \"" + SUGGESTION + "\"}"));
        String entry = """
                {"card": "%s", "outcome": "accepted", "acceptedSuggestions": [%s],
                 "outcomeTimestamp": "2020-12-11T00:00:00Z"}""".formatted(CARD, suggestions);
        String body = "{\"feedback\": [" + String.join(",", java.util.Collections.nCopies(FeedbackRequest.MAX_ENTRIES,
                entry)) + "]}";

        List<FeedbackEntry> entries = parse(body);

        assertThat(entries).hasSize(100).allSatisfy(e -> assertThat(e.acceptedSuggestions()).hasSize(50));
    }

    @Test
    void acceptsACommentOfTheLongestLength() {
        String comment = "é".repeat(FeedbackRequest.MAX_COMMENT_LENGTH);

        List<FeedbackEntry> entries = parse(overridden("\"overrideReason\": {\"userComment\": \"" + comment + "\"}"));

        assertThat(entries).singleElement().extracting(FeedbackEntry::userComment).isEqualTo(comment);
    }

    /** An overridden entry with the card, outcome and timestamp given, plus {@code more} fields. */
    private static String overridden(String more) {
        return """
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z",
                  %s}]}""".formatted(CARD, more);
    }

    /** An entry with {@code fields} as its only fields, in a list after one valid entry (so at index 1). */
    private static String second(String fields) {
        return """
                {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                              {%s}]}""".formatted(CARD, fields);
    }

    private static final String OK_CARD = "\"card\": \"" + CARD + "\"";
    private static final String OK_TIME = "\"outcomeTimestamp\": \"2020-12-11T00:00:00Z\"";
    private static final String ACCEPTED = "\"outcome\": \"accepted\"";
    private static final String OVERRIDDEN = "\"outcome\": \"overridden\"";
    private static final String OK_SUGGESTIONS = "\"acceptedSuggestions\": [{\"id\": \"" + SUGGESTION + "\"}]";

    static Stream<Arguments> refusals() {
        String deep = "{\"feedback\": [{\"extension\": " + "[".repeat(14) + "]".repeat(14) + "}]}";
        String manyEntries = "{\"feedback\": [" + String.join(",", java.util.Collections.nCopies(101, "{}")) + "]}";
        String manySuggestions = second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME, "\"acceptedSuggestions\": ["
                + String.join(",", java.util.Collections.nCopies(51, "{\"id\": \"" + SUGGESTION + "\"}")) + "]"));
        return Stream.of(
                Arguments.of("empty body", "", "$", "the body is empty"),
                Arguments.of("not JSON", "{\"feedback\": [", "$.feedback[0]", "the body ends too early"),
                Arguments.of("garbage", "{\"feedback\": [nope]}", "$.feedback[0]", "the body is not well-formed JSON"),
                Arguments.of("trailing content", "{\"feedback\": []} {}", "$",
                        "the body goes on after the top-level value"),
                Arguments.of("top-level list", "[]", "$", "the top level must be an object"),
                Arguments.of("no feedback", "{\"cards\": []}", "$.feedback", "is missing"),
                Arguments.of("feedback null", "{\"feedback\": null}", "$.feedback", "is missing"),
                Arguments.of("feedback not a list", "{\"feedback\": {}}", "$.feedback", "is not a list"),
                Arguments.of("too many entries", manyEntries, "$.feedback", "has more than 100 entries"),
                Arguments.of("entry not an object", "{\"feedback\": [\"" + CARD + "\"]}", "$.feedback[0]",
                        "is not an object"),
                Arguments.of("card missing", second(String.join(", ", OVERRIDDEN, OK_TIME)), "$.feedback[1].card",
                        "is missing"),
                Arguments.of("card not a string", second(String.join(", ", "\"card\": 7", OVERRIDDEN, OK_TIME)),
                        "$.feedback[1].card", "is not a string"),
                Arguments.of("card empty", second(String.join(", ", "\"card\": \"\"", OVERRIDDEN, OK_TIME)),
                        "$.feedback[1].card", "is empty"),
                Arguments.of("card not a uuid", second(String.join(", ", "\"card\": \"card-1\"", OVERRIDDEN, OK_TIME)),
                        "$.feedback[1].card", "is not a uuid (8-4-4-4-12 hexadecimal digits)"),
                Arguments.of("outcome missing", second(String.join(", ", OK_CARD, OK_TIME)), "$.feedback[1].outcome",
                        "is missing"),
                Arguments.of("outcome unknown code", second(String.join(", ", OK_CARD, "\"outcome\": \"maybe\"",
                        OK_TIME)), "$.feedback[1].outcome", "\"maybe\" is not accepted or overridden"),
                Arguments.of("outcome free text", second(String.join(", ", OK_CARD, "\"outcome\": \"Jan de Vries\"",
                        OK_TIME)), "$.feedback[1].outcome", "is not accepted or overridden"),
                Arguments.of("outcome in capitals", second(String.join(", ", OK_CARD, "\"outcome\": \"ACCEPTED\"",
                        OK_TIME)), "$.feedback[1].outcome", "is not accepted or overridden"),
                Arguments.of("accepted without suggestions", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME)),
                        "$.feedback[1].acceptedSuggestions",
                        "is missing (an accepted card names the suggestions taken)"),
                Arguments.of("accepted with no suggestions", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        "\"acceptedSuggestions\": []")), "$.feedback[1].acceptedSuggestions",
                        "is empty (an accepted card names the suggestions taken)"),
                Arguments.of("suggestions not a list", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        "\"acceptedSuggestions\": {}")), "$.feedback[1].acceptedSuggestions", "is not a list"),
                Arguments.of("too many suggestions", manySuggestions, "$.feedback[1].acceptedSuggestions",
                        "has more than 50 entries"),
                Arguments.of("suggestion not an object", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        "\"acceptedSuggestions\": [{\"id\": \"" + SUGGESTION + "\"}, \"" + SUGGESTION + "\"]")),
                        "$.feedback[1].acceptedSuggestions[1]", "is not an object"),
                Arguments.of("suggestion without id", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        "\"acceptedSuggestions\": [{\"uuid\": \"" + SUGGESTION + "\"}]")),
                        "$.feedback[1].acceptedSuggestions[0].id", "is missing"),
                Arguments.of("suggestion id not a uuid", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        "\"acceptedSuggestions\": [{\"id\": \"" + SUGGESTION + "\"}, {\"id\": \"s-2\"}]")),
                        "$.feedback[1].acceptedSuggestions[1].id", "is not a uuid (8-4-4-4-12 hexadecimal digits)"),
                Arguments.of("overridden with suggestions", second(String.join(", ", OK_CARD, OVERRIDDEN, OK_TIME,
                        OK_SUGGESTIONS)), "$.feedback[1].acceptedSuggestions", "is only for an accepted card"),
                Arguments.of("accepted with a reason", second(String.join(", ", OK_CARD, ACCEPTED, OK_TIME,
                        OK_SUGGESTIONS, "\"overrideReason\": {\"userComment\": \"" + COMMENT + "\"}")),
                        "$.feedback[1].overrideReason", "is only for an overridden card"),
                Arguments.of("reason not an object", overridden("\"overrideReason\": \"" + COMMENT + "\""),
                        "$.feedback[0].overrideReason", "is not an object"),
                Arguments.of("coding not an object", overridden("\"overrideReason\": {\"reason\": \"al-geregeld\"}"),
                        "$.feedback[0].overrideReason.reason", "is not an object"),
                Arguments.of("coding without code", overridden("\"overrideReason\": {\"reason\": {\"system\": "
                        + "\"https://sofa.nl/override\", \"display\": \"Is al geregeld\"}}"),
                        "$.feedback[0].overrideReason.reason.code", "is missing"),
                Arguments.of("code not a string", overridden("\"overrideReason\": {\"reason\": {\"code\": 12}}"),
                        "$.feedback[0].overrideReason.reason.code", "is not a string"),
                Arguments.of("display too long", overridden("\"overrideReason\": {\"reason\": {\"code\": \"x\", "
                        + "\"display\": \"" + "d".repeat(257) + "\"}}"),
                        "$.feedback[0].overrideReason.reason.display", "is longer than 256 characters"),
                Arguments.of("comment not a string", overridden("\"overrideReason\": {\"userComment\": [\""
                        + COMMENT + "\"]}"), "$.feedback[0].overrideReason.userComment", "is not a string"),
                Arguments.of("comment too long", overridden("\"overrideReason\": {\"userComment\": \""
                        + (COMMENT + " ").repeat(60) + "\"}"),
                        "$.feedback[0].overrideReason.userComment", "is longer than 2000 characters"),
                Arguments.of("comment with NUL", overridden("\"overrideReason\": {\"userComment\": \"" + COMMENT
                        + "\\u0000\"}"), "$.feedback[0].overrideReason.userComment", "contains a NUL character"),
                Arguments.of("timestamp missing", second(String.join(", ", OK_CARD, OVERRIDDEN)),
                        "$.feedback[1].outcomeTimestamp", "is missing"),
                Arguments.of("timestamp without zone", second(String.join(", ", OK_CARD, OVERRIDDEN,
                        "\"outcomeTimestamp\": \"2020-12-11T00:00:00\"")), "$.feedback[1].outcomeTimestamp",
                        "is not an ISO 8601 date and time with a time zone, such as 2020-12-11T00:00:00Z"),
                Arguments.of("timestamp a date", second(String.join(", ", OK_CARD, OVERRIDDEN,
                        "\"outcomeTimestamp\": \"2020-12-11\"")), "$.feedback[1].outcomeTimestamp",
                        "is not an ISO 8601 date and time with a time zone, such as 2020-12-11T00:00:00Z"),
                Arguments.of("timestamp a number", second(String.join(", ", OK_CARD, OVERRIDDEN,
                        "\"outcomeTimestamp\": 1607644800")), "$.feedback[1].outcomeTimestamp", "is not a string"),
                Arguments.of("repeated key", second(String.join(", ", OK_CARD, OVERRIDDEN, OK_TIME,
                        "\"outcome\": \"accepted\"")), "$.feedback[1].outcome",
                        "a key is repeated in its object (a repeated key would silently drop a value)"),
                Arguments.of("repeated unknown key", "{\"feedback\": [], \"" + COMMENT + "\": 1, \"" + COMMENT
                        + "\": 2}", "$.<key>",
                        "a key is repeated in its object (a repeated key would silently drop a value)"),
                Arguments.of("too deep", deep, "$.feedback[0].extension[0][0][0][0][0][0][0][0][0][0][0][0][0]",
                        "nesting is deeper than 16 levels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesBadInputNamingItsPathAndNothingOfTheProfessionalsText(String what, String body, String path,
            String problem) {
        assertThatThrownBy(() -> parse(body))
                .isInstanceOfSatisfying(InvalidFeedbackException.class, e -> {
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getMessage()).isEqualTo(path + ": " + problem)
                            .doesNotContain("Jansen").doesNotContain("Vries").doesNotContain("al-geregeld");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("invalid-feedback");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void refusesABodyLargerThanTheLimitBeforeReadingIt() {
        byte[] body = new byte[FeedbackRequest.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        assertThatThrownBy(() -> FeedbackRequest.parse(SERVICE, body, RECEIVED))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("$: the body is larger than 1048576 bytes");
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        byte[] body = "{\"feedback\": []}".getBytes(StandardCharsets.UTF_16BE);

        assertThatThrownBy(() -> FeedbackRequest.parse(SERVICE, body, RECEIVED))
                .isInstanceOf(InvalidFeedbackException.class)
                .hasMessage("$: the body is not UTF-8 JSON");
    }

    @Test
    void refusesInvalidUtf8Bytes() {
        byte[] prefix = ("{\"feedback\": [{\"card\": \"" + CARD + "\", \"outcome\": \"overridden\", "
                + "\"outcomeTimestamp\": \"2020-12-11T00:00:00Z\", \"overrideReason\": {\"userComment\": \"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(prefix, prefix.length + 4);
        body[prefix.length] = (byte) 0xC3;
        body[prefix.length + 1] = (byte) 0x28;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';

        assertThatThrownBy(() -> FeedbackRequest.parse(SERVICE, body, RECEIVED))
                .isInstanceOfSatisfying(InvalidFeedbackException.class,
                        e -> assertThat(e.problem()).isEqualTo("the body is not valid UTF-8"));
    }

    @Test
    void aBlankServiceIdIsAProgrammingError() {
        byte[] body = "{\"feedback\": []}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedbackRequest.parse(" ", body, RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("serviceId is blank");
    }
}
