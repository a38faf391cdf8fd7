package nl.sofa.engine.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sofa.advice.Reason;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.fact.Because;

/**
 * The sentences of every pack's reason keys, in Dutch and English: the built-in pack's from
 * {@code nl/sofa/rules/builtin/reasons.json}, a pack's from its {@code actions.json}. Turns what a
 * rule gave ({@link Because}: key and params) into a {@link Reason} of the advice. Immutable.
 */
public final class ReasonTemplates {
    private static final String BUILTIN = "/nl/sofa/rules/builtin/reasons.json";
    private static final ReasonTemplates BUILTIN_TEMPLATES = new ReasonTemplates(loadBuiltin());

    private final Map<String, LocalizedText> templates;

    private ReasonTemplates(Map<String, LocalizedText> templates) {
        this.templates = Map.copyOf(templates);
    }

    /** The built-in pack's templates. */
    public static ReasonTemplates builtin() {
        return BUILTIN_TEMPLATES;
    }

    /** These templates and a pack's; the caller has checked that the pack's keys are its own. */
    public ReasonTemplates with(Map<String, LocalizedText> more) {
        Map<String, LocalizedText> all = new HashMap<>(templates);
        all.putAll(more);
        return new ReasonTemplates(all);
    }

    /** The template of a key, if a pack declared one. */
    public Optional<LocalizedText> find(String key) {
        return Optional.ofNullable(templates.get(key));
    }

    /** Every key with a template. */
    public java.util.Set<String> keys() {
        return templates.keySet();
    }

    /**
     * The reason for the advice.
     *
     * @throws EvaluationException naming the rule when no pack declares the key, or its template
     *     names a param the rule did not give
     */
    public Reason render(Because because, String ruleId, String situationId) {
        LocalizedText template = templates.get(because.key());
        if (template == null) {
            throw new EvaluationException(ruleId, situationId, "gives the reason key " + because.key()
                    + ", which no pack declares a text for", null);
        }
        try {
            return Reason.of(because.key(), because.params(), template);
        } catch (IllegalArgumentException e) {
            throw new EvaluationException(ruleId, situationId, e.getMessage(), null);
        }
    }

    private static Map<String, LocalizedText> loadBuiltin() {
        try (InputStream in = ReasonTemplates.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in reason texts " + BUILTIN + " are missing from the jar");
            }
            Map<String, LocalizedText> texts = new LinkedHashMap<>();
            try (JsonParser p = new JsonFactory().createParser(in)) {
                expect(p.nextToken(), JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!field.equals("reasons")) {
                        p.skipChildren();
                        continue;
                    }
                    expect(value, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        String key = null;
                        String nl = null;
                        String en = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            if (p.nextToken() == JsonToken.START_OBJECT) {
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String language = p.currentName();
                                    p.nextToken();
                                    if (language.equals("nl")) {
                                        nl = p.getText();
                                    } else if (language.equals("en")) {
                                        en = p.getText();
                                    }
                                }
                            } else if (name.equals("key")) {
                                key = p.getText();
                            }
                        }
                        if (key == null || nl == null || en == null) {
                            throw new IllegalStateException("a built-in reason text lacks its key or a language: " + key);
                        }
                        if (texts.put(key, new LocalizedText(nl, en)) != null) {
                            throw new IllegalStateException("the built-in reason key " + key + " has two texts");
                        }
                    }
                }
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in reason texts " + BUILTIN, e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("the built-in reason texts are not laid out as expected: " + expected
                    + " expected, " + actual + " found");
        }
    }
}
