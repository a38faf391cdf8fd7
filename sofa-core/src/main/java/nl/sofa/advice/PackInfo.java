package nl.sofa.advice;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack that took part in an evaluation.
 *
 * @param id the pack's id, for example {@code sofa-builtin}
 * @param version the pack's version
 * @param publisher who publishes the pack (an organisation), or null when the pack does not say
 * @param status where the pack is in its life, or null when the pack does not say (it is then
 *     used as {@link PackStatus#ACTIVE})
 */
public record PackInfo(String id, String version, @Nullable String publisher, @Nullable PackStatus status) {
    /** Checks the id and version are present. */
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /** A pack that states no publisher and no status. */
    public PackInfo(String id, String version) {
        this(id, version, null, null);
    }
}
