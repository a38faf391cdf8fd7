package nl.sofa.cds.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Where feedback on cards is kept. Implementations are thread-safe; {@code sofa-server} keeps it in a
 * JDBC database whose schema Flyway manages, tests and hosts without a database may use
 * {@link InMemoryFeedbackStore}.
 *
 * <p>Stable since 0.1.
 */
public interface FeedbackStore extends AutoCloseable {

    /**
     * Keeps all entries or none (one transaction). An empty list keeps nothing and succeeds.
     *
     * @param entries the entries of one feedback call, in the call's order
     * @throws FeedbackStoreException when they could not be kept; nothing was kept then
     */
    void store(List<FeedbackEntry> entries);

    /**
     * The entries received at or after {@code since}, oldest first, at most {@code limit}.
     *
     * @param since the earliest receipt time to return
     * @param limit the most entries to return, at least 1
     * @return the entries, oldest first (ties in the order they were stored)
     * @throws IllegalArgumentException when {@code limit} is below 1
     * @throws FeedbackStoreException when they could not be read
     */
    List<FeedbackEntry> since(Instant since, int limit);

    /**
     * Releases what the store holds (a connection pool, for example); afterwards {@link #store} and
     * {@link #since} fail with {@link FeedbackStoreException}. Closing twice does nothing. This
     * default holds nothing and does nothing.
     */
    @Override
    default void close() {
    }
}
