package nl.sofa.catalog;

import java.util.Objects;

/**
 * A text for people, in Dutch and English (always both).
 *
 * @param nl the Dutch text
 * @param en the English text
 */
public record LocalizedText(String nl, String en) {
    /** @throws IllegalArgumentException when a text is blank */
    public LocalizedText {
        if (Objects.requireNonNull(nl, "nl").isBlank() || Objects.requireNonNull(en, "en").isBlank()) {
            throw new IllegalArgumentException("texts must not be blank");
        }
    }
}
