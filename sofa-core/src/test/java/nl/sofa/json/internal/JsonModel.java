package nl.sofa.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * A JSON document as the reader tests build and change it: unlike a Jackson tree, an object may
 * hold a key twice (a repeated key is one of the changes) and a number keeps the text it is
 * written with ({@code 36E0} is not {@code 36}). Values are {@link Obj}, {@code List<Object>},
 * {@link String}, {@link Boolean} and {@link Raw} (JSON text written as it is: numbers, null,
 * strings with escapes Jackson would not write).
 */
final class JsonModel {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Raw NULL = new Raw("null");

    private JsonModel() {
    }

    record Field(String name, Object value) {
    }

    record Obj(List<Field> fields) {
        Obj {
            fields = List.copyOf(fields);
        }
    }

    record Raw(String text) {
    }

    /** A place in a document: the steps (a field's position in its object, or a list index) and the JSON path. */
    record Location(List<Integer> steps, String path, Object value) {
    }

    /** A document read with Jackson, numbers kept as written in Jackson's own rendering. */
    static Object fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object fromNode(JsonNode node) {
        if (node.isObject()) {
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                fields.add(new Field(field.getKey(), fromNode(field.getValue())));
            }
            return new Obj(fields);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(element -> list.add(fromNode(element)));
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return new Raw(node.toString());
    }

    static String toJson(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, null);
        return out.toString();
    }

    /** As {@link #toJson(Object)}, with random white space between the tokens. */
    static String toJson(Object value, Random random) {
        StringBuilder out = new StringBuilder();
        write(value, out, random);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out, Random random) {
        if (value instanceof Obj obj) {
            out.append('{');
            for (int i = 0; i < obj.fields().size(); i++) {
                space(out, random);
                out.append(i == 0 ? "" : ",");
                space(out, random);
                out.append(quote(obj.fields().get(i).name()));
                space(out, random);
                out.append(':');
                space(out, random);
                write(obj.fields().get(i).value(), out, random);
            }
            space(out, random);
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                space(out, random);
                write(list.get(i), out, random);
            }
            space(out, random);
            out.append(']');
        } else if (value instanceof String text) {
            out.append(quote(text));
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else {
            throw new IllegalArgumentException(String.valueOf(value));
        }
    }

    private static void space(StringBuilder out, Random random) {
        if (random != null && random.nextInt(4) == 0) {
            out.append(" \n\t\r".charAt(random.nextInt(4)));
        }
    }

    /** A JSON string: quotes, backslashes and control characters escaped, the rest as it is. */
    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Every place in the document, the top level first. */
    static List<Location> locations(Object root) {
        List<Location> all = new ArrayList<>();
        collect(root, List.of(), "$", all);
        return all;
    }

    private static void collect(Object value, List<Integer> steps, String path, List<Location> all) {
        all.add(new Location(steps, path, value));
        if (value instanceof Obj obj) {
            for (int i = 0; i < obj.fields().size(); i++) {
                collect(obj.fields().get(i).value(), append(steps, i), path + "." + obj.fields().get(i).name(), all);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), append(steps, i), path + "[" + i + "]", all);
            }
        }
    }

    private static List<Integer> append(List<Integer> steps, int step) {
        List<Integer> longer = new ArrayList<>(steps);
        longer.add(step);
        return List.copyOf(longer);
    }

    /** A copy of {@code root} with the value at {@code steps} changed. */
    static Object edit(Object root, List<Integer> steps, UnaryOperator<Object> change) {
        return edit(root, steps, 0, change);
    }

    private static Object edit(Object node, List<Integer> steps, int at, UnaryOperator<Object> change) {
        if (at == steps.size()) {
            return change.apply(node);
        }
        int step = steps.get(at);
        if (node instanceof Obj obj) {
            List<Field> fields = new ArrayList<>(obj.fields());
            Field field = fields.get(step);
            fields.set(step, new Field(field.name(), edit(field.value(), steps, at + 1, change)));
            return new Obj(fields);
        }
        List<Object> list = new ArrayList<>((List<?>) node);
        list.set(step, edit(list.get(step), steps, at + 1, change));
        return list;
    }
}
