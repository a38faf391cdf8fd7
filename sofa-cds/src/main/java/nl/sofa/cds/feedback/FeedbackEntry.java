package nl.sofa.cds.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One card's outcome as a CDS client reported it: accepted (with the suggestions taken) or overridden
 * (with the reason chosen and the professional's comment, if any).
 *
 * <p>An entry that exists is consistent with the CDS Hooks 2.0 feedback rules: an accepted card names
 * at least one accepted suggestion and carries no override reason or comment; an overridden card
 * names no accepted suggestion, and may carry a reason, a comment, both or neither (the spec lets a
 * client dismiss a card without a reason). Lengths are not checked here: {@link FeedbackRequest}
 * bounds what a client may send, and a store refuses what it cannot keep.
 *
 * <p>Stable since 0.1.
 *
 * @param serviceId the service the card came from, e.g. {@code sofa-patient-view}
 * @param cardUuid the card's uuid as the service gave it
 * @param outcome accepted or overridden
 * @param acceptedSuggestions the uuids of the suggestions taken, in the client's order; at least one
 *     when accepted, empty when overridden
 * @param overrideReason the reason chosen from the card's {@code overrideReasons}, or {@code null};
 *     only when overridden
 * @param userComment what the professional wrote, or {@code null}; only when overridden; stored,
 *     never logged
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

    /**
     * Checks the required parts and that they fit the outcome, and copies the list.
     *
     * @throws IllegalArgumentException when accepted without suggestions, accepted with a reason or
     *     comment, or overridden with accepted suggestions
     */
    public FeedbackEntry {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(cardUuid, "cardUuid");
        Objects.requireNonNull(outcome, "outcome");
        acceptedSuggestions = List.copyOf(acceptedSuggestions);
        Objects.requireNonNull(outcomeTimestamp, "outcomeTimestamp");
        Objects.requireNonNull(receivedAt, "receivedAt");
        if (outcome == Outcome.ACCEPTED) {
            if (acceptedSuggestions.isEmpty()) {
                throw new IllegalArgumentException("an accepted card names at least one accepted suggestion");
            }
            if (overrideReason != null || userComment != null) {
                throw new IllegalArgumentException("an accepted card has no override reason or comment");
            }
        } else if (!acceptedSuggestions.isEmpty()) {
            throw new IllegalArgumentException("an overridden card has no accepted suggestions");
        }
    }

    /** What the professional did with a card. */
    public enum Outcome {
        /** One or more of its suggestions were taken. */
        ACCEPTED,
        /** It was set aside, with or without a reason. */
        OVERRIDDEN;

        /** The spec's word for it: {@code accepted} or {@code overridden}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The outcome for the spec's word.
         *
         * @param code {@code accepted} or {@code overridden}, exactly
         * @return the outcome, or {@code null} for any other text
         */
        public static @Nullable Outcome ofCode(String code) {
            for (Outcome outcome : values()) {
                if (outcome.code().equals(code)) {
                    return outcome;
                }
            }
            return null;
        }
    }

    /**
     * The override reason as the CDS Hooks Coding the professional chose. Only the code is required:
     * the spec's own feedback example sends a reason without {@code display}, and a client that omits
     * the system still says which reason was chosen.
     *
     * @param system the code system, or {@code null}
     * @param code the code
     * @param display the words shown to the professional, or {@code null}
     */
    public record OverrideReason(@Nullable String system, String code, @Nullable String display) {
        /** Checks the required part. */
        public OverrideReason {
            Objects.requireNonNull(code, "code");
        }
    }
}
