package nl.sofa.cds.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Keeps feedback in memory, for tests and for hosts without a database; everything is lost when the
 * process ends.
 *
 * <p>It is bounded: once it holds {@code capacity} entries it refuses further calls with a
 * {@link FeedbackStoreException} (503) rather than dropping the oldest, because silently losing
 * feedback is worse for an organisation than a client being told to try again; a call that would not
 * fit whole is refused whole. A host that needs more uses a database.
 *
 * <p>Stable since 0.1. Thread-safe.
 */
public final class InMemoryFeedbackStore implements FeedbackStore {
    /** The capacity of {@link #InMemoryFeedbackStore()}: 10,000 entries, a few MB at most. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final Comparator<FeedbackEntry> BY_RECEIPT = Comparator.comparing(FeedbackEntry::receivedAt);

    private final int capacity;
    /** In the order stored; {@link #since} sorts a copy stably, so ties keep this order. */
    private final List<FeedbackEntry> entries = new ArrayList<>();
    private boolean closed;

    /** A store for {@value #DEFAULT_CAPACITY} entries. */
    public InMemoryFeedbackStore() {
        this(DEFAULT_CAPACITY);
    }

    /**
     * @param capacity the most entries it keeps, at least 1
     * @throws IllegalArgumentException when {@code capacity} is below 1
     */
    public InMemoryFeedbackStore(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * {@inheritDoc}
     *
     * @throws FeedbackStoreException when the entries would not all fit, or the store is closed
     */
    @Override
    public synchronized void store(List<FeedbackEntry> entries) {
        List<FeedbackEntry> copy = List.copyOf(entries);
        checkOpen();
        if (copy.size() > capacity - this.entries.size()) {
            throw new FeedbackStoreException("the in-memory feedback store is full: it holds " + this.entries.size()
                    + " of " + capacity + " entries and cannot take " + copy.size() + " more; nothing was kept");
        }
        this.entries.addAll(copy);
    }

    @Override
    public synchronized List<FeedbackEntry> since(Instant since, int limit) {
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        checkOpen();
        return entries.stream()
                .filter(e -> !e.receivedAt().isBefore(since))
                .sorted(BY_RECEIPT)
                .limit(limit)
                .toList();
    }

    /** How many entries it holds. */
    public synchronized int size() {
        return entries.size();
    }

    /** Forgets every entry; later calls fail. */
    @Override
    public synchronized void close() {
        closed = true;
        entries.clear();
    }

    private void checkOpen() {
        if (closed) {
            throw new FeedbackStoreException("the feedback store is closed");
        }
    }
}
