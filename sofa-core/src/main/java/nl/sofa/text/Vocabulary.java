package nl.sofa.text;

import com.fasterxml.jackson.core.JsonToken;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.sofa.advice.Reason;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.internal.TextResources;
import org.jspecify.annotations.Nullable;

/**
 * The words for every code of the contract, in Dutch and English, and the rendering of reason
 * templates with them: "een injectie", "slaapproblemen", "een hoog risico"; dates as "1 juni 2026"
 * and "1 June 2026"; numbers with a decimal comma in Dutch ("7,5").
 *
 * <p>The words live in one resource, {@code nl/sofa/text/vocabulary.json}, never in rules or code.
 * A template names its facts as {@code {param}}; how a param is written follows from its name and
 * value:
 * <ul>
 *   <li>a name ending in {@code Id} (or {@code Ids} for a list) is an id: written as the name lookup
 *       gives it (the id itself by default);</li>
 *   <li>a name the vocabulary maps to a domain (for example {@code kind} to the task kinds,
 *       {@code signals} to the overload signals) is a code (or a list of codes) written as its words,
 *       a list joined as "a, b en c";</li>
 *   <li>a date is written in prose, a number the language's way, a boolean as "ja"/"nee" or
 *       "yes"/"no", anything else as it is.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. Stable since 0.2.
 */
public final class Vocabulary {
    /** The Dutch locale the texts are written in. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final String RESOURCE = "vocabulary.json";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", DUTCH);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final class Standard {
        static final Vocabulary INSTANCE = load();
    }

    private static final int MAX_COMPILED = 4096;
    private static final int MAX_DATES = 4096;
    // One builder per thread, lent to one render at a time: a render inside a render (a name lookup
    // that renders) finds the slot empty and makes its own.
    private static final ThreadLocal<StringBuilder[]> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder[1]);

    private final Map<String, String> domainOfParam;
    private final Map<String, Map<String, LocalizedText>> words;
    private final Map<String, Segment[]> compiled = new ConcurrentHashMap<>();
    // Dates in prose, per language: formatting one is the costliest part of a reason with a date,
    // and an ECD's reasons name few distinct dates. Bounded like the compiled templates.
    private final Map<LocalDate, String> dutchDates = new ConcurrentHashMap<>();
    private final Map<LocalDate, String> englishDates = new ConcurrentHashMap<>();

    private Vocabulary(Map<String, String> domainOfParam, Map<String, Map<String, LocalizedText>> words) {
        this.domainOfParam = Map.copyOf(domainOfParam);
        Map<String, Map<String, LocalizedText>> copy = new HashMap<>();
        words.forEach((domain, codes) -> copy.put(domain, Map.copyOf(codes)));
        this.words = Map.copyOf(copy);
    }

    /** The vocabulary of the contract's codes. */
    public static Vocabulary standard() {
        return Standard.INSTANCE;
    }

    /** Whether texts for this locale are Dutch (any locale of the language {@code nl}); else English. */
    public static boolean isDutch(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage());
    }

    /**
     * The words for a code.
     *
     * @param domain the kind of code, for example {@code taskKind}, {@code condition},
     *     {@code overloadSignal}, {@code overloadRisk}
     * @param code the code, for example {@code INJECTION}
     * @return the words in Dutch and English, if the vocabulary has them
     */
    public Optional<LocalizedText> words(String domain, String code) {
        Map<String, LocalizedText> codes = words.get(domain);
        return codes == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
    }

    /**
     * The words for a code in a language.
     *
     * @throws IllegalArgumentException when the vocabulary does not know the code
     */
    public String word(String domain, String code, Locale locale) {
        LocalizedText text = words(domain, code).orElseThrow(() -> new IllegalArgumentException(
                "the vocabulary has no words for " + domain + " " + code));
        return isDutch(locale) ? text.nl() : text.en();
    }

    /** The domain whose codes a param of this name holds, if it holds codes. */
    public Optional<String> domainOf(String param) {
        return Optional.ofNullable(domainOfParam.get(param));
    }

    /** The domains the vocabulary has words for. */
    public java.util.Set<String> domains() {
        return words.keySet();
    }

    /** A date in prose: "1 juni 2026" in Dutch, "1 June 2026" in English. */
    public String date(LocalDate date, Locale locale) {
        boolean dutch = isDutch(locale);
        Map<LocalDate, String> cache = dutch ? dutchDates : englishDates;
        String written = cache.get(date);
        if (written == null) {
            written = (dutch ? DUTCH_DATE : ENGLISH_DATE).format(date);
            if (cache.size() < MAX_DATES) {
                cache.putIfAbsent(date, written);
            }
        }
        return written;
    }

    /** A number without needless decimals, with a decimal comma in Dutch: "40", "7,5"; "7.5" in English. */
    public String number(Number number, Locale locale) {
        String plain = Reason.plainNumber(number);
        return isDutch(locale) ? plain.replace('.', ',') : plain;
    }

    /** Words joined as a list: "a", "a en b", "a, b en c" (English: "and"). */
    public String list(List<String> items, Locale locale) {
        String and = isDutch(locale) ? " en " : " and ";
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + and + items.get(n - 1);
    }

    /**
     * A template with its placeholders filled in.
     *
     * @param key the reason key (named in errors)
     * @param template the sentence with {@code {param}} placeholders
     * @param params the facts
     * @param locale the language
     * @param nameOfId gives the text for an id
     * @return the sentence
     * @throws IllegalArgumentException when a placeholder names a param that is not given, a code has
     *     no words, or a brace is not closed
     */
    public String render(String key, String template, Map<String, ?> params, Locale locale,
            Function<String, String> nameOfId) {
        Segment[] segments = compiled.get(template);
        if (segments == null) {
            segments = compile(template);
            // Templates come from the packs, a few hundred; the bound only guards against a caller
            // who renders endless templates of their own.
            if (compiled.size() < MAX_COMPILED) {
                compiled.putIfAbsent(template, segments);
            }
        }
        StringBuilder[] slot = BUILDER.get();
        StringBuilder out = slot[0];
        if (out == null) {
            out = new StringBuilder(Math.max(256, template.length() + 32));
        } else {
            slot[0] = null;
            out.setLength(0);
        }
        try {
            for (Segment segment : segments) {
                if (segment.kind == Segment.TEXT) {
                    out.append(segment.text);
                } else if (segment.kind == Segment.PARAM) {
                    Object value = params.get(segment.text);
                    if (value == null && !params.containsKey(segment.text)) {
                        throw new IllegalArgumentException("the template of reason " + key + " names {" + segment.text
                                + "}, which is not among its params");
                    }
                    out.append(write(key, segment, value, locale, nameOfId));
                } else {
                    throw new IllegalArgumentException("the template of reason " + key + " has a '{' without '}'");
                }
            }
            return out.toString();
        } finally {
            if (out.capacity() <= 4096) {
                slot[0] = out;
            }
        }
    }

    /**
     * A template cut once into its text and its placeholders, each placeholder with what its name
     * says about how to write it; an unclosed brace stays a segment of its own, so that it fails
     * where the text reaches it, as before.
     */
    private Segment[] compile(String template) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                segments.add(new Segment(Segment.TEXT, template.substring(i), null, false));
                break;
            }
            int close = template.indexOf('}', open);
            if (open > i) {
                segments.add(new Segment(Segment.TEXT, template.substring(i, open), null, false));
            }
            if (close < 0) {
                segments.add(new Segment(Segment.UNCLOSED, "", null, false));
                break;
            }
            // Interned: the rules' param names are literals, so a template's lookups find them by reference.
            String name = template.substring(open + 1, close).intern();
            segments.add(new Segment(Segment.PARAM, name, domainOfParam.get(name),
                    name.endsWith("Id") || name.endsWith("Ids")));
            i = close + 1;
        }
        return segments.toArray(new Segment[0]);
    }

    /** A piece of a compiled template: text as it is, a placeholder, or an unclosed brace. */
    private static final class Segment {
        static final int TEXT = 0;
        static final int PARAM = 1;
        static final int UNCLOSED = 2;

        final int kind;
        final String text;
        final @Nullable String domain;
        final boolean id;

        Segment(int kind, String text, @Nullable String domain, boolean id) {
            this.kind = kind;
            this.text = text;
            this.domain = domain;
            this.id = id;
        }
    }

    private String write(String key, Segment param, Object value, Locale locale, Function<String, String> nameOfId) {
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>(list.size());
            for (Object item : list) {
                items.add(single(key, param, item, locale, nameOfId));
            }
            return list(items, locale);
        }
        return single(key, param, value, locale, nameOfId);
    }

    private String single(String key, Segment param, Object value, Locale locale, Function<String, String> nameOfId) {
        if (value instanceof LocalDate date) {
            return date(date, locale);
        }
        if (value instanceof Number number) {
            return number(number, locale);
        }
        if (value instanceof Boolean yes) {
            // "true" in a Dutch sentence is an English code (rules v2 §J)
            return isDutch(locale) ? (yes ? "ja" : "nee") : (yes ? "yes" : "no");
        }
        String text = String.valueOf(value);
        if (param.id) {
            return Objects.requireNonNullElse(nameOfId.apply(text), text);
        }
        String domain = param.domain;
        if (domain != null) {
            LocalizedText words = words(domain, text).orElseThrow(() -> new IllegalArgumentException(
                    "reason " + key + ": the vocabulary has no words for " + domain + " " + text));
            return isDutch(locale) ? words.nl() : words.en();
        }
        return text;
    }

    // Read with the streaming parser (TextResources): no ObjectMapper on the command line's start-up path.
    private static Vocabulary load() {
        return TextResources.read(Vocabulary.class, RESOURCE, "the vocabulary", p -> {
            Map<String, String> params = new LinkedHashMap<>();
            Map<String, Map<String, LocalizedText>> words = new LinkedHashMap<>();
            TextResources.expect(p.nextToken(), JsonToken.START_OBJECT, "the vocabulary");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("params")) {
                    TextResources.expect(value, JsonToken.START_OBJECT, "the vocabulary's params");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String param = p.currentName();
                        p.nextToken();
                        params.put(param, p.getText());
                    }
                } else if (field.equals("words")) {
                    TextResources.expect(value, JsonToken.START_OBJECT, "the vocabulary's words");
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String domain = p.currentName();
                        TextResources.expect(p.nextToken(), JsonToken.START_OBJECT, "the vocabulary's " + domain);
                        Map<String, LocalizedText> codes = new LinkedHashMap<>();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String code = p.currentName();
                            p.nextToken();
                            codes.put(code, TextResources.localized(p, "the vocabulary's " + domain + " " + code));
                        }
                        words.put(domain, codes);
                    }
                } else {
                    p.skipChildren();
                }
            }
            for (String domain : params.values()) {
                if (!words.containsKey(domain)) {
                    throw new IllegalStateException("the vocabulary maps a param to " + domain + ", which has no words");
                }
            }
            return new Vocabulary(params, words);
        });
    }
}
