package nl.sofa.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.sofa.situation.Situation;
import org.jspecify.annotations.Nullable;

/**
 * A situation document with exactly one problem, made from a valid situation by one
 * {@link Corruption}, and the JSON path the reader must report for it.
 *
 * <pre>{@code
 * Property.forAll(Documents.broken()).check(broken ->
 *         assertThatThrownBy(() -> json.readSituation(broken.bytes()))
 *                 .isInstanceOfSatisfying(InvalidSituationException.class,
 *                         e -> assertThat(e.path()).isEqualTo(broken.expectedPath())));
 * }</pre>
 *
 * <p>Stable since 0.1.
 */
public final class BrokenDocument {
    private final Situation source;
    private final Corruption corruption;
    private final String description;
    private final byte[] bytes;
    private final @Nullable String expectedPath;
    /** What made it, so that it can be made again from a simpler source; see {@link Documents}. */
    final Object recipe;

    BrokenDocument(Situation source, Corruption corruption, String description, byte[] bytes,
            @Nullable String expectedPath, Object recipe) {
        this.source = Objects.requireNonNull(source, "source");
        this.corruption = Objects.requireNonNull(corruption, "corruption");
        this.description = Objects.requireNonNull(description, "description");
        this.bytes = bytes.clone();
        this.expectedPath = expectedPath;
        this.recipe = recipe;
    }

    /** The valid situation the document was made from. */
    public Situation source() {
        return source;
    }

    /** How it was broken. */
    public Corruption corruption() {
        return corruption;
    }

    /** What was changed, where, in a few words: {@code $.caregivers[0].age: set to 121}. */
    public String description() {
        return description;
    }

    /** The document as UTF-8 bytes (a truncated document may end inside a character). */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The document as text (a character cut by truncation shows as U+FFFD). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The path the reader must report, for example {@code $.caregivers[1].hoursPerWeek}; null for a
     * {@link Corruption#TRUNCATED} document, of which only rejection can be expected.
     */
    public @Nullable String expectedPath() {
        return expectedPath;
    }

    /** How a failure report shows it: the corruption, the expected path and the document. */
    @Override
    public String toString() {
        return corruption + " " + description + "\nexpected path: " + (expectedPath == null ? "(any: only rejection)"
                : expectedPath) + "\ndocument: " + text();
    }
}
