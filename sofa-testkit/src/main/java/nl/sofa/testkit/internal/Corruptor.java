package nl.sofa.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.testkit.Corruption;
import nl.sofa.testkit.internal.Schema.Field;
import nl.sofa.testkit.internal.Schema.Spec;
import nl.sofa.testkit.internal.Schema.Type;

/**
 * Breaks a valid situation document in exactly one place and says where the reader must report
 * it. Works on the document as a JSON tree, walked with {@link Schema} (written from the contract,
 * not from the reader).
 *
 * <p>Every {@link Plan} is one single corruption of one document: its kind, its target (the path of
 * what it changes), a parameter that tells it from the other plans on the same target, and the path
 * the reader must report. The same (kind, target, parameter) can be looked for again in a simpler
 * document, which is how broken documents shrink.
 *
 * <p>Where one change makes a second, earlier problem, the expected path is the earlier one: a
 * caregiver that takes another's id leaves its old id dangling in {@code carePlanSharedWith}, which
 * the document lists before the caregivers. Where an id is made unreadable (deleted, retyped, null,
 * blank, too long, PROFESSIONAL) the set of ids is unknown and references cannot be judged; the
 * reader judges none, so those corruptions have only their own path (see {@link Corruption}).
 */
public final class Corruptor {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Reads numbers exactly as written: {@code 8.50} stays {@code 8.50}, not 8.5 or a double. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final String REPEATED_KEY_PLACEHOLDER = "__sofa_testkit_repeated_key__";
    private static final String PROFESSIONAL = "PROFESSIONAL";

    private Corruptor() {
    }

    /**
     * One corruption of one document.
     *
     * @param kind the kind
     * @param target the path of the value or object it changes
     * @param parameter what tells it from other plans on the same target
     * @param description what it does, in a few words
     * @param expectedPath the path the reader must report
     * @param change makes the broken document from a copy of the valid one
     */
    public record Plan(Corruption kind, String target, String parameter, String description, String expectedPath,
            Change change) {

        /** The broken document. */
        public String apply(ObjectNode document) {
            return change.apply(document.deepCopy());
        }

        /** Whether this plan does the same as {@code other} (perhaps on another document). */
        public boolean sameAs(Plan other) {
            return kind == other.kind && target.equals(other.target) && parameter.equals(other.parameter);
        }
    }

    /** Turns a copy of the document into the broken document's text. */
    @FunctionalInterface
    public interface Change {
        String apply(ObjectNode copy);
    }

    /** Parses a situation document as written by the writer, numbers kept exact. */
    public static ObjectNode tree(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: the writer's output should always be one", e);
        }
    }

    /** Writes a tree as compact JSON. */
    static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code length} bytes of the UTF-8 document (possibly cutting a character). */
    public static byte[] truncate(String json, int length) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }

    /** Every plan of this kind for this document; none for {@link Corruption#TRUNCATED}. */
    public static List<Plan> plans(ObjectNode document, Corruption kind) {
        Context context = new Context(document);
        List<Site> sites = new ArrayList<>();
        walk(document, Schema.SITUATION, List.of(), null, sites);
        List<Plan> plans = new ArrayList<>();
        switch (kind) {
            case MISSING_REQUIRED_FIELD -> missingRequired(context, sites, plans);
            case WRONG_TYPE -> {
                wrongType(new Site(List.of(), Schema.SITUATION, document, false, true), plans); // the top level
                sites.forEach(site -> wrongType(site, plans));
            }
            case OUT_OF_RANGE -> sites.forEach(site -> outOfRange(document, site, plans));
            case UNKNOWN_ENUM_VALUE -> sites.forEach(site -> unknownEnum(site, plans));
            case UNKNOWN_FIELD -> {
                addUnknownFields(List.of(), Schema.SITUATION, document, plans);
                sites.forEach(site -> unknownField(site, plans));
            }
            case NULL_VALUE -> sites.forEach(site -> plans.add(replace(Corruption.NULL_VALUE, site, "null",
                    "set to null", NullNode.getInstance())));
            case FORBIDDEN_FIELD -> forbiddenField(context, document, plans);
            case REPEATED_KEY -> sites.forEach(site -> repeatedKey(site, plans));
            case DUPLICATE_ID -> duplicateId(context, plans);
            case SECOND_PRIMARY_CONTACT -> secondPrimary(context, plans);
            case UNKNOWN_REFERENCE -> unknownReference(context, plans);
            case TRUNCATED -> {
                // by length, see truncate
            }
        }
        return plans;
    }

    // ---- walking the document ----

    /**
     * A value in the document: its path (field names and indices), its spec, and whether it is a
     * field of an object (else an entry of an array) and a required one.
     */
    record Site(List<Object> steps, Spec spec, JsonNode node, boolean field, boolean required) {
        String path() {
            return render(steps);
        }

        String name() {
            return (String) steps.get(steps.size() - 1);
        }
    }

    private static void walk(JsonNode node, Spec spec, List<Object> steps, Field field, List<Site> sites) {
        if (!steps.isEmpty()) {
            sites.add(new Site(steps, spec, node, field != null, field != null && field.required()));
        }
        if (spec.type() == Type.OBJECT && node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                Field known = spec.field(entry.getKey());
                if (known != null) {
                    walk(entry.getValue(), known.spec(), append(steps, entry.getKey()), known, sites);
                }
            }
        } else if (spec.type() == Type.ARRAY && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), spec.element(), append(steps, i), null, sites);
            }
        }
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }

    static String render(List<Object> steps) {
        StringBuilder path = new StringBuilder("$");
        for (Object step : steps) {
            if (step instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append('.').append(step);
            }
        }
        return path.toString();
    }

    private static JsonNode at(JsonNode root, List<Object> steps) {
        JsonNode node = root;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** Replaces the value at {@code steps} (a field keeps its place among its siblings). */
    private static void set(ObjectNode root, List<Object> steps, JsonNode value) {
        JsonNode parent = at(root, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    /** Inserts a field at {@code position} among the fields of the object at {@code steps}. */
    private static ObjectNode insert(ObjectNode root, List<Object> steps, int position, String name, JsonNode value) {
        ObjectNode object = (ObjectNode) at(root, steps);
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        entries.addAll(object.properties());
        ObjectNode rebuilt = NODES.objectNode();
        for (int i = 0; i <= entries.size(); i++) {
            if (i == position) {
                rebuilt.set(name, value);
            }
            if (i < entries.size()) {
                rebuilt.set(entries.get(i).getKey(), entries.get(i).getValue());
            }
        }
        if (steps.isEmpty()) {
            return rebuilt;
        }
        set(root, steps, rebuilt);
        return root;
    }

    private static Plan replace(Corruption kind, Site site, String parameter, String what, JsonNode value) {
        return new Plan(kind, site.path(), parameter, site.path() + ": " + what, site.path(), copy -> {
            if (site.steps().isEmpty()) {
                return text(value); // the whole document: "the top level must be an object"
            }
            set(copy, site.steps(), value);
            return text(copy);
        });
    }

    // ---- what is known about the document ----

    /** The ids and references of the valid document, in document order. */
    private static final class Context {
        final String phase;
        final List<String> caregivers = new ArrayList<>();
        final List<String> volunteers = new ArrayList<>();
        final List<String> tasks = new ArrayList<>();
        final List<String> shared = new ArrayList<>();
        final List<Boolean> primary = new ArrayList<>();

        Context(ObjectNode document) {
            phase = document.path("phase").asText();
            document.path("caregivers").forEach(c -> {
                caregivers.add(c.path("id").asText());
                primary.add(c.path("primaryContact").asBoolean(false));
            });
            document.path("volunteers").forEach(v -> volunteers.add(v.path("id").asText()));
            document.path("careTasks").forEach(t -> tasks.add(t.path("id").asText()));
            document.path("client").path("carePlanSharedWith").forEach(id -> shared.add(id.asText()));
        }

        boolean isPerson(String id) {
            return caregivers.contains(id) || volunteers.contains(id);
        }

        int primaryIndex() {
            return primary.indexOf(Boolean.TRUE);
        }
    }

    // ---- the kinds ----

    private static void missingRequired(Context context, List<Site> sites, List<Plan> plans) {
        for (Site site : sites) {
            boolean endingReason = site.steps().equals(List.of("endingReason")) && context.phase.equals("ENDING");
            if (site.field() && (site.required() || endingReason)) {
                plans.add(new Plan(Corruption.MISSING_REQUIRED_FIELD, site.path(), "delete",
                        site.path() + ": deleted", site.path(), copy -> {
                            ObjectNode parent = (ObjectNode) at(copy, site.steps().subList(0, site.steps().size() - 1));
                            parent.remove(site.name());
                            return text(copy);
                        }));
            }
        }
    }

    private static final List<JsonNodeType> TYPES = List.of(JsonNodeType.STRING, JsonNodeType.NUMBER,
            JsonNodeType.BOOLEAN, JsonNodeType.OBJECT, JsonNodeType.ARRAY);

    private static void wrongType(Site site, List<Plan> plans) {
        JsonNode node = site.node();
        for (JsonNodeType type : TYPES) {
            if (type == node.getNodeType()) {
                continue;
            }
            JsonNode value = switch (type) {
                case STRING -> TextNode.valueOf(node.isValueNode() ? node.asText() : "x");
                case NUMBER -> NODES.numberNode(1);
                case BOOLEAN -> BooleanNode.TRUE;
                case OBJECT -> NODES.objectNode();
                case ARRAY -> NODES.arrayNode().add(node.deepCopy());
                default -> throw new AssertionError(type);
            };
            String name = type.name().toLowerCase(java.util.Locale.ROOT);
            plans.add(replace(Corruption.WRONG_TYPE, site, name,
                    node.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " replaced by " + name, value));
        }
    }

    private static void outOfRange(ObjectNode document, Site site, List<Plan> plans) {
        Spec spec = site.spec();
        List<JsonNode> values = new ArrayList<>();
        switch (spec.type()) {
            case VERSION -> List.of("0", "3", "-1", "1.0", "2.5").forEach(n -> values.add(number(n)));
            case INTEGER -> {
                values.add(number(Integer.toString(spec.min() - 1)));
                values.add(number(Integer.toString(spec.max() + 1)));
                values.add(number("-1"));
                values.add(number("100000000000000000000"));
                values.add(number(spec.min() + ".5"));
                values.add(number(spec.max() + ".0"));
            }
            case SCORE -> {
                JsonNode instrumentNode = at(document, append(site.steps().subList(0, site.steps().size() - 1),
                        "instrument"));
                BurdenInstrument instrument = BurdenInstrument.valueOf(instrumentNode.asText());
                values.add(number(Integer.toString(instrument.minScore() - 1)));
                values.add(number(Integer.toString(instrument.maxScore() + 1)));
                values.add(number(instrument.minScore() + ".5"));
                if (instrument.maxScore() < BurdenInstrument.ZBI.maxScore()) {
                    values.add(number(Integer.toString(BurdenInstrument.ZBI.maxScore()))); // another instrument's range
                }
            }
            case NUMBER -> List.of("-1", "-0.25", spec.max() + ".000000000000001", spec.max() + ".25",
                    Integer.toString(spec.max() + 1), "1E+3").forEach(n -> values.add(number(n)));
            case ID, PERSON_ID -> {
                values.add(TextNode.valueOf(""));
                values.add(TextNode.valueOf("   "));
                values.add(TextNode.valueOf("x".repeat(SituationGenerator.MAX_ID_LENGTH + 1)));
                values.add(TextNode.valueOf("😀".repeat(SituationGenerator.MAX_ID_LENGTH + 1)));
                values.add(TextNode.valueOf("a\u0007b"));
                values.add(TextNode.valueOf("line\nbreak"));
                if (spec.type() == Type.PERSON_ID) {
                    values.add(TextNode.valueOf(PROFESSIONAL));
                }
            }
            case DATE -> List.of("2026-02-30", "2023-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "20260101",
                    "2026-01-01T00:00", "+10000-01-01", "26-01-01", "").forEach(d -> values.add(TextNode.valueOf(d)));
            default -> {
                // no range: enums, booleans, references, objects and arrays
            }
        }
        for (JsonNode value : values) {
            String shown = value.isTextual() ? "\"" + shortened(value.asText()) + "\"" : value.toString();
            plans.add(replace(Corruption.OUT_OF_RANGE, site, shown, "set to " + shown, value));
        }
    }

    private static String shortened(String text) {
        int points = text.codePointCount(0, text.length());
        return points <= 12 ? text.replace("\n", "\\n").replace("\u0007", "\\u0007")
                : text.substring(0, text.offsetByCodePoints(0, 4)) + "…(" + points + " code points)";
    }

    private static JsonNode number(String text) {
        BigDecimal value = new BigDecimal(text);
        return text.contains(".") || text.contains("E") ? DecimalNode.valueOf(value)
                : NODES.numberNode(value.toBigIntegerExact());
    }

    private static void unknownEnum(Site site, List<Plan> plans) {
        if (site.spec().type() != Type.ENUM || !site.node().isTextual()) {
            return;
        }
        String valid = site.node().asText();
        Set<String> unknown = new LinkedHashSet<>(List.of(valid.toLowerCase(java.util.Locale.ROOT), valid + "S",
                " " + valid, "", "UNKNOWN", "PROFESSIONAL", valid.replace('_', '-')));
        for (String value : unknown) {
            if (!site.spec().isEnumValue(value)) {
                plans.add(replace(Corruption.UNKNOWN_ENUM_VALUE, site, value, "set to \"" + value + "\"",
                        TextNode.valueOf(value)));
            }
        }
    }

    private static void unknownField(Site site, List<Plan> plans) {
        if (site.spec().type() != Type.OBJECT || !site.node().isObject()) {
            return;
        }
        addUnknownFields(site.steps(), site.spec(), site.node(), plans);
    }

    /** Unknown fields for the object at {@code steps} (the root has no site of its own). */
    private static void addUnknownFields(List<Object> steps, Spec spec, JsonNode object, List<Plan> plans) {
        List<String> names = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String known : spec.fieldNames()) {
            // typos: a letter dropped (hoursPerWek, the contract's example), a plural, another case
            candidates.add(known.length() < 3 ? known + "s"
                    : known.substring(0, known.length() - 2) + known.charAt(known.length() - 1));
            candidates.add(known + "s");
            candidates.add(known.toLowerCase(java.util.Locale.ROOT));
        }
        // fields of the contract put in the wrong object
        candidates.addAll(List.of("hoursPerWeek", "agreement", "score", "caregivers", "id", "phase", "kind"));
        for (String name : candidates) {
            if (!spec.fieldNames().contains(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        names.add("comment");
        List<JsonNode> values = List.of(TextNode.valueOf("x"), NullNode.getInstance(), NODES.numberNode(1),
                NODES.objectNode(), BooleanNode.FALSE);
        // every name once, and every position (before the first field ... after the last) at least once
        int count = Math.max(names.size(), object.size() + 1);
        for (int k = 0; k < count; k++) {
            String name = names.get(k % names.size());
            int position = k % (object.size() + 1);
            JsonNode value = values.get(k % values.size());
            List<Object> fieldSteps = append(steps, name);
            plans.add(new Plan(Corruption.UNKNOWN_FIELD, render(steps), name + "@" + position,
                    render(fieldSteps) + ": added (unknown) as field " + (position + 1), render(fieldSteps),
                    copy -> text(insert(copy, steps, position, name, value.deepCopy()))));
        }
    }

    private static void forbiddenField(Context context, ObjectNode document, List<Plan> plans) {
        if (context.phase.equals("ENDING")) {
            return;
        }
        for (int position = 0; position <= document.size(); position++) {
            int at = position;
            String reason = List.of("NO_LONGER_NEEDED", "TRANSFER", "PALLIATIVE", "DECEASED").get(position % 4);
            plans.add(new Plan(Corruption.FORBIDDEN_FIELD, "$", "endingReason@" + position,
                    "$.endingReason: added in phase " + context.phase + " as field " + (position + 1),
                    "$.endingReason", copy -> text(insert(copy, List.of(), at, "endingReason", TextNode.valueOf(reason)))));
        }
    }

    private static void repeatedKey(Site site, List<Plan> plans) {
        if (!site.field()) {
            return;
        }
        List<Object> objectSteps = site.steps().subList(0, site.steps().size() - 1);
        String name = site.name();
        JsonNode value = site.node();
        plans.add(new Plan(Corruption.REPEATED_KEY, site.path(), "repeat", site.path() + ": key repeated at the end"
                + " of its object", site.path(), copy -> {
                    ObjectNode object = (ObjectNode) at(copy, objectSteps);
                    ObjectNode changed = insert(copy, objectSteps, object.size(), REPEATED_KEY_PLACEHOLDER,
                            value.deepCopy());
                    return text(changed).replace("\"" + REPEATED_KEY_PLACEHOLDER + "\"", "\"" + name + "\"");
                }));
    }

    private static void duplicateId(Context context, List<Plan> plans) {
        List<String> caregivers = context.caregivers;
        List<String> volunteers = context.volunteers;
        for (int j = 0; j < caregivers.size(); j++) {
            String lost = caregivers.get(j);
            int sharedAt = context.shared.indexOf(lost);
            for (int i = 0; i < caregivers.size(); i++) {
                if (i != j) {
                    String expected = sharedAt >= 0 ? "$.client.carePlanSharedWith[" + sharedAt + "]"
                            : "$.caregivers[" + Math.max(i, j) + "].id";
                    plans.add(copyId("caregivers", j, "caregivers", i, caregivers.get(i), expected));
                }
            }
            for (int i = 0; i < volunteers.size(); i++) {
                String expected = sharedAt >= 0 ? "$.client.carePlanSharedWith[" + sharedAt + "]"
                        : "$.volunteers[" + i + "].id";
                plans.add(copyId("caregivers", j, "volunteers", i, volunteers.get(i), expected));
            }
        }
        for (int j = 0; j < volunteers.size(); j++) {
            for (int i = 0; i < caregivers.size(); i++) {
                plans.add(copyId("volunteers", j, "caregivers", i, caregivers.get(i), "$.volunteers[" + j + "].id"));
            }
            for (int i = 0; i < volunteers.size(); i++) {
                if (i != j) {
                    plans.add(copyId("volunteers", j, "volunteers", i, volunteers.get(i),
                            "$.volunteers[" + Math.max(i, j) + "].id"));
                }
            }
        }
        for (int j = 0; j < context.tasks.size(); j++) {
            for (int i = 0; i < context.tasks.size(); i++) {
                if (i != j) {
                    plans.add(copyId("careTasks", j, "careTasks", i, context.tasks.get(i),
                            "$.careTasks[" + Math.max(i, j) + "].id"));
                }
            }
        }
    }

    private static Plan copyId(String toList, int to, String fromList, int from, String id, String expected) {
        List<Object> steps = List.of(toList, to, "id");
        String source = "$." + fromList + "[" + from + "].id";
        return new Plan(Corruption.DUPLICATE_ID, render(steps), "from " + source,
                render(steps) + ": set to the id of " + source, expected, copy -> {
                    set(copy, steps, TextNode.valueOf(id));
                    return text(copy);
                });
    }

    private static void secondPrimary(Context context, List<Plan> plans) {
        int primary = context.primaryIndex();
        if (primary < 0) {
            return;
        }
        for (int q = 0; q < context.caregivers.size(); q++) {
            if (q != primary) {
                List<Object> steps = List.of("caregivers", q, "primaryContact");
                plans.add(new Plan(Corruption.SECOND_PRIMARY_CONTACT, render(steps), "true",
                        render(steps) + ": set to true beside $.caregivers[" + primary + "]",
                        "$.caregivers[" + Math.max(primary, q) + "].primaryContact", copy -> {
                            set(copy, steps, BooleanNode.TRUE);
                            return text(copy);
                        }));
            }
        }
    }

    private static void unknownReference(Context context, List<Plan> plans) {
        for (int t = 0; t < context.tasks.size(); t++) {
            Set<String> unknown = new LinkedHashSet<>(List.of("nobody", "professional", "", " " + PROFESSIONAL,
                    context.tasks.get(t)));
            for (String performer : unknown) {
                if (!context.isPerson(performer) && !performer.equals(PROFESSIONAL)) {
                    List<Object> steps = List.of("careTasks", t, "performedBy");
                    plans.add(referencePlan(steps, performer));
                }
            }
        }
        for (int k = 0; k < context.shared.size(); k++) {
            Set<String> unknown = new LinkedHashSet<>(context.volunteers);
            unknown.add("nobody");
            unknown.add(PROFESSIONAL);
            for (String id : unknown) {
                if (!context.caregivers.contains(id)) {
                    plans.add(referencePlan(List.of("client", "carePlanSharedWith", k), id));
                }
            }
        }
    }

    private static Plan referencePlan(List<Object> steps, String id) {
        String path = render(steps);
        return new Plan(Corruption.UNKNOWN_REFERENCE, path, id, path + ": set to \"" + shortened(id) + "\", no such "
                + (steps.get(0).equals("client") ? "caregiver" : "caregiver or volunteer"), path, copy -> {
                    set(copy, steps, TextNode.valueOf(id));
                    return text(copy);
                });
    }
}
