package nl.sofa.testkit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Small helpers on a {@link Random}, all of them deterministic for a given state. */
final class Draw {
    private Draw() {
    }

    /** True with probability {@code p}. */
    static boolean chance(Random random, double p) {
        return random.nextDouble() < p;
    }

    /** An integer from {@code min} to {@code max}, both included. */
    static int between(Random random, int min, int max) {
        if (max <= min) {
            return min;
        }
        return min + random.nextInt(max - min + 1);
    }

    /** One of {@code values}. */
    @SafeVarargs
    static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** One of {@code values}. */
    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An index into {@code weights}, chosen in proportion to them. */
    static int weighted(Random random, int... weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new AssertionError("unreachable");
    }

    /** {@code count} distinct constants of {@code type}, chosen evenly. */
    static <E extends Enum<E>> Set<E> some(Random random, Class<E> type, int count) {
        List<E> all = new ArrayList<>(List.of(type.getEnumConstants()));
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (int i = 0; i < count && !all.isEmpty(); i++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    /** Each constant of {@code type} with probability {@code p}. */
    static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type, double p) {
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (E constant : type.getEnumConstants()) {
            if (chance(random, p)) {
                chosen.add(constant);
            }
        }
        return chosen;
    }

    /** A Fisher-Yates shuffle of a copy of {@code values}. */
    static <T> List<T> shuffled(Random random, List<T> values) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }
}
