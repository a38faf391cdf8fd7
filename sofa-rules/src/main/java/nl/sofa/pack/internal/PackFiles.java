package nl.sofa.pack.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import nl.sofa.advice.PackStatus;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.Thresholds;
import nl.sofa.pack.ClasspathRulePack;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.role.SofaRole;
import org.drools.model.Model;
import org.jspecify.annotations.Nullable;

/**
 * Reads the files of a rule pack: {@code pack.json}, {@code actions.json} and DRL text, checking
 * each and naming the file and JSON path of the first problem. Internal: use
 * {@link nl.sofa.pack.RulePacks}.
 */
public final class PackFiles {
    /** The manifest's file name. */
    public static final String MANIFEST = "pack.json";
    /** The optional actions file's name. */
    public static final String ACTIONS = "actions.json";

    private static final Pattern PACK_ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");
    private static final Set<String> RESERVED_IDS = Set.of("sofa-builtin", "builtin");
    /** Every field pack.json may have. */
    public static final Set<String> MANIFEST_FIELDS = Set.of("id", "version", "description", "publisher", "status",
            "rules", "thresholds");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private PackFiles() {
    }

    /** What {@code pack.json} says. */
    public record Manifest(String id, String version, String description, @Nullable String publisher,
            @Nullable PackStatus status, List<String> rules, Map<String, Double> thresholds) {
    }

    /** Why {@code id} is not a valid pack id, or null when it is. */
    public static String idProblem(String id) {
        if (id == null || id.length() > 64 || !PACK_ID.matcher(id).matches()) {
            return "a pack id is lower-case letters, digits and '-', in parts separated by '.', at most 64"
                    + " characters (for example acme-policy)";
        }
        if (RESERVED_IDS.contains(id)) {
            return "the pack id " + id + " is reserved for the built-in pack";
        }
        return null;
    }

    /** Checks a pack's id, version and description as {@link RulePack} requires. */
    public static void checkIdentity(RulePack pack, String where) {
        String problem = idProblem(pack.id());
        if (problem != null) {
            throw new InvalidPackException(null, where, null, null, problem, null);
        }
        if (pack.version() == null || pack.version().isBlank()) {
            throw new InvalidPackException(pack.id(), where, null, null, "the pack has no version", null);
        }
        if (pack.description() == null || pack.description().isBlank()) {
            throw new InvalidPackException(pack.id(), where, null, null, "the pack has no description", null);
        }
    }

    /** Reads {@code pack.json}; {@code rulesRequired} when the DRL files cannot be listed (the classpath). */
    public static Manifest manifest(byte[] bytes, String file, boolean rulesRequired) {
        JsonNode root = parse(bytes, null, file);
        if (!root.isObject()) {
            throw invalid(null, file, "$", "pack.json must hold a JSON object");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!MANIFEST_FIELDS.contains(name)) {
                throw invalid(null, file, "$." + name,
                        "is not a field of pack.json (id, version, description, publisher, status, rules,"
                                + " thresholds)");
            }
        }
        String id = text(root, "id", null, file);
        String problem = idProblem(id);
        if (problem != null) {
            throw invalid(null, file, "$.id", problem);
        }
        String version = text(root, "version", id, file);
        String description = text(root, "description", id, file);
        String publisher = root.has("publisher") ? text(root, "publisher", id, file) : null;
        PackStatus status = root.has("status") ? enumValue(root, "status", PackStatus.class, id, file, "$") : null;
        List<String> rules = new ArrayList<>();
        JsonNode list = root.get("rules");
        if (list == null) {
            if (rulesRequired) {
                throw invalid(id, file, "$.rules", "is required for a pack on the classpath (list its DRL files)");
            }
        } else if (!list.isArray() || list.isEmpty()) {
            throw invalid(id, file, "$.rules", "must be a non-empty array of DRL file (or rule table) names");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode name = list.get(i);
                if (!name.isTextual() || !PackParts.isRuleFile(name.textValue()) || name.textValue().contains("..")) {
                    throw invalid(id, file, "$.rules[" + i + "]",
                            "must be the name of a .drl file (or a rule table, *.drl.csv, *.drl.xlsx) in the pack");
                }
                rules.add(name.textValue());
            }
        }
        Map<String, Double> thresholds = new TreeMap<>();
        JsonNode given = root.get("thresholds");
        if (given != null) {
            if (!given.isObject()) {
                throw invalid(id, file, "$.thresholds", "must be an object of threshold names and numbers");
            }
            for (Map.Entry<String, JsonNode> entry : given.properties()) {
                String at = "$.thresholds." + entry.getKey();
                if (!Thresholds.names().contains(entry.getKey())) {
                    throw invalid(id, file, at, "is not a threshold (known: " + String.join(", ", Thresholds.names()) + ")");
                }
                if (!entry.getValue().isNumber()) {
                    throw invalid(id, file, at, "must be a number");
                }
                thresholds.put(entry.getKey(), entry.getValue().doubleValue());
            }
        }
        return new Manifest(id, version, description, publisher, status, List.copyOf(rules), Map.copyOf(thresholds));
    }

    /**
     * What {@code actions.json} declares: the pack's actions, flag codes with their texts, and
     * reason templates.
     *
     * @param actions the actions
     * @param flags the flag codes with their titles
     * @param reasons the reason templates by key
     */
    public record PackCatalog(List<Action> actions, List<FlagType> flags, Map<String, LocalizedText> reasons) {
        /** Copies. */
        public PackCatalog {
            actions = List.copyOf(actions);
            flags = List.copyOf(flags);
            reasons = Map.copyOf(reasons);
        }

        /** A pack without an {@code actions.json}. */
        public static final PackCatalog EMPTY = new PackCatalog(List.of(), List.of(), Map.of());
    }

    /**
     * Reads {@code actions.json}: {@code {"actions": [{"id", "role", "phase", "text": {"nl", "en"}}],
     * "flags": [{"code", "text": {"nl", "en"}}], "reasons": [{"key", "text": {"nl", "en"}}]}}; each
     * list optional.
     */
    public static PackCatalog catalog(byte[] bytes, String packId, String file) {
        JsonNode root = parse(bytes, packId, file);
        if (!root.isObject()) {
            throw invalid(packId, file, "$", "actions.json must be {\"actions\": [...], \"flags\": [...], \"reasons\": [...]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!Set.of("actions", "flags", "reasons").contains(name)) {
                throw invalid(packId, file, "$." + name, "is not a field of actions.json (actions, flags, reasons)");
            }
        }
        List<FlagType> flags = new ArrayList<>();
        JsonNode flagList = root.get("flags");
        if (flagList != null) {
            if (!flagList.isArray()) {
                throw invalid(packId, file, "$.flags", "must be a list");
            }
            for (int i = 0; i < flagList.size(); i++) {
                String at = "$.flags[" + i + "]";
                JsonNode node = flagList.get(i);
                if (!node.isObject()) {
                    throw invalid(packId, file, at, "must be an object with code and text");
                }
                String code = text(node, "code", packId, file, at);
                if (!code.startsWith(packId + ".")) {
                    throw invalid(packId, file, at + ".code", "a flag code of this pack must start with " + packId + ".");
                }
                LocalizedText text = localized(node, packId, file, at);
                try {
                    flags.add(new FlagType(code, text));
                } catch (IllegalArgumentException e) {
                    throw invalid(packId, file, at, e.getMessage());
                }
            }
        }
        Map<String, LocalizedText> reasons = new java.util.LinkedHashMap<>();
        JsonNode reasonList = root.get("reasons");
        if (reasonList != null) {
            if (!reasonList.isArray()) {
                throw invalid(packId, file, "$.reasons", "must be a list");
            }
            for (int i = 0; i < reasonList.size(); i++) {
                String at = "$.reasons[" + i + "]";
                JsonNode node = reasonList.get(i);
                if (!node.isObject()) {
                    throw invalid(packId, file, at, "must be an object with key and text");
                }
                String key = text(node, "key", packId, file, at);
                if (!key.startsWith(packId + ".")) {
                    throw invalid(packId, file, at + ".key", "a reason key of this pack must start with " + packId + ".");
                }
                if (reasons.put(key, localized(node, packId, file, at)) != null) {
                    throw invalid(packId, file, at + ".key", "the reason key " + key + " is declared twice");
                }
            }
        }
        JsonNode actionList = root.get("actions");
        List<Action> actions = actionList == null ? List.of() : actions(actionList, packId, file);
        return new PackCatalog(actions, flags, reasons);
    }

    private static LocalizedText localized(JsonNode node, String packId, String file, String at) {
        JsonNode text = node.get("text");
        if (text == null || !text.isObject()) {
            throw invalid(packId, file, at + ".text", "must be an object with nl and en");
        }
        String nl = text(text, "nl", packId, file, at + ".text");
        String en = text(text, "en", packId, file, at + ".text");
        try {
            return new LocalizedText(nl, en);
        } catch (IllegalArgumentException e) {
            throw invalid(packId, file, at + ".text", e.getMessage());
        }
    }

    private static List<Action> actions(JsonNode list, String packId, String file) {
        if (!list.isArray()) {
            throw invalid(packId, file, "$.actions", "must be a list");
        }
        List<Action> actions = new ArrayList<>();
        Map<String, Integer> indexOfId = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "$.actions[" + i + "]";
            JsonNode node = list.get(i);
            if (!node.isObject()) {
                throw invalid(packId, file, at, "must be an object");
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
                String name = names.next();
                if (!Set.of("id", "role", "phase", "text").contains(name)) {
                    throw invalid(packId, file, at + "." + name, "is not a field of an action (id, role, phase, text)");
                }
            }
            String id = text(node, "id", packId, file, at);
            if (!id.startsWith(packId + ".")) {
                throw invalid(packId, file, at + ".id", "an action id of this pack must start with " + packId + ".");
            }
            Integer earlier = indexOfId.putIfAbsent(id, i);
            if (earlier != null) {
                throw invalid(packId, file, at + ".id", "the action id " + id + " is already used at $.actions["
                        + earlier + "]");
            }
            SofaRole role = enumValue(node, "role", SofaRole.class, packId, file, at);
            ActionPhase phase = enumValue(node, "phase", ActionPhase.class, packId, file, at);
            JsonNode text = node.get("text");
            if (text == null || !text.isObject()) {
                throw invalid(packId, file, at + ".text", "must be an object with nl and en");
            }
            String nl = text(text, "nl", packId, file, at + ".text");
            String en = text(text, "en", packId, file, at + ".text");
            try {
                actions.add(new Action(id, role, phase, new LocalizedText(nl, en)));
            } catch (IllegalArgumentException e) {
                throw invalid(packId, file, at, e.getMessage());
            }
        }
        return List.copyOf(actions);
    }

    /** A DRL file's text; the file must be UTF-8. */
    public static RuleSource drl(byte[] bytes, String packId, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return new RuleSource(name, text);
        } catch (CharacterCodingException e) {
            throw new InvalidPackException(packId, name, null, null, "the file is not UTF-8", null);
        }
    }

    private static JsonNode parse(byte[] bytes, String packId, String file) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw invalid(packId, file, "$", "the file is empty");
            }
            return root;
        } catch (JsonParseException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            throw new InvalidPackException(packId, file, line, pathOf(e), "not well-formed JSON: " + e.getOriginalMessage(),
                    null);
        } catch (IOException e) {
            throw new InvalidPackException(packId, file, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The JSON path where the parser stopped (a key given twice stops it at the second), or null
     * when it stopped outside any value.
     */
    private static String pathOf(JsonParseException e) {
        if (e.getProcessor() == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context = e.getProcessor().getParsingContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                path.insert(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                path.insert(0, "." + context.getCurrentName());
            }
        }
        return "$" + path;
    }

    private static String text(JsonNode node, String field, String packId, String file) {
        return text(node, field, packId, file, "$");
    }

    private static String text(JsonNode node, String field, String packId, String file, String at) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw invalid(packId, file, at + "." + field, "is required");
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw invalid(packId, file, at + "." + field, "must be a non-blank string");
        }
        return value.textValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, String packId,
            String file, String at) {
        String value = text(node, field, packId, file, at);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw invalid(packId, file, at + "." + field, "must be one of "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
    }

    private static InvalidPackException invalid(String packId, String file, String path, String message) {
        return new InvalidPackException(packId, file, null, path, message, null);
    }

    /**
     * The name, for messages, of a file of a pack ({@link #MANIFEST}, {@link #ACTIONS}) as the
     * pack was loaded: {@code folder/pack.json}, {@code pack.jar!/pack.json}, or the class path
     * resource; null for a pack made in code.
     */
    public static String fileOf(RulePack pack, String name) {
        if (pack instanceof FilePack files) {
            return files.filePrefix() + name;
        }
        if (pack instanceof ClasspathRulePack && pack.location() != null) {
            return pack.location() + name;
        }
        return null;
    }

    /**
     * A pack read from files.
     *
     * @param flags the pack's flag codes with their titles ({@code actions.json})
     * @param reasons the pack's reason templates ({@code actions.json})
     * @param location the folder or jar it was read from, or its class path resource folder
     * @param filePrefix what goes before a file name of the pack to name that file in messages
     * @param precompiled the executable models a jar carries (built by kie-maven-plugin), used
     *     instead of compiling {@code rules}, which are then kept for messages only; null when the
     *     rules are to be compiled
     */
    public record FilePack(String id, String version, String description, @Nullable String publisher,
            @Nullable PackStatus status, List<RuleSource> rules, List<Action> actions, List<FlagType> flags,
            Map<String, LocalizedText> reasons, Map<String, Double> thresholds, String location, String filePrefix,
            @Nullable List<Model> precompiled) implements RulePack {
        /** Copies the lists. */
        public FilePack {
            rules = List.copyOf(rules);
            actions = List.copyOf(actions);
            flags = List.copyOf(flags);
            reasons = Map.copyOf(reasons);
            thresholds = Map.copyOf(thresholds);
            precompiled = precompiled == null ? null : List.copyOf(precompiled);
        }
    }
}
