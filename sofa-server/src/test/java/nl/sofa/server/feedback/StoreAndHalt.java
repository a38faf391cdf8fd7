package nl.sofa.server.feedback;

import java.time.Instant;
import java.util.List;
import nl.sofa.cds.feedback.FeedbackEntry;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;

/**
 * Run in a child JVM by {@link JdbcFeedbackStoreTest}: stores two calls in the database at the URL it
 * is given, then halts without closing anything, as a process that is killed would.
 */
final class StoreAndHalt {
    /** The exit status that says both calls were stored before the halt. */
    static final int HALTED = 42;

    private StoreAndHalt() {
    }

    static List<FeedbackEntry> entries() {
        Instant t = Instant.parse("2026-12-03T09:00:00Z");
        return List.of(
                new FeedbackEntry("sofa-patient-view", "00000000-0000-4000-8000-000000000001", Outcome.ACCEPTED,
                        List.of("00000000-0000-4000-8000-000000000101"), null, null, t, t),
                new FeedbackEntry("sofa-patient-view", "00000000-0000-4000-8000-000000000002", Outcome.OVERRIDDEN,
                        List.of(), new OverrideReason("https://sofa.nl/override", "al-geregeld", "Is al geregeld"),
                        "Niet nu", t, t.plusMillis(1)));
    }

    public static void main(String[] args) {
        JdbcFeedbackStore store = JdbcFeedbackStore.open(args[0], null, null);
        store.store(entries().subList(0, 1));
        store.store(entries().subList(1, 2));
        Runtime.getRuntime().halt(HALTED);
    }
}
