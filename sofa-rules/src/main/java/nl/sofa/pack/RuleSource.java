package nl.sofa.pack;

import java.util.Objects;

/**
 * One DRL file of a rule pack.
 *
 * @param name the file's name, used in error messages (for example {@code policy.drl})
 * @param drl the DRL text
 */
public record RuleSource(String name, String drl) {
    /** Checks both are present. */
    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
    }
}
