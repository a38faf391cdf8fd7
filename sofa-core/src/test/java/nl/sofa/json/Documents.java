package nl.sofa.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test documents: the contract's own example situation, changed at a JSON path. Paths are written
 * as the reader reports them ({@code $.caregivers[0].hoursPerWeek}), so a test states the path once.
 */
final class Documents {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("\\.([A-Za-z]+)|\\[(\\d+)]");

    private Documents() {
    }

    /** The example of contract-v1.md §1, as the spec prints it. */
    static ObjectNode contractExample() {
        try (InputStream in = Documents.class.getResourceAsStream("contract-example-situation.json")) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the contract example with the value at {@code path} set (added when absent). */
    static String with(String path, Object value) {
        ObjectNode doc = contractExample();
        set(doc, path, MAPPER.valueToTree(value));
        return doc.toString();
    }

    /** A copy of the contract example with the raw JSON text {@code json} at {@code path}. */
    static String withRaw(String path, String json) {
        ObjectNode doc = contractExample();
        String marker = "\"__RAW__\"";
        set(doc, path, MAPPER.getNodeFactory().textNode("__RAW__"));
        return doc.toString().replace(marker, json);
    }

    /** A copy of the contract example without the field at {@code path}. */
    static String without(String path) {
        ObjectNode doc = contractExample();
        List<Object> steps = steps(path);
        JsonNode parent = walk(doc, steps.subList(0, steps.size() - 1));
        ((ObjectNode) parent).remove((String) steps.get(steps.size() - 1));
        return doc.toString();
    }

    /** Sets a value in {@code doc} at {@code path}. */
    static void set(ObjectNode doc, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = walk(doc, steps.subList(0, steps.size() - 1));
        Object last = steps.get(steps.size() - 1);
        if (last instanceof String name) {
            ((ObjectNode) parent).set(name, value);
        } else {
            ArrayNode array = (ArrayNode) parent;
            int index = (Integer) last;
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
        }
    }

    private static JsonNode walk(JsonNode node, List<Object> steps) {
        for (Object step : steps) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
            if (node == null) {
                throw new IllegalArgumentException("no such path in the test document: " + steps);
            }
        }
        return node;
    }

    private static List<Object> steps(String path) {
        if (!path.startsWith("$")) {
            throw new IllegalArgumentException(path);
        }
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        int at = 1;
        while (at < path.length() && m.find(at) && m.start() == at) {
            steps.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
            at = m.end();
        }
        if (at != path.length()) {
            throw new IllegalArgumentException(path);
        }
        return steps;
    }
}
