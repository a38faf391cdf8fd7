package nl.sofa.cds.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import org.jspecify.annotations.Nullable;

/**
 * Reads the body of a CDS Hooks 2.0 feedback call ({@code POST {baseUrl}/cds-services/{id}/feedback})
 * into {@link FeedbackEntry}s:
 *
 * <pre>{@code
 * { "feedback": [ { "card": "<uuid>", "outcome": "accepted" | "overridden",
 *                   "acceptedSuggestions": [ { "id": "<uuid>" } ],
 *                   "overrideReason": { "reason": { "system": …, "code": …, "display": … },
 *                                       "userComment": "…" },
 *                   "outcomeTimestamp": "2020-12-11T00:00:00Z" } ] }
 * }</pre>
 *
 * <p>The body is checked whole before anything is returned; the first problem is an
 * {@link InvalidFeedbackException} naming its JSON path. The rules, from the spec's feedback section,
 * and where it was silent, ours:
 * <ul>
 *   <li>{@code card} and each accepted suggestion's {@code id} are uuids (SOFA's cards and
 *       suggestions carry uuids, so no other text can name one of them); they are kept in lower case.
 *   <li>{@code outcome} is {@code accepted} or {@code overridden}, exactly.
 *   <li>An accepted card names at least one accepted suggestion (the spec: "Required for
 *       {@code accepted} outcomes") and has no {@code overrideReason}.
 *   <li>An overridden card names no accepted suggestion (an empty list is tolerated). Its
 *       {@code overrideReason} is optional (the spec lets a client dismiss a card without a reason);
 *       inside it {@code reason} is optional too (a professional may only leave a comment), and a
 *       reason needs only a {@code code}: the spec's own example sends none of {@code display}. An
 *       empty or blank {@code userComment} counts as no comment, and an {@code overrideReason}
 *       with neither a reason nor a comment as no override reason, since clients send those when the
 *       professional typed nothing.
 *   <li>{@code outcomeTimestamp} is an ISO 8601 date and time with a zone ({@code Z} or an offset).
 *   <li>{@code null} counts as absent; fields the spec does not define (such as {@code extension})
 *       are ignored; a repeated key is refused.
 *   <li>An empty {@code feedback} list is valid and yields no entries.
 * </ul>
 *
 * <p>Bounds, so that hostile or broken input is refused with a normal 400: at most
 * {@value #MAX_ENTRIES} entries, {@value #MAX_SUGGESTIONS} accepted suggestions per entry, comments of
 * {@value #MAX_COMMENT_LENGTH} characters, codes, systems and displays of {@value #MAX_CODE_LENGTH},
 * nesting {@value #MAX_DEPTH} levels deep and {@value #MAX_BODY_BYTES} bytes. The host limits the
 * request size before this; these bounds also fit the columns of the JDBC store in
 * {@code sofa-server}.
 *
 * <p>Stable since 0.1. Thread-safe: it holds no state.
 */
public final class FeedbackRequest {
    /** The most entries in one call: a client reports what one professional did on one screen. */
    public static final int MAX_ENTRIES = 100;
    /** The most accepted suggestions in one entry; a SOFA card has a handful. */
    public static final int MAX_SUGGESTIONS = 50;
    /** The longest {@code userComment}, in UTF-16 characters. */
    public static final int MAX_COMMENT_LENGTH = 2000;
    /** The longest reason {@code code}, {@code system} or {@code display}, in UTF-16 characters. */
    public static final int MAX_CODE_LENGTH = 256;
    /**
     * The deepest nesting of objects and lists (the top-level object is depth 1). Feedback itself
     * needs 5; the rest leaves room for a client's {@code extension} objects.
     */
    public static final int MAX_DEPTH = 16;
    /** The largest body, in bytes: 100 entries with the longest comments fit. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final int MAX_STRING = Math.max(MAX_COMMENT_LENGTH, MAX_CODE_LENGTH) + 1;
    private static final int MAX_NUMBER_DIGITS = 100;
    private static final int MAX_TIMESTAMP_LENGTH = 64;
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A value that looks like a short code may be quoted in a message; anything else could be a name. */
    private static final Pattern QUOTABLE = Pattern.compile("[a-z][a-z-]{0,19}");

    private static final Set<String> KNOWN_KEYS = Set.of("feedback", "card", "outcome", "acceptedSuggestions",
            "id", "overrideReason", "reason", "system", "code", "display", "userComment", "outcomeTimestamp",
            "extension");

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    // Our own length checks name the field; this only stops a huge string early.
                    .maxStringLength(MAX_STRING * 4)
                    .maxNameLength(MAX_CODE_LENGTH)
                    .maxNumberLength(MAX_NUMBER_DIGITS)
                    .maxDocumentLength(MAX_BODY_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private FeedbackRequest() {
    }

    /**
     * Reads a feedback body.
     *
     * @param serviceId the service the feedback was posted to, e.g. {@code sofa-patient-view}
     * @param body the request body, UTF-8 JSON
     * @param receivedAt when the call came in; every entry gets it
     * @return the entries, in the body's order; empty for an empty {@code feedback} list
     * @throws InvalidFeedbackException when the body is not valid feedback; it names the first problem
     * @throws IllegalArgumentException when {@code serviceId} is blank
     */
    public static List<FeedbackEntry> parse(String serviceId, byte[] body, Instant receivedAt) {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (serviceId.isBlank()) {
            throw new IllegalArgumentException("serviceId is blank");
        }
        JsonNode root = readTree(body);
        if (!root.isObject()) {
            throw new InvalidFeedbackException("$", "the top level must be an object");
        }
        JsonNode list = root.get("feedback");
        String listPath = "$.feedback";
        if (absent(list)) {
            throw new InvalidFeedbackException(listPath, "is missing");
        }
        if (!list.isArray()) {
            throw new InvalidFeedbackException(listPath, "is not a list");
        }
        if (list.size() > MAX_ENTRIES) {
            throw new InvalidFeedbackException(listPath, "has more than " + MAX_ENTRIES + " entries");
        }
        List<FeedbackEntry> entries = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            entries.add(entry(serviceId, list.get(i), listPath + "[" + i + "]", receivedAt));
        }
        return List.copyOf(entries);
    }

    private static FeedbackEntry entry(String serviceId, JsonNode node, String path, Instant receivedAt) {
        if (!node.isObject()) {
            throw new InvalidFeedbackException(path, "is not an object");
        }
        String card = uuid(node, "card", path);
        Outcome outcome = outcome(node, path);
        List<String> accepted = acceptedSuggestions(node, path, outcome);
        JsonNode reasonNode = node.get("overrideReason");
        String reasonPath = path + ".overrideReason";
        OverrideReason reason = null;
        String comment = null;
        if (!absent(reasonNode)) {
            if (outcome == Outcome.ACCEPTED) {
                throw new InvalidFeedbackException(reasonPath, "is only for an overridden card");
            }
            if (!reasonNode.isObject()) {
                throw new InvalidFeedbackException(reasonPath, "is not an object");
            }
            reason = reason(reasonNode.get("reason"), reasonPath + ".reason");
            comment = optionalText(reasonNode, "userComment", reasonPath, MAX_COMMENT_LENGTH);
        }
        Instant outcomeTimestamp = timestamp(node, "outcomeTimestamp", path);
        return new FeedbackEntry(serviceId, card, outcome, accepted, reason, comment, outcomeTimestamp, receivedAt);
    }

    private static Outcome outcome(JsonNode entry, String path) {
        String fieldPath = path + ".outcome";
        String text = requiredText(entry, "outcome", path, MAX_CODE_LENGTH);
        Outcome outcome = Outcome.ofCode(text);
        if (outcome == null) {
            String quoted = QUOTABLE.matcher(text).matches() ? "\"" + text + "\" " : "";
            throw new InvalidFeedbackException(fieldPath, quoted + "is not accepted or overridden");
        }
        return outcome;
    }

    private static List<String> acceptedSuggestions(JsonNode entry, String path, Outcome outcome) {
        JsonNode list = entry.get("acceptedSuggestions");
        String listPath = path + ".acceptedSuggestions";
        if (absent(list)) {
            if (outcome == Outcome.ACCEPTED) {
                throw new InvalidFeedbackException(listPath, "is missing (an accepted card names the suggestions taken)");
            }
            return List.of();
        }
        if (!list.isArray()) {
            throw new InvalidFeedbackException(listPath, "is not a list");
        }
        if (outcome == Outcome.OVERRIDDEN) {
            if (!list.isEmpty()) {
                throw new InvalidFeedbackException(listPath, "is only for an accepted card");
            }
            return List.of();
        }
        if (list.isEmpty()) {
            throw new InvalidFeedbackException(listPath, "is empty (an accepted card names the suggestions taken)");
        }
        if (list.size() > MAX_SUGGESTIONS) {
            throw new InvalidFeedbackException(listPath, "has more than " + MAX_SUGGESTIONS + " entries");
        }
        List<String> ids = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode suggestion = list.get(i);
            String suggestionPath = listPath + "[" + i + "]";
            if (!suggestion.isObject()) {
                throw new InvalidFeedbackException(suggestionPath, "is not an object");
            }
            ids.add(uuid(suggestion, "id", suggestionPath));
        }
        return ids;
    }

    private static @Nullable OverrideReason reason(@Nullable JsonNode node, String path) {
        if (absent(node)) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidFeedbackException(path, "is not an object");
        }
        String code = requiredText(node, "code", path, MAX_CODE_LENGTH);
        String system = optionalText(node, "system", path, MAX_CODE_LENGTH);
        String display = optionalText(node, "display", path, MAX_CODE_LENGTH);
        return new OverrideReason(system, code, display);
    }

    private static String uuid(JsonNode object, String field, String path) {
        String text = requiredText(object, field, path, MAX_CODE_LENGTH);
        if (!UUID.matcher(text).matches()) {
            throw new InvalidFeedbackException(path + "." + field, "is not a uuid (8-4-4-4-12 hexadecimal digits)");
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static Instant timestamp(JsonNode object, String field, String path) {
        String text = requiredText(object, field, path, MAX_TIMESTAMP_LENGTH);
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFeedbackException(path + "." + field,
                    "is not an ISO 8601 date and time with a time zone, such as 2020-12-11T00:00:00Z");
        }
    }

    /** A string the spec requires: present, a string, not blank, not too long. */
    private static String requiredText(JsonNode object, String field, String path, int maxLength) {
        JsonNode node = object.get(field);
        String fieldPath = path + "." + field;
        if (absent(node)) {
            throw new InvalidFeedbackException(fieldPath, "is missing");
        }
        String text = text(node, fieldPath, maxLength);
        if (text.isBlank()) {
            throw new InvalidFeedbackException(fieldPath, "is empty");
        }
        return text;
    }

    /** An optional string: absent, {@code null} and blank all mean "not given". */
    private static @Nullable String optionalText(JsonNode object, String field, String path, int maxLength) {
        JsonNode node = object.get(field);
        if (absent(node)) {
            return null;
        }
        String text = text(node, path + "." + field, maxLength);
        return text.isBlank() ? null : text;
    }

    private static String text(JsonNode node, String path, int maxLength) {
        if (!node.isTextual()) {
            throw new InvalidFeedbackException(path, "is not a string");
        }
        String text = node.textValue();
        if (text.length() > maxLength) {
            throw new InvalidFeedbackException(path, "is longer than " + maxLength + " characters");
        }
        if (text.indexOf('\0') >= 0) {
            // PostgreSQL cannot keep U+0000 in text; refuse it here rather than fail the store with a 503.
            throw new InvalidFeedbackException(path, "contains a NUL character");
        }
        return text;
    }

    private static boolean absent(@Nullable JsonNode node) {
        return node == null || node.isNull();
    }

    private static JsonNode readTree(byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidFeedbackException("$", "the body is larger than " + MAX_BODY_BYTES + " bytes");
        }
        if (body.length >= 2 && (body[0] == 0 || body[1] == 0)) {
            // Jackson would quietly read UTF-16 or UTF-32; CDS Hooks bodies are UTF-8.
            throw new InvalidFeedbackException("$", "the body is not UTF-8 JSON");
        }
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(body);
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode()) {
                throw new InvalidFeedbackException("$", "the body is empty");
            }
            if (parser.nextToken() != null) {
                throw new InvalidFeedbackException("$", "the body goes on after the top-level value");
            }
            return root;
        } catch (JsonProcessingException e) {
            // Jackson's own messages quote the body: never pass them on.
            // Jackson opens the list or object that is too deep before it checks: name its container.
            throw new InvalidFeedbackException(pathOf(parser, isTooDeep(e) ? 1 : 0), problem(e));
        } catch (CharConversionException e) {
            throw new InvalidFeedbackException(pathOf(parser, 0), "the body is not valid UTF-8");
        } catch (IOException e) {
            // Reading from a byte array does no I/O; anything else is a malformed body.
            throw new InvalidFeedbackException(pathOf(parser, 0), "the body is not well-formed JSON");
        } finally {
            closeQuietly(parser);
        }
    }

    private static String problem(JsonProcessingException e) {
        StreamConstraintsException limit = constraintOf(e);
        if (limit != null) {
            String text = String.valueOf(limit.getOriginalMessage());
            if (text.startsWith("Document nesting depth")) {
                return "nesting is deeper than " + MAX_DEPTH + " levels";
            }
            if (text.startsWith("Document length")) {
                return "the body is larger than " + MAX_BODY_BYTES + " bytes";
            }
            if (text.startsWith("Number value length")) {
                return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
            }
            if (text.startsWith("Name length")) {
                return "a key is longer than " + MAX_CODE_LENGTH + " characters";
            }
            return "a value is longer than " + MAX_STRING * 4 + " characters";
        }
        String text = String.valueOf(e.getOriginalMessage());
        if (text.startsWith("Duplicate field")) {
            return "a key is repeated in its object (a repeated key would silently drop a value)";
        }
        if (text.startsWith("Unexpected end-of-input")) {
            return "the body ends too early";
        }
        if (text.contains("UTF-8") || text.contains("UTF8")) {
            return "the body is not valid UTF-8";
        }
        return "the body is not well-formed JSON";
    }

    private static @Nullable StreamConstraintsException constraintOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    private static boolean isTooDeep(JsonProcessingException e) {
        StreamConstraintsException limit = constraintOf(e);
        return limit != null && String.valueOf(limit.getOriginalMessage()).startsWith("Document nesting depth");
    }

    /**
     * Where the parser stopped, as a JSON path; {@code $} before it started.
     *
     * @param skip how many of the innermost levels to leave out
     */
    private static String pathOf(@Nullable JsonParser parser, int skip) {
        if (parser == null) {
            return "$";
        }
        JsonStreamContext start = parser.getParsingContext();
        for (int i = 0; i < skip && start != null; i++) {
            start = start.getParent();
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = start; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                // Before its first value a list has index -1: the path is the list itself then.
                if (c.getCurrentIndex() >= 0) {
                    steps.push("[" + c.getCurrentIndex() + "]");
                }
            } else if (c.getCurrentName() != null) {
                // A key the spec does not define could be anything, a name too: show it as a placeholder.
                String name = c.getCurrentName();
                steps.push("." + (KNOWN_KEYS.contains(name) ? name : "<key>"));
            }
        }
        return "$" + String.join("", steps);
    }

    private static void closeQuietly(@Nullable JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // A parser over a byte array holds nothing to release.
            }
        }
    }
}
