package nl.sofa.engine.fact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

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

    /** Copies the params. */
    public Because {
        if (Objects.requireNonNull(key, "key").isBlank()) {
            throw new IllegalArgumentException("a reason key must not be blank");
        }
        TreeMap<String, Object> copy = new TreeMap<>();
        params.forEach((name, value) -> {
            Object v = value(value);
            if (v != null) {
                copy.put(Objects.requireNonNull(name, "param name"), v);
            }
        });
        params = Collections.unmodifiableSortedMap(copy);
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
        TreeMap<String, Object> params = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw new IllegalArgumentException("reason " + key + ": param " + (i / 2) + " has no name");
            }
            Object value = namesAndValues[i + 1];
            if (value != null) {
                params.put(name, value);
            }
        }
        return new Because(key, params);
    }

    private static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> values) {
            TreeSet<String> names = new TreeSet<>();
            for (Object v : values) {
                names.add(v instanceof Enum<?> e ? e.name() : String.valueOf(v));
            }
            return java.util.List.copyOf(names);
        }
        throw new IllegalArgumentException("a reason param cannot hold a " + value.getClass().getName());
    }

    /** The key only: the params are values from the situation, and Drools prints facts into its logs. */
    @Override
    public String toString() {
        return "Because[key=" + key + "]";
    }
}
