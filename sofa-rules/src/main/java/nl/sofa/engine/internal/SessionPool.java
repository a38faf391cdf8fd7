package nl.sofa.engine.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Idle KieSessions of one KieBase, to be used again: creating a session's node and segment
 * memories is a large part of a small evaluation's cost, and a session that is reset keeps them
 * (emptied). Thread-safe; a session is used by one evaluation at a time.
 *
 * <p>A session comes back only after an evaluation that succeeded, and is reset at once (its
 * facts, agenda, memories, globals and handle counters cleared, as Drools' own
 * {@code KieSessionsPool} does), so an idle session holds nothing of the situation it evaluated.
 * A session whose evaluation failed is disposed, never used again. Drools' {@code KieSessionsPool}
 * is not used because it keeps a reference to every session it ever created, also to those that
 * are thrown away after a failure.
 */
final class SessionPool {
    private final KieBase kieBase;
    private final int maxIdle;
    private final ConcurrentLinkedQueue<KieSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    /**
     * @param kieBase the rules
     * @param maxIdle the most sessions kept idle; more are disposed when they come back
     */
    SessionPool(KieBase kieBase, int maxIdle) {
        this.kieBase = kieBase;
        this.maxIdle = maxIdle;
    }

    /** An empty session: an idle one, or a new one. */
    KieSession acquire() {
        KieSession session = idle.poll();
        if (session != null) {
            idleCount.decrementAndGet();
            return session;
        }
        return kieBase.newKieSession();
    }

    /** Takes back a session after an evaluation that succeeded: resets it and keeps it idle. */
    void release(KieSession session) {
        try {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } catch (RuntimeException e) {
            discard(session);
            return;
        }
        if (idleCount.incrementAndGet() <= maxIdle) {
            idle.offer(session);
        } else {
            idleCount.decrementAndGet();
            session.dispose();
        }
    }

    /** Disposes a session that must not be used again (its evaluation failed). */
    void discard(KieSession session) {
        try {
            session.dispose();
        } catch (RuntimeException e) {
            // nothing more to do: the session is dropped either way
        }
    }
}
