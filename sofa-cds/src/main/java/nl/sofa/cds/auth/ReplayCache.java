package nl.sofa.cds.auth;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The {@code jti}s of accepted tokens, each kept until its token could no longer pass the time
 * checks, at most {@code capacity} at once.
 *
 * <p>When full it refuses new entries rather than evicting one: an evicted {@code jti} whose token
 * has not expired could be replayed. One lock guards both structures; each call does O(log n) work
 * plus the purge of entries that have expired, each entry purged once.
 */
final class ReplayCache {
    enum Outcome { FRESH, REPLAYED, FULL }

    private record Entry(String key, long expiresAtMillis) {
    }

    private final int capacity;
    private final Map<String, Long> expiries = new HashMap<>();
    private final PriorityQueue<Entry> byExpiry =
            new PriorityQueue<>((a, b) -> Long.compare(a.expiresAtMillis(), b.expiresAtMillis()));

    ReplayCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("replay cache capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /** Remembers {@code key} until {@code expiresAtMillis}, unless it is already remembered or the cache is full. */
    synchronized Outcome remember(String key, long expiresAtMillis, long nowMillis) {
        purge(nowMillis);
        if (expiries.containsKey(key)) {
            return Outcome.REPLAYED;
        }
        if (expiries.size() >= capacity) {
            return Outcome.FULL;
        }
        expiries.put(key, expiresAtMillis);
        byExpiry.add(new Entry(key, expiresAtMillis));
        return Outcome.FRESH;
    }

    synchronized int size(long nowMillis) {
        purge(nowMillis);
        return expiries.size();
    }

    private void purge(long nowMillis) {
        Entry head;
        while ((head = byExpiry.peek()) != null && head.expiresAtMillis() <= nowMillis) {
            byExpiry.poll();
            expiries.remove(head.key());
        }
    }
}
