package nl.sofa.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a valid document differently without changing what it means, as other writers of the
 * contract may: optional fields at their default left out ({@code "agreement": {}}, no
 * {@code volunteers}, no {@code policy} lists), fields in another order, enum lists and
 * {@code carePlanSharedWith} shuffled with repeated values, {@code 8} hours written {@code 8.0} or
 * {@code 0.8E1}, indentation, and non-ASCII characters as {@code \\u} escapes (surrogate pairs for
 * emoji).
 */
public final class Variants {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> FALSE_BY_DEFAULT = Set.of("livesWithClient", "employed", "primaryContact",
            "professionalReservations", "recordedInCarePlan", "instructionGiven");
    private static final Set<String> TRUE_BY_DEFAULT = Set.of("caregiverWilling", "caregiverAble");
    private static final Set<String> SETS = Set.of("conditions", "carePlanSharedWith", "derailmentSignals", "signals",
            "caregiverMayPerform", "volunteerMayPerform");

    private Variants() {
    }

    /** A document that means the same as {@code canonical}, and what was changed. */
    public static String[] vary(String canonical, Random random) {
        ObjectNode tree = Corruptor.tree(canonical);
        List<String> changes = new ArrayList<>();
        double omit = Draw.pick(random, 0.0, 0.5, 1.0);
        double reorder = Draw.pick(random, 0.0, 0.3, 1.0);
        JsonNode varied = vary(tree, random, omit, reorder, changes, false);
        boolean pretty = Draw.chance(random, 0.3);
        boolean escapeNonAscii = Draw.chance(random, 0.3);
        ObjectWriter writer = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        if (escapeNonAscii) {
            writer = writer.with(JsonWriteFeature.ESCAPE_NON_ASCII);
        }
        if (pretty) {
            changes.add("indented");
        }
        if (escapeNonAscii) {
            changes.add("non-ASCII escaped");
        }
        try {
            return new String[] {writer.writeValueAsString(varied),
                String.join(", ", changes)};
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode vary(JsonNode node, Random random, double omit, double reorder, List<String> changes,
            boolean inSet) {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> kept = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                boolean isDefault = FALSE_BY_DEFAULT.contains(name) && value.isBoolean() && !value.booleanValue()
                        || TRUE_BY_DEFAULT.contains(name) && value.isBoolean() && value.booleanValue()
                        || value.isArray() && value.isEmpty();
                if (isDefault && Draw.chance(random, omit)) {
                    changes.add("default " + name + " left out");
                    continue;
                }
                JsonNode varied = vary(value, random, omit, reorder, changes, SETS.contains(name));
                if (name.equals("hoursPerWeek") && varied.isIntegralNumber() && Draw.chance(random, 0.4)) {
                    BigDecimal hours = new BigDecimal(varied.bigIntegerValue());
                    // 8.0, or with an exponent where there are trailing zeros: 40 as 4E+1
                    varied = DecimalNode.valueOf(Draw.chance(random, 0.5) ? hours.setScale(1) : hours.stripTrailingZeros());
                    changes.add("hours as " + varied);
                }
                kept.add(Map.entry(name, varied));
            }
            if (kept.size() > 1 && Draw.chance(random, reorder)) {
                kept = Draw.shuffled(random, kept);
                changes.add("fields reordered");
            }
            ObjectNode out = MAPPER.createObjectNode();
            kept.forEach(e -> out.set(e.getKey(), e.getValue()));
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> entries = new ArrayList<>();
            node.forEach(entry -> entries.add(vary(entry, random, omit, reorder, changes, false)));
            List<JsonNode> ordered = entries;
            if (inSet && !entries.isEmpty()) {
                if (Draw.chance(random, 0.5)) {
                    entries.add(Draw.pick(random, entries).deepCopy());
                    changes.add("a set entry repeated");
                }
                ordered = Draw.shuffled(random, entries);
            }
            ArrayNode out = MAPPER.createArrayNode();
            ordered.forEach(out::add);
            return out;
        }
        return node;
    }
}
