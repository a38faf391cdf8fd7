package nl.sofa.pack;

import java.util.List;
import java.util.Map;
import nl.sofa.advice.PackStatus;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack: rules of an integrator (a care organisation, an ECD vendor) that run beside the
 * built-in pack on the same facts, and the catalog actions they suggest.
 *
 * <p>A pack is found in one of three ways:
 * <ul>
 *   <li>on the classpath, by {@link java.util.ServiceLoader}: a jar lists its implementation in
 *       {@code META-INF/services/nl.sofa.pack.RulePack}; {@link ClasspathRulePack} makes that one
 *       line of code;</li>
 *   <li>from a folder: {@code pack.json} beside {@code *.drl} files and an optional
 *       {@code actions.json} ({@link RulePacks#fromFolder});</li>
 *   <li>from a jar with the same files at its root ({@link RulePacks#fromJar}).</li>
 * </ul>
 *
 * <p>Rules: every rule's name is its stable id and starts with the pack id and a dot
 * ({@code acme-policy.hoist-second-person}); the ids of the pack's own actions do too. The engine
 * refuses, when it is built, two packs with one id, a rule or action id used twice, and DRL that
 * does not compile ({@link InvalidPackException}). See {@code docs/writing-a-rule-pack.md}.
 *
 * <p>Implementations must be immutable. Stable since 0.1 (an SPI: methods may be added with
 * defaults).
 */
public interface RulePack {
    /**
     * The pack's id: lower-case letters, digits and {@code -}, in parts separated by {@code .}, at
     * most 64 characters ({@code acme-policy}, {@code nl.zorggroep.regio}). {@code sofa-builtin}
     * and {@code builtin} are reserved.
     */
    String id();

    /** The pack's version, for example {@code 1.2.0}; it appears in every advice. */
    String version();

    /** One line saying what the pack does. */
    String description();

    /** The pack's DRL files. */
    List<RuleSource> rules();

    /** The pack's own catalog actions, ids prefixed with {@code id() + "."}; none by default. */
    default List<Action> actions() {
        return List.of();
    }

    /**
     * The pack's own flag codes with their titles, codes prefixed with {@code id() + "."}; none by
     * default. A rule of the pack that raises a flag code that no pack declares fails the evaluation.
     */
    default List<FlagType> flags() {
        return List.of();
    }

    /**
     * The templates of the pack's reason keys (keys prefixed with {@code id() + "."}), in Dutch and
     * English, with {@code {param}} placeholders (see {@link nl.sofa.text.Vocabulary}); none by
     * default. A rule of the pack that gives a reason key without a template fails the evaluation.
     */
    default Map<String, LocalizedText> reasons() {
        return Map.of();
    }

    /**
     * Thresholds this pack sets, by name ({@link nl.sofa.engine.Thresholds#names()}), for example
     * {@code intensiveHoursAbove = 6} for an organisation that counts care as intensive from six
     * hours a week. They apply on top of the engine's configured thresholds; two packs that set one
     * threshold to different values are refused. None by default.
     */
    default Map<String, Double> thresholds() {
        return Map.of();
    }

    /** Who publishes the pack (an organisation, for example {@code Zorggroep Noord}); null (the default) when not stated. */
    default @Nullable String publisher() {
        return null;
    }

    /**
     * Where the pack is in its life; null (the default) when not stated, which counts as
     * {@link PackStatus#ACTIVE}. A {@link PackStatus#RETIRED} pack is listed with its rules
     * switched off and never runs; a {@link PackStatus#DRAFT} pack runs, and every advice names it
     * as a draft.
     */
    default @Nullable PackStatus status() {
        return null;
    }

    /**
     * Where the pack was loaded from, for messages that must tell two packs apart: a folder, a
     * jar, or a class path resource folder. Null (the default) when the pack is made in code.
     */
    default @Nullable String location() {
        return null;
    }
}
