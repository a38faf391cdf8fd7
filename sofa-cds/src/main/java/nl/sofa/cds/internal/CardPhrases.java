package nl.sofa.cds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import nl.sofa.text.Vocabulary;

/** The words on cards and in discovery ({@code nl/sofa/cds/card-phrases.json}), Dutch first. */
public final class CardPhrases {
    private static final String RESOURCE = "/nl/sofa/cds/card-phrases.json";
    private static final CardPhrases STANDARD = load();

    private final Map<String, String> nl;
    private final Map<String, String> en;

    private CardPhrases(Map<String, String> nl, Map<String, String> en) {
        this.nl = nl;
        this.en = en;
    }

    /** The phrases that ship with SOFA. */
    public static CardPhrases standard() {
        return STANDARD;
    }

    /**
     * The phrase for a key, its placeholders filled.
     *
     * @throws IllegalArgumentException for an unknown key (a bug, found by the tests)
     */
    public String get(String key, Locale locale, Object... namesAndValues) {
        String template = (Vocabulary.isDutch(locale) ? nl : en).get(key);
        if (template == null) {
            throw new IllegalArgumentException("no card phrase " + key);
        }
        String out = template;
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out = out.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return out;
    }

    /** Whether there is a phrase for this key. */
    public boolean has(String key) {
        return nl.containsKey(key);
    }

    private static CardPhrases load() {
        try (InputStream in = CardPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> nl = new HashMap<>();
            Map<String, String> en = new HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().startsWith("_")) {
                    continue;
                }
                nl.put(e.getKey(), e.getValue().path("nl").asText());
                en.put(e.getKey(), e.getValue().path("en").asText());
            }
            return new CardPhrases(Map.copyOf(nl), Map.copyOf(en));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
