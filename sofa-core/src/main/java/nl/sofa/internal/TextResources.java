package nl.sofa.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.sofa.catalog.LocalizedText;

/**
 * Reads the built-in text resources (vocabulary, phrases, reason templates) with Jackson's streaming
 * parser: an ObjectMapper would load some three hundred classes into every start of the command line.
 * A broken resource is a broken jar, so problems are {@link IllegalStateException}s naming the
 * resource. Internal: not part of the API.
 */
public final class TextResources {
    private TextResources() {
    }

    /** What reads a resource once its parser is open. */
    @FunctionalInterface
    public interface Reader<T> {
        /** Reads the resource from its first token on. */
        T read(JsonParser parser) throws IOException;
    }

    /**
     * Opens a class-path resource beside {@code anchor} and reads it.
     *
     * @param what what the resource is, for messages ("the vocabulary")
     * @throws IllegalStateException when the resource is missing
     * @throws UncheckedIOException when it cannot be read
     */
    public static <T> T read(Class<?> anchor, String resource, String what, Reader<T> reader) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the jar");
            }
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                return reader.read(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }

    /**
     * Reads {@code {"nl": "…", "en": "…"}}; the parser stands on its {@code START_OBJECT} and is left on
     * its {@code END_OBJECT}. Other fields are passed over.
     *
     * @param owner what the text belongs to, for messages
     * @throws IllegalStateException when a language is missing
     */
    public static LocalizedText localized(JsonParser parser, String owner) throws IOException {
        expect(parser.currentToken(), JsonToken.START_OBJECT, owner);
        String nl = null;
        String en = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String language = parser.currentName();
            parser.nextToken();
            if (language.equals("nl")) {
                nl = parser.getText();
            } else if (language.equals("en")) {
                en = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        if (nl == null || en == null) {
            throw new IllegalStateException(owner + " lacks a language");
        }
        return new LocalizedText(nl, en);
    }

    /** @throws IllegalStateException when the token is not the one the layout has there */
    public static void expect(JsonToken actual, JsonToken expected, String where) {
        if (actual != expected) {
            throw new IllegalStateException(where + " is not laid out as expected: " + expected + " expected, "
                    + actual + " found");
        }
    }
}
