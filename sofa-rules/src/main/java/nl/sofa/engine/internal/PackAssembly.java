package nl.sofa.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.PackStatus;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.RuleInfo;
import nl.sofa.engine.Thresholds;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.pack.internal.PackFiles;
import org.drools.model.Model;
import org.jspecify.annotations.Nullable;

/**
 * The packs of one engine, checked together before any engine exists: the built-in pack, then the
 * added packs in the order they were added. Everything that can be wrong with a set of packs is
 * found here and refused with an {@link InvalidPackException} (or, for a configuration that names
 * nothing, an {@link IllegalArgumentException}), so that a bad pack never yields an engine and
 * never touches an engine already built.
 *
 * @param enabled the packs whose rules go into the KieBase: the built-in pack first
 * @param packs every pack, switched off and retired ones included: the built-in pack first
 * @param rules every rule of every pack, switched-off ones included, as the engine lists them
 * @param disabledRules the ids of the rules of enabled packs that are switched off
 * @param catalog the built-in actions and flag types and those of the enabled packs
 * @param thresholds the configured thresholds with the enabled packs' settings applied
 * @param reasons the reason templates of the built-in pack and the enabled packs
 */
public record PackAssembly(List<LoadedPack> enabled, List<PackInfo> packs, List<RuleInfo> rules, Set<String> disabledRules,
        ActionCatalog catalog, Thresholds thresholds, Map<String, RuleOrigin> ruleOrigins, ReasonTemplates reasons) {

    /** Copies. */
    public PackAssembly {
        enabled = List.copyOf(enabled);
        packs = List.copyOf(packs);
        rules = List.copyOf(rules);
        disabledRules = Set.copyOf(disabledRules);
        ruleOrigins = Map.copyOf(ruleOrigins);
    }

    /** The pack of every rule, by rule id. */
    public Map<String, String> packOfRule() {
        Map<String, String> packs = new HashMap<>();
        ruleOrigins.forEach((rule, origin) -> packs.put(rule, origin.packId()));
        return packs;
    }

    /**
     * Where a rule comes from, for the messages of evaluations it fails.
     *
     * @param packId its pack
     * @param file the DRL file that defines it, or null (the built-in pack's precompiled rules)
     * @param line the 1-based line of its {@code rule} keyword in that file, or null
     */
    public record RuleOrigin(String packId, @Nullable String file, @Nullable Integer line) {
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
     * @throws InvalidPackException when a pack is invalid, does not compile, clashes, or must be
     *     compiled and the DRL compiler is not on the class path
     * @throws IllegalArgumentException when a pack or rule to switch off does not exist, or the
     *     built-in pack is to be switched off
     */
    public static PackAssembly of(List<RulePack> added, Set<String> disabledPacks, Set<String> disabledRules,
            Thresholds configured) {
        Map<String, RulePack> byId = new HashMap<>();
        for (RulePack pack : added) {
            PackFiles.checkIdentity(pack, pack.location() != null ? pack.location() : pack.getClass().getName());
            RulePack first = byId.putIfAbsent(pack.id(), pack);
            if (first != null) {
                throw new InvalidPackException(pack.id(), pack.location(), null, null,
                        "two packs have the id " + pack.id() + (first.location() == null && pack.location() == null ? ""
                                : " (" + whereFrom(first) + " and " + whereFrom(pack) + ")") + "; a pack id must be unique",
                        null);
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
        Map<String, RuleOrigin> origins = new HashMap<>();
        LoadedPack builtin = BuiltinPack.load();
        List<PackInfo> all = new ArrayList<>(List.of(builtin.info()));
        enabled.add(builtin);
        addRules(builtin, null, true, rules, origins);

        ActionCatalog catalog = ActionCatalog.builtin();
        ReasonTemplates reasons = ReasonTemplates.builtin();
        Thresholds thresholds = configured;
        Map<String, String> thresholdSetBy = new TreeMap<>();
        for (RulePack pack : added) {
            // A retired pack is the publisher's "do not use": listed, like a pack switched off, never run.
            boolean on = !disabledPacks.contains(pack.id()) && pack.status() != PackStatus.RETIRED;
            PackInfo info = new PackInfo(pack.id(), pack.version(), pack.publisher(), pack.status());
            all.add(info);
            // A jar with the executable model skips the DRL compiler: milliseconds instead of seconds.
            LoadedPack loaded = new LoadedPack(info, pack instanceof PackFiles.FilePack files && files.precompiled() != null
                    ? files.precompiled() : compile(pack));
            addRules(loaded, pack.rules(), on, rules, origins);
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
            if (!origins.containsKey(ruleId)) {
                throw new IllegalArgumentException("cannot disable rule " + ruleId + ": no loaded rule has that id");
            }
            if (BuiltinPack.REQUIRED_RULES.contains(ruleId)) {
                throw new IllegalArgumentException("cannot disable rule " + ruleId + ": every caregiver's overload"
                        + " level depends on it (the rules " + String.join(", ", new TreeSet<>(
                        BuiltinPack.REQUIRED_RULES)) + " cannot be switched off; change a threshold instead)");
            }
            switchedOff.add(ruleId);
        }
        List<RuleInfo> listed = new ArrayList<>();
        for (RuleInfo rule : rules) {
            listed.add(switchedOff.contains(rule.ruleId())
                    ? new RuleInfo(rule.packId(), rule.packVersion(), rule.ruleId(), rule.description(), false) : rule);
        }
        return new PackAssembly(enabled, all, listed, switchedOff, catalog, thresholds, origins, reasons);
    }

    /**
     * The pack's DRL compiled into executable models, after checking that the compiler is there: it
     * is an optional dependency of sofa-rules ({@link DrlCompilerCheck}).
     */
    private static List<Model> compile(RulePack pack) {
        if (pack.rules().isEmpty()) {
            throw new InvalidPackException(pack.id(), null, null, null, "the pack has no DRL", null);
        }
        DrlCompilerCheck.require(pack);
        return DrlCompiler.compile(pack.id(), pack.rules());
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
            Map<String, RuleOrigin> origins) {
        String packId = pack.info().id();
        for (RuleInfo rule : pack.ruleInfos()) {
            List<RuleOrigin> declared = sources == null ? List.of() : declarations(packId, rule.ruleId(), sources);
            RuleOrigin origin = declared.isEmpty() ? new RuleOrigin(packId, null, null) : declared.get(0);
            if (sources != null && !rule.ruleId().startsWith(packId + ".")) {
                throw refused(origin, "rule " + rule.ruleId() + ": the id of a rule of this pack must start with "
                        + packId + ".");
            }
            if (sources != null && rule.description().isBlank()) {
                // The description is what `sofa rules` and a reviewer of the advice read; a rule without one
                // cannot be told apart from its neighbours.
                throw refused(origin, "rule " + rule.ruleId() + " has no @description(\"...\"): say in one line what it"
                        + " decides");
            }
            RuleOrigin other = origins.putIfAbsent(rule.ruleId(), origin);
            if (other != null) {
                if (other.packId().equals(packId) && declared.size() > 1) {
                    origin = declared.get(1);
                }
                throw refused(origin, "rule id " + rule.ruleId() + " is already used by "
                        + (other.packId().equals(packId) ? "this pack" : "pack " + other.packId())
                        + (other.file() == null ? "" : " (" + other.file() + (other.line() == null ? "" : ":" + other.line())
                                + ")"));
            }
            rules.add(enabled ? rule : new RuleInfo(rule.packId(), rule.packVersion(), rule.ruleId(),
                    rule.description(), false));
        }
    }

    private static InvalidPackException refused(RuleOrigin origin, String message) {
        return new InvalidPackException(origin.packId(), origin.file(), origin.line(), null, message, null);
    }

    private static String whereFrom(RulePack pack) {
        return pack.location() != null ? pack.location() : "made in code by " + pack.getClass().getName();
    }

    /**
     * Where a rule is declared ({@code rule "id"}), in source order: Drools' executable model keeps
     * neither file nor line for a rule compiled from text, so the sources are searched.
     */
    private static List<RuleOrigin> declarations(String packId, String ruleId, List<RuleSource> sources) {
        Pattern declaration = Pattern.compile("^[ \\t]*rule\\s+[\"']" + Pattern.quote(ruleId) + "[\"']",
                Pattern.MULTILINE);
        List<RuleOrigin> found = new ArrayList<>();
        for (RuleSource source : sources) {
            Matcher matcher = declaration.matcher(source.drl());
            while (matcher.find()) {
                int line = 1;
                for (int i = 0; i < matcher.start(); i++) {
                    if (source.drl().charAt(i) == '\n') {
                        line++;
                    }
                }
                found.add(new RuleOrigin(packId, source.name(), line));
            }
        }
        return found;
    }

    private static ActionCatalog withActions(ActionCatalog catalog, RulePack pack) {
        String file = PackFiles.fileOf(pack, PackFiles.ACTIONS);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < pack.actions().size(); i++) {
            Action action = pack.actions().get(i);
            String at = "$.actions[" + i + "].id";
            if (!action.id().startsWith(pack.id() + ".")) {
                throw new InvalidPackException(pack.id(), file, null, at,
                        "action " + action.id() + ": the id of an action of this pack must start with " + pack.id() + ".",
                        null);
            }
            if (!ids.add(action.id())) {
                throw new InvalidPackException(pack.id(), file, null, at,
                        "the pack has two actions with the id " + action.id(), null);
            }
            if (catalog.contains(action.id())) {
                throw new InvalidPackException(pack.id(), file, null, at,
                        "action id " + action.id() + " is already in the catalog", null);
            }
        }
        return catalog.with(pack.actions());
    }

    private static Thresholds withThresholds(Thresholds thresholds, RulePack pack, Map<String, String> setBy) {
        String file = PackFiles.fileOf(pack, PackFiles.MANIFEST);
        for (Map.Entry<String, Double> setting : new TreeMap<>(pack.thresholds()).entrySet()) {
            String name = setting.getKey();
            String earlier = setBy.putIfAbsent(name, pack.id() + (file == null ? "" : " (" + file + ")"));
            try {
                Thresholds changed = thresholds.with(name, setting.getValue());
                if (earlier != null && !changed.equals(thresholds)) {
                    throw new InvalidPackException(pack.id(), file, null, "$.thresholds." + name,
                            "pack " + earlier + " already set threshold " + name + " to another value", null);
                }
                thresholds = changed;
            } catch (IllegalArgumentException e) {
                throw new InvalidPackException(pack.id(), file, null, "$.thresholds." + name, e.getMessage(), e);
            }
        }
        return thresholds;
    }
}
