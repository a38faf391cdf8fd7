package nl.sofa.advice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Function;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.internal.SortedParams;
import nl.sofa.text.Vocabulary;

/**
 * Why a suggestion or flag is there: one sentence in Dutch and English, with the facts it names kept
 * apart so that an ECD can render it again, for example with names instead of ids.
 *
 * <p>The {@code key} says which sentence this is (documented per pack; the built-in pack's keys are
 * unprefixed, another pack's start with its pack id and a dot). The {@code params} are the facts the
 * sentence names, as JSON values: ids (names ending in {@code Id}; lists of ids end in {@code Ids}),
 * numbers, booleans, dates and enum codes (lists of codes too). The {@code template} is the sentence
 * with {@code {name}} placeholders; {@code text} is the template rendered with the
 * {@link Vocabulary#standard() standard vocabulary} and the ids as they are.
 *
 * <p>Stable since 0.2.
 *
 * @param key the stable reason key, for example {@code overload.factor.very-many-hours}
 * @param params the facts named in the sentence, keys sorted; values are {@link String},
 *     {@link Integer}, {@link Long}, {@link Double}, {@link Boolean}, {@link LocalDate} or a
 *     {@link List} of strings
 * @param text the sentence in Dutch and English
 * @param template the sentence with {@code {param}} placeholders in Dutch and English
 */
public record Reason(String key, Map<String, Object> params, LocalizedText text, LocalizedText template) {

    /**
     * The order of the facts behind an entry (contract v2 §2): by key, then by {@link #paramsJson()},
     * both by {@link String#compareTo}.
     */
    public static final Comparator<Reason> FACT_ORDER = (a, b) -> {
        int c = a.key.compareTo(b.key);
        return c != 0 ? c : a.paramsJson().compareTo(b.paramsJson());
    };

    /**
     * Copies the params into key order and checks their types.
     *
     * @throws IllegalArgumentException when the key is not 1 to 128 letters, digits, '.', '_' or '-',
     *     or a param has a type a JSON value cannot hold
     */
    public Reason {
        Objects.requireNonNull(key, "key");
        if (!validKey(key)) {
            throw new IllegalArgumentException("reason key must be 1 to 128 letters, digits, '.', '_' or '-': " + key);
        }
        params = copyParams(params, key);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(template, "template");
    }

    // A loop, not a regular expression: an advice holds dozens of reasons, each checked once.
    private static boolean validKey(String key) {
        int n = key.length();
        if (n == 0 || n > 128 || !Character.isLetterOrDigit(key.charAt(0)) || key.charAt(0) > 'z') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A reason rendered from its template with the standard vocabulary.
     *
     * @param key the reason key
     * @param params the facts named in the sentence
     * @param template the sentence with placeholders
     * @return the reason
     * @throws IllegalArgumentException when the template names a param that is not given, or a code
     *     the vocabulary does not know
     */
    public static Reason of(String key, Map<String, ?> params, LocalizedText template) {
        SortedMap<String, Object> copy = copyParams(params, key);
        Vocabulary words = Vocabulary.standard();
        LocalizedText text = new LocalizedText(
                words.render(key, template.nl(), copy, Vocabulary.DUTCH, Function.identity()),
                words.render(key, template.en(), copy, Locale.ENGLISH, Function.identity()));
        return new Reason(key, copy, text, template);
    }

    /**
     * The sentence in a language: Dutch for a Dutch locale, English for any other.
     *
     * @param locale the reader's locale
     * @return the sentence
     */
    public String text(Locale locale) {
        return Vocabulary.isDutch(locale) ? text.nl() : text.en();
    }

    /**
     * The sentence rendered again, with every id replaced by what {@code nameOfId} gives for it (a
     * name the ECD knows; return the id itself for an unknown one).
     *
     * @param locale the reader's locale: Dutch for a Dutch locale, English for any other
     * @param nameOfId gives the text to show for an id of a caregiver, volunteer, task or situation
     * @return the sentence
     */
    public String text(Locale locale, Function<String, String> nameOfId) {
        Objects.requireNonNull(nameOfId, "nameOfId");
        boolean dutch = Vocabulary.isDutch(locale);
        return Vocabulary.standard().render(key, dutch ? template.nl() : template.en(), params,
                dutch ? Vocabulary.DUTCH : Locale.ENGLISH, nameOfId);
    }

    /**
     * The params as compact JSON with the keys sorted, for example
     * {@code {"caregiverId":"cg-1","hours":40}}: how the contract orders reasons with the same key.
     */
    public String paramsJson() {
        StringBuilder json = new StringBuilder(16 + 24 * params.size()).append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : params.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, e.getKey()).append(':');
            value(json, e.getValue());
        }
        return json.append('}').toString();
    }

    /** The number as the contract writes it: no needless decimals, no exponent ("40", "7.5"). */
    public static String plainNumber(Number number) {
        if (number instanceof Integer || number instanceof Long) {
            return number.toString();
        }
        BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private static void value(StringBuilder json, Object value) {
        if (value instanceof String s) {
            quote(json, s);
        } else if (value instanceof Number n) {
            json.append(plainNumber(n));
        } else if (value instanceof Boolean b) {
            json.append(b);
        } else if (value instanceof LocalDate d) {
            quote(json, d.toString());
        } else if (value instanceof List<?> list) {
            json.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(json, (String) list.get(i));
            }
            json.append(']');
        }
    }

    private static StringBuilder quote(StringBuilder json, String s) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    // Params that are already a SortedParams (a rule's reason, or another Reason's) are kept as they
    // are when every value is one a reason holds: checked, not copied.
    private static SortedMap<String, Object> copyParams(Map<String, ?> params, String key) {
        Objects.requireNonNull(params, "params");
        if (params instanceof SortedParams p) {
            return p.mapValues((name, value) -> checked(value, name, key));
        }
        int n = params.size();
        String[] names = new String[n];
        Object[] values = new Object[n];
        int i = 0;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "param name");
            names[i] = name;
            values[i++] = checked(e.getValue(), name, key);
        }
        return SortedParams.of(names, values, i);
    }

    private static boolean allStrings(List<?> list) {
        for (Object item : list) {
            if (!(item instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static Object checked(Object value, String name, String key) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
                || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("param " + name + " of reason " + key + " is not a finite number");
            }
            return d;
        }
        if (value instanceof Float f) {
            return checked(f.doubleValue(), name, key);
        }
        if (value instanceof List<?> list && allStrings(list)) {
            return List.copyOf(list); // the same list when it is immutable already
        }
        if (value instanceof java.util.Collection<?> values) {
            String[] codes = new String[values.size()];
            int i = 0;
            for (Object v : values) {
                Object c = checked(v, name, key);
                if (!(c instanceof String s)) {
                    throw new IllegalArgumentException("param " + name + " of reason " + key
                            + " is a list of something else than strings or codes");
                }
                codes[i++] = s;
            }
            return List.of(codes);
        }
        throw new IllegalArgumentException("param " + name + " of reason " + key + " has a type a reason cannot hold: "
                + (value == null ? "null" : value.getClass().getName()));
    }
}
