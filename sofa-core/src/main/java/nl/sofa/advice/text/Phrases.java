package nl.sofa.advice.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.sofa.catalog.LocalizedText;
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

    // The streaming parser, as the vocabulary and the catalog use: no ObjectMapper on the start-up path.
    private static Phrases load() {
        try (InputStream in = Phrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the phrases " + RESOURCE + " are missing from the jar");
            }
            Map<String, LocalizedText> templates = new LinkedHashMap<>();
            try (JsonParser p = new JsonFactory().createParser(in)) {
                expect(p.nextToken(), JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!field.equals("phrases")) {
                        p.skipChildren();
                        continue;
                    }
                    expect(value, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        expect(p.nextToken(), JsonToken.START_OBJECT);
                        String nl = null;
                        String en = null;
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String language = p.currentName();
                            p.nextToken();
                            if (language.equals("nl")) {
                                nl = p.getText();
                            } else if (language.equals("en")) {
                                en = p.getText();
                            }
                        }
                        if (nl == null || en == null) {
                            throw new IllegalStateException("the phrase " + key + " lacks a language");
                        }
                        templates.put(key, new LocalizedText(nl, en));
                    }
                }
            }
            return new Phrases(templates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the phrases " + RESOURCE, e);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("the phrases are not laid out as expected: " + expected + " expected, "
                    + actual + " found");
        }
    }
}
