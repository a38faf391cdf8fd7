package nl.sofa.cds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import org.junit.jupiter.api.Test;

/** An entry that exists fits its outcome. */
class FeedbackEntryTest {
    private static final Instant T = Instant.parse("2026-12-03T09:00:00Z");
    private static final String CARD = "4e0a3a1e-3283-4575-ab82-028d55fe2719";
    private static final OverrideReason REASON = new OverrideReason(null, "x", null);

    @Test
    void anAcceptedCardNamesASuggestionAndNoReason() {
        assertThatThrownBy(() -> new FeedbackEntry("s", CARD, Outcome.ACCEPTED, List.of(), null, null, T, T))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an accepted card names at least one accepted suggestion");
        assertThatThrownBy(() -> new FeedbackEntry("s", CARD, Outcome.ACCEPTED, List.of("a"), REASON, null, T, T))
                .hasMessage("an accepted card has no override reason or comment");
        assertThatThrownBy(() -> new FeedbackEntry("s", CARD, Outcome.ACCEPTED, List.of("a"), null, "c", T, T))
                .hasMessage("an accepted card has no override reason or comment");
    }

    @Test
    void anOverriddenCardNamesNoAcceptedSuggestion() {
        assertThatThrownBy(() -> new FeedbackEntry("s", CARD, Outcome.OVERRIDDEN, List.of("a"), REASON, null, T, T))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an overridden card has no accepted suggestions");
    }

    @Test
    void copiesTheSuggestionList() {
        List<String> ids = new ArrayList<>(List.of("a"));
        FeedbackEntry entry = new FeedbackEntry("s", CARD, Outcome.ACCEPTED, ids, null, null, T, T);
        ids.add("b");

        assertThat(entry.acceptedSuggestions()).containsExactly("a");
    }

    @Test
    void outcomesReadAndWriteTheSpecsWords() {
        assertThat(Outcome.ofCode("accepted")).isEqualTo(Outcome.ACCEPTED);
        assertThat(Outcome.ofCode("overridden")).isEqualTo(Outcome.OVERRIDDEN);
        assertThat(Outcome.ofCode("Accepted")).isNull();
        assertThat(Outcome.OVERRIDDEN.code()).isEqualTo("overridden");
    }
}
