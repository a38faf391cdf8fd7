package nl.sofa.cds.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One card's outcome as a CDS client reported it: accepted (with the suggestions taken) or overridden
 * (with the reason chosen and the professional's comment, if any).
 *
 * @param serviceId the service the card came from, e.g. {@code sofa-patient-view}
 * @param cardUuid the card's uuid as the service gave it
 * @param outcome accepted or overridden
 * @param acceptedSuggestions the uuids of the suggestions taken; empty when overridden
 * @param overrideReason the reason chosen from the card's {@code overrideReasons}, or {@code null}
 * @param userComment what the professional wrote, or {@code null}; stored, never logged
 * @param outcomeTimestamp when the professional acted, as the client says
 * @param receivedAt when the service received it
 */
public record FeedbackEntry(
        String serviceId,
        String cardUuid,
        Outcome outcome,
        List<String> acceptedSuggestions,
        @Nullable OverrideReason overrideReason,
        @Nullable String userComment,
        Instant outcomeTimestamp,
        Instant receivedAt) {

    /** Checks the required parts and copies the list. */
    public FeedbackEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(cardUuid, "cardUuid");
        Objects.requireNonNull(outcome, "outcome");
        acceptedSuggestions = List.copyOf(acceptedSuggestions);
        Objects.requireNonNull(outcomeTimestamp, "outcomeTimestamp");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** What the professional did with a card. */
    public enum Outcome {
        /** One or more of its suggestions were taken. */
        ACCEPTED,
        /** It was set aside, usually with a reason. */
        OVERRIDDEN
    }

    /**
     * The override reason as a FHIR Coding.
     *
     * @param system the code system, or {@code null}
     * @param code the code
     * @param display the words shown to the professional
     */
    public record OverrideReason(@Nullable String system, String code, String display) {
        /** Checks the required parts. */
        public OverrideReason {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(display, "display");
        }
    }
}
