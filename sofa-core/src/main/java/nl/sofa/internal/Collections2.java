package nl.sofa.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Immutable copies with a deterministic iteration order. Internal: not part of the API. */
public final class Collections2 {
    private Collections2() {
    }

    /**
     * An unmodifiable copy iterating in declaration order; a repeated value counts once. (Set.copyOf
     * iterates in an unspecified order, which would make output depend on it.)
     */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values) {
        Objects.requireNonNull(values, "values");
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E value : values) {
            set.add(Objects.requireNonNull(value, "null element"));
        }
        return Collections.unmodifiableSet(set);
    }

    /** An unmodifiable copy sorted by {@link String#compareTo}; a repeated value counts once. */
    public static SortedSet<String> sortedStrings(Collection<String> values) {
        Objects.requireNonNull(values, "values");
        TreeSet<String> set = new TreeSet<>();
        for (String value : values) {
            set.add(Objects.requireNonNull(value, "null element"));
        }
        return Collections.unmodifiableSortedSet(set);
    }
}
