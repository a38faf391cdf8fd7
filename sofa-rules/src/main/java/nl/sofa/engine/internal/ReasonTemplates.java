package nl.sofa.engine.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.sofa.advice.Reason;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.fact.Because;
import nl.sofa.internal.TextResources;

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
        // Keys interned: the rules give their keys as literals, so a lookup's equals is one reference check.
        Map<String, LocalizedText> interned = new HashMap<>(2 * templates.size());
        templates.forEach((key, text) -> interned.put(key.intern(), text));
        this.templates = Map.copyOf(interned);
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
        return TextResources.read(ReasonTemplates.class, BUILTIN, "the built-in reason texts", p -> {
            Map<String, LocalizedText> texts = new LinkedHashMap<>();
            TextResources.expect(p.nextToken(), JsonToken.START_OBJECT, "the built-in reason texts");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("reasons")) {
                    p.skipChildren();
                    continue;
                }
                TextResources.expect(value, JsonToken.START_ARRAY, "the built-in reason texts");
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    String key = null;
                    LocalizedText text = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken token = p.nextToken();
                        if (name.equals("key")) {
                            key = p.getText();
                        } else if (name.equals("text") && token == JsonToken.START_OBJECT) {
                            text = TextResources.localized(p, "the built-in reason " + key);
                        } else {
                            p.skipChildren();
                        }
                    }
                    if (key == null || text == null) {
                        throw new IllegalStateException("a built-in reason text lacks its key or its text: " + key);
                    }
                    if (texts.put(key, text) != null) {
                        throw new IllegalStateException("the built-in reason key " + key + " has two texts");
                    }
                }
            }
            return texts;
        });
    }
}
