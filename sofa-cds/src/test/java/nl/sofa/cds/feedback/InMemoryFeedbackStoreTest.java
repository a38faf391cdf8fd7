package nl.sofa.cds.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import org.junit.jupiter.api.Test;

/** The in-memory store: the store contract, and its refusal once full. */
class InMemoryFeedbackStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private static FeedbackEntry entry(int card, Instant receivedAt) {
        return new FeedbackEntry("sofa-patient-view", String.format("00000000-0000-4000-8000-%012d", card),
                Outcome.OVERRIDDEN, List.of(), null, null, T0, receivedAt);
    }

    private static List<Integer> cards(List<FeedbackEntry> entries) {
        return entries.stream().map(e -> Integer.parseInt(e.cardUuid().substring(24))).toList();
    }

    @Test
    void returnsEntriesReceivedAtOrAfterSinceOldestFirstTiesInStoredOrder() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore();
        store.store(List.of(entry(1, T0.plusSeconds(20)), entry(2, T0.plusSeconds(10))));
        store.store(List.of(entry(3, T0.plusSeconds(10)), entry(4, T0)));

        assertThat(cards(store.since(T0.plusSeconds(10), 100))).containsExactly(2, 3, 1);
        assertThat(cards(store.since(T0, 100))).containsExactly(4, 2, 3, 1);
        assertThat(cards(store.since(T0, 2))).containsExactly(4, 2);
        assertThat(store.since(T0.plusSeconds(21), 100)).isEmpty();
    }

    @Test
    void refusesACallThatWouldNotFitWholeAndKeepsWhatItHad() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore(3);
        store.store(List.of(entry(1, T0), entry(2, T0)));

        assertThatThrownBy(() -> store.store(List.of(entry(3, T0), entry(4, T0))))
                .isInstanceOfSatisfying(FeedbackStoreException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("feedback-store-unavailable");
                    assertThat(e.getMessage()).isEqualTo("the in-memory feedback store is full: it holds 2 of 3 "
                            + "entries and cannot take 2 more; nothing was kept");
                });
        assertThat(store.size()).isEqualTo(2);

        store.store(List.of(entry(3, T0)));
        assertThat(cards(store.since(T0, 10))).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyCallKeepsNothing() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore(1);
        store.store(List.of());

        assertThat(store.size()).isZero();
    }

    @Test
    void refusesALimitBelowOneAndACapacityBelowOne() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore();

        assertThatThrownBy(() -> store.since(T0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1: 0");
        assertThatThrownBy(() -> new InMemoryFeedbackStore(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be at least 1: 0");
    }

    @Test
    void aClosedStoreRefusesCalls() {
        InMemoryFeedbackStore store = new InMemoryFeedbackStore();
        store.store(List.of(entry(1, T0)));
        store.close();
        store.close();

        assertThatThrownBy(() -> store.since(T0, 1)).isInstanceOf(FeedbackStoreException.class)
                .hasMessage("the feedback store is closed");
        assertThatThrownBy(() -> store.store(List.of(entry(2, T0)))).isInstanceOf(FeedbackStoreException.class);
    }
}
