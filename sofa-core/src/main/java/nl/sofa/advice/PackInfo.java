package nl.sofa.advice;

import java.util.Objects;

/**
 * A rule pack that took part in an evaluation.
 *
 * @param id the pack's id, for example {@code sofa-builtin}
 * @param version the pack's version
 */
public record PackInfo(String id, String version) {
    /** Checks both are present. */
    public PackInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }
}
