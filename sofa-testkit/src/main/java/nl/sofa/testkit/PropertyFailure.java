package nl.sofa.testkit;

import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * A property failed: thrown by {@link Property#check}. The message holds everything needed to
 * understand and replay the failure; the fields hold the same for a program. The cause is the
 * failure of the shrunk value; the failure of the original value, when it differs, is suppressed.
 *
 * <p>Stable since 0.1.
 */
public final class PropertyFailure extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final long seed;
    private final int tryNumber;
    private final transient @Nullable Object original;
    private final transient @Nullable Object shrunk;
    private final int shrinkSteps;

    PropertyFailure(String message, long seed, int tryNumber, @Nullable Object original, @Nullable Object shrunk,
            int shrinkSteps, @Nullable Throwable cause) {
        super(message, cause);
        this.seed = seed;
        this.tryNumber = tryNumber;
        this.original = original;
        this.shrunk = shrunk;
        this.shrinkSteps = shrinkSteps;
    }

    /** The seed of the run: {@code -Dsofa.seed=<seed>} replays it. */
    public long seed() {
        return seed;
    }

    /** The failing try, from 1; 0 when no try failed (every try was discarded). */
    public int tryNumber() {
        return tryNumber;
    }

    /** The generated value that failed first, or null when no try failed. */
    public @Nullable Object original() {
        return original;
    }

    /** The simplest failing value shrinking found, or null when no try failed. */
    public @Nullable Object shrunk() {
        return shrunk;
    }

    /** How many simplifications shrinking made. */
    public int shrinkSteps() {
        return shrinkSteps;
    }
}
