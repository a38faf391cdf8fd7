package nl.sofa.pack.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RuleSource;
import nl.sofa.pack.spi.CompiledFile;
import nl.sofa.pack.spi.PackFileCompiler;

/**
 * Gathers the parts of one pack from its files — DRL, {@code actions.json}, {@code pack.json}'s
 * thresholds, and files that a {@link PackFileCompiler} reads (spreadsheet rule tables) — and
 * refuses an action id, flag code, reason key or threshold that two files of the pack both give,
 * naming both. Internal: use {@link nl.sofa.pack.RulePacks}.
 */
public final class PackParts {
    /** The artifact that reads spreadsheet rule tables, for the message when it is missing. */
    public static final String TABLES_ARTIFACT = "nl.sofa:sofa-tables";

    private final String packId;
    private final List<RuleSource> rules = new ArrayList<>();
    private final Map<String, Action> actions = new LinkedHashMap<>();
    private final Map<String, FlagType> flags = new LinkedHashMap<>();
    private final Map<String, LocalizedText> reasons = new LinkedHashMap<>();
    private final Map<String, Double> thresholds = new TreeMap<>();
    private final Map<String, String> declaredIn = new LinkedHashMap<>();

    /** Parts of the pack {@code packId}, with the thresholds its {@code pack.json} sets. */
    public PackParts(String packId, Map<String, Double> manifestThresholds, String manifestFile) {
        this.packId = packId;
        for (Map.Entry<String, Double> threshold : manifestThresholds.entrySet()) {
            thresholds.put(threshold.getKey(), threshold.getValue());
            declaredIn.put("threshold " + threshold.getKey(), manifestFile + " $.thresholds." + threshold.getKey());
        }
    }

    /**
     * Whether a file of a pack holds rules: {@code *.drl}, or a name with the {@code .drl.} infix
     * Drools gives its other rule formats ({@code *.drl.csv}, {@code *.drl.xlsx}, …). The lock
     * files a spreadsheet program leaves beside a workbook while it is open ({@code ~$name},
     * {@code .~lock.name#}) are not rule files: they hold no content, and an author who has the
     * table open must still be able to try the pack.
     */
    public static boolean isRuleFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String base = lower.substring(Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\')) + 1);
        if (base.startsWith("~$") || base.startsWith(".~lock.")) {
            return false;
        }
        return base.endsWith(".drl") || base.contains(".drl.");
    }

    /** Whether a rule file is DRL itself. */
    public static boolean isDrl(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    /** Adds a file of the pack: DRL as it is, any other rule file through its {@link PackFileCompiler}. */
    public void addRuleFile(String file, byte[] content) {
        if (isDrl(file)) {
            rules.add(PackFiles.drl(content, packId, file));
            return;
        }
        CompiledFile compiled = compilerFor(file).compile(packId, file, content);
        if (compiled.rules() != null) {
            rules.add(compiled.rules());
        }
        addCatalog(compiled.actions(), compiled.flags(), compiled.reasons(), file);
        for (Map.Entry<String, Double> threshold : new TreeMap<>(compiled.thresholds()).entrySet()) {
            declare("threshold " + threshold.getKey(), file);
            thresholds.put(threshold.getKey(), threshold.getValue());
        }
    }

    /** Adds what {@code actions.json} declares. */
    public void addCatalog(PackFiles.PackCatalog catalog, String file) {
        addCatalog(catalog.actions(), catalog.flags(), catalog.reasons(), file);
    }

    private void addCatalog(List<Action> newActions, List<FlagType> newFlags, Map<String, LocalizedText> newReasons,
            String file) {
        for (Action action : newActions) {
            declare("action id " + action.id(), file);
            actions.put(action.id(), action);
        }
        for (FlagType flag : newFlags) {
            declare("flag code " + flag.code(), file);
            flags.put(flag.code(), flag);
        }
        for (Map.Entry<String, LocalizedText> reason : new TreeMap<>(newReasons).entrySet()) {
            declare("reason key " + reason.getKey(), file);
            reasons.put(reason.getKey(), reason.getValue());
        }
    }

    private void declare(String what, String file) {
        String earlier = declaredIn.putIfAbsent(what, file);
        if (earlier != null) {
            throw new InvalidPackException(packId, file, null, null,
                    "the " + what + " is given here and in " + earlier + ": give it once", null);
        }
    }

    /** Whether any file gave rules. */
    public boolean hasRules() {
        return !rules.isEmpty();
    }

    /** The DRL, in the order the files were added. */
    public List<RuleSource> rules() {
        return List.copyOf(rules);
    }

    /** The actions of every file. */
    public List<Action> actions() {
        return List.copyOf(actions.values());
    }

    /** The flag codes of every file. */
    public List<FlagType> flags() {
        return List.copyOf(flags.values());
    }

    /** The reason templates of every file. */
    public Map<String, LocalizedText> reasons() {
        return Map.copyOf(reasons);
    }

    /** The thresholds of {@code pack.json} and every file. */
    public Map<String, Double> thresholds() {
        return Map.copyOf(thresholds);
    }

    private PackFileCompiler compilerFor(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        try {
            for (PackFileCompiler compiler : ServiceLoader.load(PackFileCompiler.class,
                    PackParts.class.getClassLoader())) {
                for (String ending : compiler.fileEndings()) {
                    if (lower.endsWith(ending)) {
                        return compiler;
                    }
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new InvalidPackException(packId, file, null, null,
                    "the reader of this kind of file cannot be loaded: " + e.getMessage(), e);
        }
        throw new InvalidPackException(packId, file, null, null, "is a rule file that is not DRL (a spreadsheet rule"
                + " table, *.drl.csv or *.drl.xlsx), and nothing on the class path reads it: add the artifact "
                + TABLES_ARTIFACT + " (the sofa command line has it), or remove the file", null);
    }
}
