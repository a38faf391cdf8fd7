package nl.sofa.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The params of a reason: an immutable map from name to value, names in {@link String#compareTo}
 * order, held in two arrays. A rule's reason and the advice's {@code Reason} made from it share
 * one instance, so that an evaluation copies a reason's params once instead of three times
 * (a {@code TreeMap} and its unmodifiable view each time), and a template's lookups scan a few
 * array slots instead of walking a tree through two wrappers. Internal: not part of the API.
 */
public final class SortedParams extends AbstractMap<String, Object> implements SortedMap<String, Object> {
    private static final SortedParams EMPTY = new SortedParams(new String[0], new Object[0]);

    private final String[] names;
    private final Object[] values;
    private @Nullable Set<Map.Entry<String, Object>> entries;

    private SortedParams(String[] names, Object[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * The params from names and values in the same order, neither null; the arrays are taken over,
     * not copied. Sorts them by name when they are not sorted yet.
     *
     * @throws IllegalArgumentException when a name comes twice
     */
    public static SortedParams of(String[] names, Object[] values, int size) {
        if (size == 0) {
            return EMPTY;
        }
        String[] n = names.length == size ? names : java.util.Arrays.copyOf(names, size);
        Object[] v = values.length == size ? values : java.util.Arrays.copyOf(values, size);
        // Insertion sort: a reason has a handful of params, most often written in order already.
        for (int i = 1; i < size; i++) {
            String name = Objects.requireNonNull(n[i], "param name");
            Object value = Objects.requireNonNull(v[i], "param value");
            int j = i - 1;
            int c;
            while (j >= 0 && (c = n[j].compareTo(name)) >= 0) {
                if (c == 0) {
                    throw new IllegalArgumentException("param " + name + " is given twice");
                }
                n[j + 1] = n[j];
                v[j + 1] = v[j];
                j--;
            }
            n[j + 1] = name;
            v[j + 1] = value;
        }
        Objects.requireNonNull(n[0], "param name");
        Objects.requireNonNull(v[0], "param value");
        return new SortedParams(n, v);
    }

    /** The same names with other values (same length, none null), for a caller that converted some. */
    public SortedParams withValues(Object[] converted) {
        if (converted.length != values.length) {
            throw new IllegalArgumentException("expected " + values.length + " values, got " + converted.length);
        }
        for (Object value : converted) {
            Objects.requireNonNull(value, "param value");
        }
        return new SortedParams(names, converted);
    }

    /**
     * The same names with each value passed through {@code convert} (name, value), none null; this
     * instance itself when {@code convert} returns every value as it is, so that params already
     * converted are checked, not copied.
     */
    public SortedParams mapValues(BiFunction<String, Object, Object> convert) {
        Object[] converted = null;
        for (int i = 0; i < values.length; i++) {
            Object c = convert.apply(names[i], values[i]);
            if (c != values[i]) {
                if (converted == null) {
                    converted = values.clone();
                }
                converted[i] = c;
            }
        }
        return converted == null ? this : withValues(converted);
    }

    /** The value at a position in name order. */
    public Object valueAt(int i) {
        return values[i];
    }

    /** The name at a position. */
    public String nameAt(int i) {
        return names[i];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean isEmpty() {
        return names.length == 0;
    }

    private int indexOf(@Nullable Object key) {
        if (!(key instanceof String name)) {
            return -1;
        }
        // Names are mostly literals of the rules, and the templates' names are interned: equals
        // finds them by reference first.
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public @Nullable Object get(@Nullable Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        Set<Map.Entry<String, Object>> set = entries;
        if (set == null) {
            set = new Entries();
            entries = set;
        }
        return set;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < names.length; i++) {
            h += names[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (o == this) {
            return true;
        }
        if (o instanceof SortedParams other) {
            return java.util.Arrays.equals(names, other.names) && java.util.Arrays.equals(values, other.values);
        }
        return super.equals(o);
    }

    @Override
    public @Nullable Comparator<? super String> comparator() {
        return null;
    }

    @Override
    public SortedMap<String, Object> subMap(String fromKey, String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, Object> headMap(String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, Object> tailMap(String fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    @Override
    public String firstKey() {
        if (names.length == 0) {
            throw new NoSuchElementException();
        }
        return names[0];
    }

    @Override
    public String lastKey() {
        if (names.length == 0) {
            throw new NoSuchElementException();
        }
        return names[names.length - 1];
    }

    private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
        @Override
        public int size() {
            return names.length;
        }

        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < names.length;
                }

                @Override
                public Map.Entry<String, Object> next() {
                    if (next >= names.length) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                }
            };
        }
    }
}
