package nl.sofa.engine;

import java.util.Objects;

/**
 * A rule loaded into an engine, as the {@code rules} command lists it.
 *
 * <p>Stable since 0.1.
 *
 * @param packId the id of the pack the rule comes from, for example {@code sofa-builtin}
 * @param packVersion the version of that pack
 * @param ruleId the rule's id (its name in the DRL), for example {@code builtin.overload.level.high}
 * @param description what the rule decides, in one line (its {@code @description}), or empty
 * @param enabled false when the rule was switched off with
 *     {@link SofaEngine.Builder#disableRule(String)}
 */
public record RuleInfo(String packId, String packVersion, String ruleId, String description, boolean enabled) {
    /** Checks that every part is present. */
    public RuleInfo {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(description, "description");
    }
}
