package nl.sofa.cds.feedback;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;

/**
 * Writes kept feedback back as JSON, for an organisation that wants to see which suggestions are
 * taken and which cards are overridden, and why:
 *
 * <pre>{@code
 * {"feedback":[{"serviceId":"sofa-patient-view","card":"…","outcome":"overridden",
 *   "overrideReason":{"reason":{"system":"…","code":"…","display":"…"},"userComment":"…"},
 *   "outcomeTimestamp":"2020-12-11T00:00:00Z","receivedAt":"2020-12-11T00:00:01.250Z"}]}
 * }</pre>
 *
 * <p>Each entry has the fields of a CDS Hooks feedback entry plus {@code serviceId} and
 * {@code receivedAt}, always in this order: {@code serviceId}, {@code card}, {@code outcome},
 * {@code acceptedSuggestions} (only when accepted), {@code overrideReason} (only when there is a
 * reason or a comment; inside it {@code reason} with {@code system}, {@code code}, {@code display} as
 * far as known, then {@code userComment}), {@code outcomeTimestamp}, {@code receivedAt}. Times are ISO
 * 8601 in UTC ({@link java.time.Instant#toString()}). The same entries always give the same text, and
 * what {@link FeedbackRequest} reads from this output is what was written, bar {@code receivedAt}.
 *
 * <p>The output holds the professionals' comments: serve it only to callers who may read them.
 *
 * <p>Stable since 0.1. Thread-safe.
 */
public final class FeedbackJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FeedbackJson() {
    }

    /**
     * The entries as a {@code {"feedback":[…]}} document, compact, in the list's order.
     *
     * @param entries the entries, e.g. from {@link FeedbackStore#since}
     * @return the JSON text
     */
    public static String write(List<FeedbackEntry> entries) {
        StringWriter out = new StringWriter(64 + 256 * entries.size());
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("feedback");
            for (FeedbackEntry entry : entries) {
                writeEntry(json, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            // A StringWriter does no I/O.
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeEntry(JsonGenerator json, FeedbackEntry entry) throws IOException {
        json.writeStartObject();
        json.writeStringField("serviceId", entry.serviceId());
        json.writeStringField("card", entry.cardUuid());
        json.writeStringField("outcome", entry.outcome().code());
        if (!entry.acceptedSuggestions().isEmpty()) {
            json.writeArrayFieldStart("acceptedSuggestions");
            for (String id : entry.acceptedSuggestions()) {
                json.writeStartObject();
                json.writeStringField("id", id);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        OverrideReason reason = entry.overrideReason();
        String comment = entry.userComment();
        if (reason != null || comment != null) {
            json.writeObjectFieldStart("overrideReason");
            if (reason != null) {
                json.writeObjectFieldStart("reason");
                if (reason.system() != null) {
                    json.writeStringField("system", reason.system());
                }
                json.writeStringField("code", reason.code());
                if (reason.display() != null) {
                    json.writeStringField("display", reason.display());
                }
                json.writeEndObject();
            }
            if (comment != null) {
                json.writeStringField("userComment", comment);
            }
            json.writeEndObject();
        }
        json.writeStringField("outcomeTimestamp", entry.outcomeTimestamp().toString());
        json.writeStringField("receivedAt", entry.receivedAt().toString());
        json.writeEndObject();
    }
}
