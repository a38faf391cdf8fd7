package nl.sofa.testkit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A seeded generator of values: the same {@link Random} state and size give the same value.
 *
 * <p>A generator may also know how to make a failing value simpler ({@link #shrink}) and how to
 * show a value in a failure report ({@link #describe}); {@link Property} uses both. The
 * combinators ({@link #map}, {@link #flatMap}, {@link #listOf}, ...) build new generators; a mapped
 * generator cannot shrink (the mapping cannot be undone), so attach a shrinker to the result with
 * {@link #withShrinker} where it matters. {@link Situations#valid()} shrinks and describes
 * situations as JSON.
 *
 * <pre>{@code
 * Gen<Integer> hours = Gen.frequency(
 *         Gen.weighted(8, Gen.ints(1, 12)),     // most caregivers: a few hours a week
 *         Gen.weighted(2, Gen.ints(40, 168)));  // some: round the clock
 * List<Integer> sample = hours.samples(42L, 10);
 * }</pre>
 *
 * <p>Generators hold no state: one may be used from several threads, each with its own
 * {@link Random}. Stable since 0.1.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {

    /**
     * The next value.
     *
     * @param random the source of randomness; the only one a generator may use
     * @param size how big a value may be, from 1 to 100: the runner starts small and grows
     * @return a value, never null unless the generator is documented to give null
     */
    T next(Random random, int size);

    /**
     * Simpler values to try in place of a failing one, simplest (or most promising) first. Each
     * candidate must be a valid value of this generator and "smaller" than {@code value}, so that
     * shrinking ends. The default gives none.
     */
    default Stream<T> shrink(T value) {
        return Stream.empty();
    }

    /** How a value is shown in a failure report; the default is {@code String.valueOf}. */
    default String describe(T value) {
        return String.valueOf(value);
    }

    /** {@code count} values from {@code seed}, sizes growing as in a {@link Property} run. */
    default List<T> samples(long seed, int count) {
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(next(Property.randomForTry(seed, i), Property.sizeForTry(i)));
        }
        return values;
    }

    /** This generator's values, mapped. The result does not shrink. */
    default <R> Gen<R> map(Function<? super T, ? extends R> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return (random, size) -> mapping.apply(next(random, size));
    }

    /** A generator chosen by this generator's value. The result does not shrink. */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        return (random, size) -> mapping.apply(next(random, size)).next(random, size);
    }

    /** This generator with {@code shrinker} as its {@link #shrink}. */
    default Gen<T> withShrinker(Function<? super T, Stream<T>> shrinker) {
        Objects.requireNonNull(shrinker, "shrinker");
        Gen<T> self = this;
        return new Gen<>() {
            @Override
            public T next(Random random, int size) {
                return self.next(random, size);
            }

            @Override
            public Stream<T> shrink(T value) {
                return shrinker.apply(value);
            }

            @Override
            public String describe(T value) {
                return self.describe(value);
            }
        };
    }

    /** This generator with {@code describer} as its {@link #describe}. */
    default Gen<T> describedBy(Function<? super T, String> describer) {
        Objects.requireNonNull(describer, "describer");
        Gen<T> self = this;
        return new Gen<>() {
            @Override
            public T next(Random random, int size) {
                return self.next(random, size);
            }

            @Override
            public Stream<T> shrink(T value) {
                return self.shrink(value);
            }

            @Override
            public String describe(T value) {
                return describer.apply(value);
            }
        };
    }

    // ---- sources ----

    /** Always {@code value}. */
    static <T> Gen<T> constant(T value) {
        return (random, size) -> value;
    }

    /** Integers from {@code min} to {@code max}, both included, uniformly; shrinks towards {@code min}. */
    static Gen<Integer> ints(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min must not be above max: " + min + " > " + max);
        }
        long range = (long) max - min + 1;
        Gen<Integer> gen = (random, size) -> {
            if (range <= Integer.MAX_VALUE) {
                return min + random.nextInt((int) range);
            }
            while (true) {
                int value = random.nextInt();
                if (value >= min && value <= max) {
                    return value;
                }
            }
        };
        return gen.withShrinker(value -> value == min ? Stream.empty()
                : Stream.of(min, min + (value - min) / 2, value - 1).filter(v -> v < value).distinct());
    }

    /** {@code true} or {@code false}, evenly; shrinks to false. */
    static Gen<Boolean> booleans() {
        Gen<Boolean> gen = (random, size) -> random.nextBoolean();
        return gen.withShrinker(value -> value ? Stream.of(false) : Stream.empty());
    }

    /** {@code true} with probability {@code p}. */
    static Gen<Boolean> chance(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability is between 0 and 1: " + p);
        }
        return (random, size) -> random.nextDouble() < p;
    }

    /** One of {@code values}, evenly. */
    @SafeVarargs
    static <T> Gen<T> elements(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return elements(list);
    }

    /** One of {@code values}, evenly. */
    static <T> Gen<T> elements(Collection<? extends T> values) {
        List<T> list = List.copyOf(values);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value");
        }
        return (random, size) -> list.get(random.nextInt(list.size()));
    }

    /** One constant of {@code type}, evenly. */
    static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return elements(type.getEnumConstants());
    }

    /** Any subset of {@code type}'s constants, each constant in it with probability {@code p}. */
    static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type, double p) {
        Gen<Boolean> in = chance(p);
        return (random, size) -> {
            EnumSet<E> set = EnumSet.noneOf(type);
            for (E constant : type.getEnumConstants()) {
                if (in.next(random, size)) {
                    set.add(constant);
                }
            }
            return set;
        };
    }

    // ---- combinators ----

    /** The value of one of {@code gens}, chosen evenly. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = new ArrayList<>(gens.length);
        for (Gen<? extends T> gen : gens) {
            list.add(Objects.requireNonNull(gen, "null generator"));
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one generator");
        }
        return (random, size) -> list.get(random.nextInt(list.size())).next(random, size);
    }

    /** A generator with a weight, for {@link #frequency}. */
    static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** The value of one of {@code gens}, chosen in proportion to their weights. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... gens) {
        List<Weighted<? extends T>> list = new ArrayList<>(gens.length);
        for (Weighted<? extends T> gen : gens) {
            list.add(Objects.requireNonNull(gen, "null generator"));
        }
        int total = list.stream().mapToInt(Weighted::weight).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("frequency needs a positive total weight");
        }
        return (random, size) -> {
            int pick = random.nextInt(total);
            for (Weighted<? extends T> w : list) {
                pick -= w.weight();
                if (pick < 0) {
                    return w.gen().next(random, size);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    /**
     * Lists of {@code min} to {@code max} elements of {@code element}; the length is also kept
     * within {@code size}% of {@code max} (but never below {@code min}), so early tries are small.
     * Shrinks by dropping elements.
     */
    static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
        if (min < 0 || min > max) {
            throw new IllegalArgumentException("need 0 <= min <= max: " + min + ", " + max);
        }
        Gen<List<T>> gen = (random, size) -> {
            int cap = Math.max(min, Property.scaled(max, size));
            int length = min + random.nextInt(cap - min + 1);
            List<T> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(element.next(random, size));
            }
            return List.copyOf(list);
        };
        return gen.withShrinker(list -> {
            if (list.size() <= min) {
                return Stream.empty();
            }
            Stream<List<T>> empty = min == 0 && list.size() > 1 ? Stream.of(List.of()) : Stream.empty();
            return Stream.concat(empty, java.util.stream.IntStream.range(0, list.size()).mapToObj(i -> {
                List<T> shorter = new ArrayList<>(list);
                shorter.remove(i);
                return List.copyOf(shorter);
            }));
        });
    }

    /**
     * A generator and its weight in {@link #frequency}.
     *
     * @param weight how often, relative to the others; positive
     * @param gen the generator
     * @param <T> the type of the values
     */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        /** Checks the weight is positive. */
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight must be positive: " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }
}
