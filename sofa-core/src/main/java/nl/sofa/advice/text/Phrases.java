package nl.sofa.advice.text;

import com.fasterxml.jackson.core.JsonToken;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.internal.TextResources;
import nl.sofa.text.Vocabulary;

/**
 * The headings and joins of a rendered advice ("Eerst: …", "vóór …", "Aandachtspunten"), read from
 * {@code phrases.json} next to this class. They are templates like reason templates and are filled in
 * by the {@link Vocabulary}, so that a code in them is written in words and an id through the name
 * lookup, exactly as in the reasons.
 */
final class Phrases {
    private static final String RESOURCE = "phrases.json";

    private static final class Standard {
        static final Phrases INSTANCE = load();
    }

    private final Map<String, LocalizedText> templates;

    private Phrases(Map<String, LocalizedText> templates) {
        this.templates = Map.copyOf(templates);
    }

    static Phrases standard() {
        return Standard.INSTANCE;
    }

    /**
     * A phrase filled in.
     *
     * @throws IllegalArgumentException when there is no phrase with this key
     */
    String render(String key, Locale locale, Map<String, ?> params, Function<String, String> nameOfId) {
        LocalizedText template = templates.get(key);
        if (template == null) {
            throw new IllegalArgumentException("no phrase " + key);
        }
        return Vocabulary.standard().render(key, Vocabulary.isDutch(locale) ? template.nl() : template.en(), params,
                Vocabulary.isDutch(locale) ? Vocabulary.DUTCH : Locale.ENGLISH, nameOfId);
    }

    /** A phrase without placeholders. */
    String render(String key, Locale locale) {
        return render(key, locale, Map.of(), Function.identity());
    }

    private static Phrases load() {
        return TextResources.read(Phrases.class, RESOURCE, "the phrases", p -> {
            Map<String, LocalizedText> templates = new LinkedHashMap<>();
            TextResources.expect(p.nextToken(), JsonToken.START_OBJECT, "the phrases");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!field.equals("phrases")) {
                    p.skipChildren();
                    continue;
                }
                TextResources.expect(value, JsonToken.START_OBJECT, "the phrases");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    templates.put(key, TextResources.localized(p, "the phrase " + key));
                }
            }
            return new Phrases(templates);
        });
    }
}
