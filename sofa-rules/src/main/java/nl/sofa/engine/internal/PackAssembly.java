package nl.sofa.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.advice.PackInfo;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.RuleInfo;
import nl.sofa.engine.Thresholds;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.pack.internal.PackFiles;

/**
 * The packs of one engine, checked together before any engine exists: the built-in pack, then the
 * added packs in the order they were added. Everything that can be wrong with a set of packs is
 * found here and refused with an {@link InvalidPackException} (or, for a configuration that names
 * nothing, an {@link IllegalArgumentException}), so that a bad pack never yields an engine and
 * never touches an engine already built.
 *
 * @param enabled the packs whose rules go into the KieBase: the built-in pack first
 * @param rules every rule of every pack, switched-off ones included, as the engine lists them
 * @param disabledRules the ids of the rules of enabled packs that are switched off
 * @param catalog the built-in actions and flag types and those of the enabled packs
 * @param thresholds the configured thresholds with the enabled packs' settings applied
 * @param reasons the reason templates of the built-in pack and the enabled packs
 */
public record PackAssembly(List<LoadedPack> enabled, List<RuleInfo> rules, Set<String> disabledRules,
        ActionCatalog catalog, Thresholds thresholds, ReasonTemplates reasons) {

    /** Copies. */
    public PackAssembly {
        enabled = List.copyOf(enabled);
        rules = List.copyOf(rules);
        disabledRules = Set.copyOf(disabledRules);
    }

    /** The enabled packs' ids and versions, as every advice names them. */
    public List<PackInfo> packInfos() {
        return enabled.stream().map(LoadedPack::info).toList();
    }

    /**
     * Checks and compiles the packs.
     *
     * @param added the integrators' packs, in order
     * @param disabledPacks ids of packs to switch off (their rules are listed, never loaded)
     * @param disabledRules ids of rules to switch off
     * @param configured the thresholds the engine was configured with
     * @throws InvalidPackException when a pack is invalid, does not compile, or clashes
     * @throws IllegalArgumentException when a pack or rule to switch off does not exist, or the
     *     built-in pack is to be switched off
     */
    public static PackAssembly of(List<RulePack> added, Set<String> disabledPacks, Set<String> disabledRules,
            Thresholds configured) {
        Map<String, RulePack> byId = new HashMap<>();
        for (RulePack pack : added) {
            PackFiles.checkIdentity(pack, pack.getClass().getName());
            if (byId.putIfAbsent(pack.id(), pack) != null) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "two packs have the id " + pack.id() + "; a pack id must be unique", null);
            }
        }
        for (String packId : disabledPacks) {
            if (packId.equals(BuiltinPack.INFO.id())) {
                throw new IllegalArgumentException("the built-in pack cannot be disabled (disable its rules one"
                        + " by one instead)");
            }
            if (!byId.containsKey(packId)) {
                throw new IllegalArgumentException("cannot disable pack " + packId + ": no pack has that id");
            }
        }

        List<LoadedPack> enabled = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> packOfRule = new HashMap<>();
        LoadedPack builtin = BuiltinPack.load();
        enabled.add(builtin);
        addRules(builtin, null, true, rules, packOfRule);

        ActionCatalog catalog = ActionCatalog.builtin();
        ReasonTemplates reasons = ReasonTemplates.builtin();
        Thresholds thresholds = configured;
        Map<String, String> thresholdSetBy = new TreeMap<>();
        for (RulePack pack : added) {
            boolean on = !disabledPacks.contains(pack.id());
            LoadedPack loaded = new LoadedPack(new PackInfo(pack.id(), pack.version()),
                    DrlCompiler.compile(pack.id(), pack.rules()));
            addRules(loaded, pack.rules(), on, rules, packOfRule);
            if (!on) {
                continue;
            }
            enabled.add(loaded);
            catalog = withActions(catalog, pack);
            catalog = withFlags(catalog, pack);
            reasons = withReasons(reasons, pack);
            thresholds = withThresholds(thresholds, pack, thresholdSetBy);
        }

        Set<String> switchedOff = new LinkedHashSet<>();
        for (String ruleId : disabledRules) {
            if (!packOfRule.containsKey(ruleId)) {
                throw new IllegalArgumentException("cannot disable rule " + ruleId + ": no loaded rule has that id");
            }
            switchedOff.add(ruleId);
        }
        List<RuleInfo> listed = new ArrayList<>();
        for (RuleInfo rule : rules) {
            listed.add(switchedOff.contains(rule.ruleId())
                    ? new RuleInfo(rule.packId(), rule.packVersion(), rule.ruleId(), rule.description(), false) : rule);
        }
        return new PackAssembly(enabled, listed, switchedOff, catalog, thresholds, reasons);
    }

    private static ActionCatalog withFlags(ActionCatalog catalog, RulePack pack) {
        for (FlagType flag : pack.flags()) {
            if (!flag.code().startsWith(pack.id() + ".")) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "flag " + flag.code() + ": the code of a flag of this pack must start with " + pack.id() + ".", null);
            }
            if (catalog.findFlag(flag.code()).isPresent()) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "flag code " + flag.code() + " is already in the catalog", null);
            }
        }
        return catalog.withFlags(pack.flags());
    }

    private static ReasonTemplates withReasons(ReasonTemplates reasons, RulePack pack) {
        for (String key : pack.reasons().keySet()) {
            if (!key.startsWith(pack.id() + ".")) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "reason key " + key + ": the key of a reason of this pack must start with " + pack.id() + ".", null);
            }
        }
        return reasons.with(pack.reasons());
    }

    private static void addRules(LoadedPack pack, List<RuleSource> sources, boolean enabled, List<RuleInfo> rules,
            Map<String, String> packOfRule) {
        String packId = pack.info().id();
        for (RuleInfo rule : pack.ruleInfos()) {
            if (sources != null && !rule.ruleId().startsWith(packId + ".")) {
                throw new InvalidPackException(packId, fileDefining(rule.ruleId(), sources), null, null,
                        "rule " + rule.ruleId() + ": the id of a rule of this pack must start with " + packId + ".", null);
            }
            String other = packOfRule.putIfAbsent(rule.ruleId(), packId);
            if (other != null) {
                throw new InvalidPackException(packId, fileDefining(rule.ruleId(), sources), null, null,
                        "rule id " + rule.ruleId() + " is already used by pack " + other, null);
            }
            rules.add(enabled ? rule : new RuleInfo(rule.packId(), rule.packVersion(), rule.ruleId(),
                    rule.description(), false));
        }
    }

    private static String fileDefining(String ruleId, List<RuleSource> sources) {
        if (sources != null) {
            for (RuleSource source : sources) {
                if (source.drl().contains("\"" + ruleId + "\"")) {
                    return source.name();
                }
            }
        }
        return null;
    }

    private static ActionCatalog withActions(ActionCatalog catalog, RulePack pack) {
        for (Action action : pack.actions()) {
            if (!action.id().startsWith(pack.id() + ".")) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "action " + action.id() + ": the id of an action of this pack must start with " + pack.id() + ".",
                        null);
            }
            if (catalog.contains(action.id())) {
                throw new InvalidPackException(pack.id(), null, null, null,
                        "action id " + action.id() + " is already in the catalog", null);
            }
        }
        return catalog.with(pack.actions());
    }

    private static Thresholds withThresholds(Thresholds thresholds, RulePack pack, Map<String, String> setBy) {
        for (Map.Entry<String, Double> setting : new TreeMap<>(pack.thresholds()).entrySet()) {
            String name = setting.getKey();
            String earlier = setBy.putIfAbsent(name, pack.id());
            try {
                Thresholds changed = thresholds.with(name, setting.getValue());
                if (earlier != null && !changed.equals(thresholds)) {
                    throw new InvalidPackException(pack.id(), null, null, "$.thresholds." + name,
                            "pack " + earlier + " already set threshold " + name + " to another value", null);
                }
                thresholds = changed;
            } catch (IllegalArgumentException e) {
                throw new InvalidPackException(pack.id(), null, null, "$.thresholds." + name, e.getMessage(), e);
            }
        }
        return thresholds;
    }
}
