package nl.sofa.testkit;

import java.util.Iterator;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.opentest4j.TestAbortedException;

/**
 * Runs a check over many generated values and, when one fails, shrinks it to a simpler failing
 * value and reports both with the seed that replays the run.
 *
 * <pre>{@code
 * @Test
 * void everySituationSurvivesWritingAndReading() {
 *     Property.forAll(Situations.valid()).check(situation ->
 *             assertThat(json.readSituation(json.writeSituation(situation))).isEqualTo(situation));
 * }
 * }</pre>
 *
 * <p><b>Tries.</b> {@link #tries(int)}, else the system property {@value #TRIES_PROPERTY}, else
 * {@value #DEFAULT_TRIES}. The build passes {@code sofa.tries} to the tests, so CI can raise it
 * ({@code mvn verify -Dsofa.tries=10000}).
 *
 * <p><b>Seeds.</b> {@link #seed(long)}, else the system property {@value #SEED_PROPERTY}, else a
 * new random seed each run. Try {@code i} draws from a {@link Random} seeded from the run's seed
 * and {@code i} alone, with a size that grows from 1 to 100 over the first hundred tries, so a seed
 * replays the same values at the same try numbers whatever the number of tries.
 *
 * <p><b>Failures.</b> A try fails when the check throws anything (an {@link AssertionError}, an
 * exception); a check that throws {@link TestAbortedException} (a failed JUnit assumption) discards
 * its try. The first failing value is shrunk greedily with the generator's {@link Gen#shrink}: the
 * first simpler candidate that still fails replaces it, until no candidate fails (a fixed point)
 * or {@link #maxShrinkSteps(int)} replacements were made. Then a {@link PropertyFailure} is thrown
 * whose message holds the seed and how to replay it, the try number, the original and the shrunk
 * value (as {@link Gen#describe} shows them: situations as JSON) and the shrunk value's failure,
 * which is also its cause (the original failure, when its message differs, is suppressed).
 *
 * <p>Immutable: each setter returns a new instance. Stable since 0.1.
 *
 * @param <T> the type of the values
 */
public final class Property<T> {
    /** The system property that sets the number of tries: {@value}. */
    public static final String TRIES_PROPERTY = "sofa.tries";
    /** The system property that sets the seed: {@value}. */
    public static final String SEED_PROPERTY = "sofa.seed";
    /** Tries when nothing else says: {@value}. */
    public static final int DEFAULT_TRIES = 1000;
    /** The most shrink steps (accepted simplifications) when nothing else says: {@value}. */
    public static final int DEFAULT_MAX_SHRINK_STEPS = 1000;
    /** The most candidates tried while shrinking one failure, whatever the steps. */
    static final int MAX_SHRINK_ATTEMPTS = 20_000;

    private final Gen<T> gen;
    private final @Nullable Integer tries;
    private final @Nullable Long seed;
    private final int maxShrinkSteps;
    private final @Nullable String name;

    private Property(Gen<T> gen, @Nullable Integer tries, @Nullable Long seed, int maxShrinkSteps,
            @Nullable String name) {
        this.gen = gen;
        this.tries = tries;
        this.seed = seed;
        this.maxShrinkSteps = maxShrinkSteps;
        this.name = name;
    }

    /** A property over the values of {@code gen}. */
    public static <T> Property<T> forAll(Gen<T> gen) {
        return new Property<>(Objects.requireNonNull(gen, "gen"), null, null, DEFAULT_MAX_SHRINK_STEPS, null);
    }

    /** A copy that runs {@code tries} tries, whatever {@value #TRIES_PROPERTY} says. */
    public Property<T> tries(int tries) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1: " + tries);
        }
        return new Property<>(gen, tries, seed, maxShrinkSteps, name);
    }

    /** A copy that uses {@code seed}, whatever {@value #SEED_PROPERTY} says. */
    public Property<T> seed(long seed) {
        return new Property<>(gen, tries, seed, maxShrinkSteps, name);
    }

    /** A copy that stops shrinking after {@code steps} accepted simplifications (0: no shrinking). */
    public Property<T> maxShrinkSteps(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("maxShrinkSteps must not be negative: " + steps);
        }
        return new Property<>(gen, tries, seed, steps, name);
    }

    /** A copy whose failure report starts with {@code name}. */
    public Property<T> named(String name) {
        return new Property<>(gen, tries, seed, maxShrinkSteps, Objects.requireNonNull(name, "name"));
    }

    /** The tries a {@link #check} will run. */
    public int effectiveTries() {
        if (tries != null) {
            return tries;
        }
        String text = System.getProperty(TRIES_PROPERTY);
        if (text == null || text.isBlank()) {
            return DEFAULT_TRIES;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("the system property " + TRIES_PROPERTY
                + " must be a whole number of at least 1, not '" + text + "'");
    }

    /**
     * Runs {@code check} on each try's value.
     *
     * @throws PropertyFailure when a value fails, after shrinking it
     */
    public void check(ThrowingConsumer<? super T> check) {
        Objects.requireNonNull(check, "check");
        int total = effectiveTries();
        SeedChoice choice = chooseSeed();
        int discarded = 0;
        for (int i = 0; i < total; i++) {
            T value = gen.next(randomForTry(choice.seed, i), sizeForTry(i));
            Outcome outcome = run(check, value);
            if (outcome == Outcome.DISCARDED) {
                discarded++;
            } else if (outcome.failure != null) {
                throw failure(choice, i, total, value, outcome.failure, check);
            }
        }
        if (discarded == total) {
            throw new PropertyFailure(header() + "discarded all of its " + total + " tries (each failed an assumption)"
                    + seedLine(choice), choice.seed, 0, null, null, 0, null);
        }
    }

    // ---- the run ----

    private record SeedChoice(long seed, String source) {
    }

    private SeedChoice chooseSeed() {
        if (seed != null) {
            return new SeedChoice(seed, "set in the test with .seed(...)");
        }
        String text = System.getProperty(SEED_PROPERTY);
        if (text != null && !text.isBlank()) {
            try {
                return new SeedChoice(Long.parseLong(text.trim()), "from -D" + SEED_PROPERTY);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the system property " + SEED_PROPERTY
                        + " must be a whole number (a long), not '" + text + "'", e);
            }
        }
        return new SeedChoice(ThreadLocalRandom.current().nextLong(), "random");
    }

    /** The outcome of one value: passed, discarded, or failed with a throwable. */
    private static final class Outcome {
        static final Outcome PASSED = new Outcome(null);
        static final Outcome DISCARDED = new Outcome(null);
        final @Nullable Throwable failure;

        private Outcome(@Nullable Throwable failure) {
            this.failure = failure;
        }
    }

    private static <T> Outcome run(ThrowingConsumer<? super T> check, T value) {
        try {
            check.accept(value);
            return Outcome.PASSED;
        } catch (TestAbortedException e) {
            return Outcome.DISCARDED;
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return new Outcome(e);
        }
    }

    private PropertyFailure failure(SeedChoice choice, int tryIndex, int total, T original, Throwable originalFailure,
            ThrowingConsumer<? super T> check) {
        T shrunk = original;
        Throwable shrunkFailure = originalFailure;
        int steps = 0;
        int attempts = 0;
        boolean fixedPoint = false;
        search:
        while (steps < maxShrinkSteps) {
            Iterator<T> candidates = gen.shrink(shrunk).iterator();
            while (candidates.hasNext()) {
                if (attempts++ >= MAX_SHRINK_ATTEMPTS) {
                    break search;
                }
                T candidate = candidates.next();
                Outcome outcome = run(check, candidate);
                if (outcome.failure != null) {
                    shrunk = candidate;
                    shrunkFailure = outcome.failure;
                    steps++;
                    continue search;
                }
            }
            fixedPoint = true;
            break;
        }
        String originalText = gen.describe(original);
        String shrunkText = gen.describe(shrunk);
        StringBuilder message = new StringBuilder(header())
                .append("failed on try ").append(tryIndex + 1).append(" of ").append(total)
                .append(seedLine(choice))
                .append("\noriginal input (try ").append(tryIndex + 1).append("):\n").append(indent(originalText))
                .append("\nshrunk input (").append(steps).append(steps == 1 ? " step, " : " steps, ")
                .append(fixedPoint ? "nothing simpler fails" : "stopped at the shrink bound").append("):\n")
                .append(indent(shrunkText))
                .append("\nfailure of the shrunk input:\n").append(indent(describe(shrunkFailure)));
        PropertyFailure failure = new PropertyFailure(message.toString(), choice.seed, tryIndex + 1, original, shrunk,
                steps, shrunkFailure);
        if (!describe(shrunkFailure).equals(describe(originalFailure))) {
            failure.addSuppressed(originalFailure);
        }
        return failure;
    }

    private String header() {
        return name == null ? "Property " : "Property '" + name + "' ";
    }

    private static String seedLine(SeedChoice choice) {
        return "\nseed: " + choice.seed + " (" + choice.source + "); replay with -D" + SEED_PROPERTY + "="
                + choice.seed;
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getName() + (message == null ? "" : ": " + message);
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    // ---- shared with Gen ----

    /** The {@link Random} of try {@code tryIndex} (from 0) in a run with {@code seed}. */
    static Random randomForTry(long seed, int tryIndex) {
        return new Random(mix(seed + 0x9E3779B97F4A7C15L * (tryIndex + 1L)));
    }

    /** The size of try {@code tryIndex} (from 0): 1, 2, ... up to 100. */
    static int sizeForTry(int tryIndex) {
        return Math.min(100, tryIndex + 1);
    }

    /** {@code max} scaled to {@code size} percent, rounded up. */
    static int scaled(int max, int size) {
        int percent = Math.max(1, Math.min(100, size));
        return (int) ((max * (long) percent + 99) / 100);
    }

    /** SplitMix64's finaliser: neighbouring seeds give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
