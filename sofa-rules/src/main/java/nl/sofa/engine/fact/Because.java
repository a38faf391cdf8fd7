package nl.sofa.engine.fact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import nl.sofa.internal.SortedParams;

/**
 * Why a rule concluded something: a reason key and the facts the sentence names. The text itself
 * is not written here: the engine renders it from the pack's template for the key (Dutch and
 * English) once the rules are done, so that rules carry no wording and an ECD can render the
 * sentence again with names.
 *
 * <p>Param values are ids and numbers as they are, dates, booleans, and codes: an enum becomes its
 * name, a collection becomes the sorted list of its values' names (so that a reason never depends
 * on the order of the input). A null value leaves the param out.
 *
 * <p>Stable since 0.2.
 *
 * @param key the reason key: the built-in pack's are unprefixed, a pack's start with its pack id
 *     and a dot
 * @param params the facts named in the sentence, keys sorted
 */
public record Because(String key, Map<String, Object> params) {

    /** Copies the params (keeps them when they are a {@link SortedParams} whose values need no change). */
    public Because {
        if (Objects.requireNonNull(key, "key").isBlank()) {
            throw new IllegalArgumentException("a reason key must not be blank");
        }
        params = params(params);
    }

    /**
     * A reason with its params given as name, value, name, value, …: for a rule's consequence,
     * {@code Because.of("task.agreement.missing", "caregiverId", $id, "taskId", $task, "kind", $kind)}.
     *
     * @throws IllegalArgumentException when the names and values do not come in pairs, or a name is
     *     not a string
     */
    public static Because of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("reason " + key + ": params must come as name, value pairs");
        }
        // Straight into the arrays of the params, so that the constructor has nothing left to copy. As
        // before: a null value is left out, a name given twice keeps its last value, every name is
        // checked before any value is converted.
        String[] names = new String[namesAndValues.length / 2];
        Object[] values = new Object[names.length];
        int n = 0;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("reason " + key + ": param " + (i / 2) + " has no name");
            }
            Object value = namesAndValues[i + 1];
            if (value == null) {
                continue;
            }
            int at = indexOf(names, n, name);
            if (at >= 0) {
                values[at] = value;
            } else {
                names[n] = name;
                values[n++] = value;
            }
        }
        for (int i = 0; i < n; i++) {
            values[i] = value(values[i]);
        }
        return new Because(key, SortedParams.of(names, values, n));
    }

    private static int indexOf(String[] names, int n, String name) {
        for (int i = 0; i < n; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static SortedParams params(Map<String, Object> params) {
        if (params instanceof SortedParams p) {
            return p.mapValues((name, value) -> value(value));
        }
        String[] names = new String[params.size()];
        Object[] values = new Object[names.length];
        int n = 0;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            Object v = value(e.getValue());
            if (v != null) {
                names[n] = Objects.requireNonNull(e.getKey(), "param name");
                values[n++] = v;
            }
        }
        return SortedParams.of(names, values, n);
    }

    private static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list && sortedNames(list)) {
            return List.copyOf(list); // converted already: the same list when it is immutable
        }
        if (value instanceof Collection<?> values) {
            TreeSet<String> names = new TreeSet<>();
            for (Object v : values) {
                names.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
            return List.copyOf(names);
        }
        throw new IllegalArgumentException("a reason param cannot hold a " + value.getClass().getName());
    }

    private static boolean sortedNames(List<?> list) {
        String previous = null;
        for (Object item : list) {
            if (!(item instanceof String name) || (previous != null && previous.compareTo(name) >= 0)) {
                return false;
            }
            previous = name;
        }
        return true;
    }

    /** The key only: the params are values from the situation, and Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "Because[key=" + key + "]";
    }
}
