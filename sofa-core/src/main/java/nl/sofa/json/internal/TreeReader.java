package nl.sofa.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import nl.sofa.json.ReadLimits;
import nl.sofa.situation.InvalidSituationException;

/**
 * Turns bytes into a JSON tree, enforcing the read limits while it reads: nesting depth, string
 * length, list lengths and repeated keys are refused at the path where they occur, before the rest
 * of the document is built. Jackson's own messages are never passed on: they quote document text.
 */
final class TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_NUMBER_DIGITS = 100;

    private final ReadLimits limits;
    private final JsonFactory factory;
    /** Where the reader is; read by the error handler to say where a malformed document broke. */
    private JsonPath where = JsonPath.ROOT;
    /** The parser at work, so that an error can ask it where it stopped. */
    private JsonParser parser;

    private TreeReader(ReadLimits limits, JsonFactory factory) {
        this.limits = limits;
        this.factory = factory;
    }

    /** Makes readers (one per document: a reader remembers where it is) sharing one JsonFactory. */
    static final class Factory {
        private final ReadLimits limits;
        private final JsonFactory factory;

        Factory(ReadLimits limits) {
            this.limits = limits;
            this.factory = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            // Our own depth check fires first and names the path; this is a backstop.
                            .maxNestingDepth(limits.maxDepth() + 2)
                            .maxStringLength(limits.maxStringLength())
                            .maxNameLength(limits.maxStringLength())
                            // No number of the contract needs more than a few digits.
                            .maxNumberLength(MAX_NUMBER_DIGITS)
                            .maxDocumentLength(limits.maxDocumentBytes())
                            .build())
                    .build();
        }

        TreeReader newReader() {
            return new TreeReader(limits, factory);
        }

        /** The factory with the read constraints, for the streaming fast path to read with the same. */
        JsonFactory jsonFactory() {
            return factory;
        }
    }

    ObjectNode read(byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes()) {
            throw new InvalidSituationException("$", "the document is larger than " + limits.maxDocumentBytes() + " bytes");
        }
        if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            // Jackson would quietly read UTF-16 or UTF-32; the contract is UTF-8.
            throw new InvalidSituationException("$", "the document is not UTF-8 JSON");
        }
        try (JsonParser parser = factory.createParser(bytes)) {
            this.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidSituationException("$", "the document is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InvalidSituationException("$", "the top level must be an object");
            }
            ObjectNode root = readObject(parser, JsonPath.ROOT, 1);
            where = JsonPath.ROOT;
            if (parser.nextToken() != null) {
                throw new InvalidSituationException("$", "the document goes on after the top-level object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new InvalidSituationException(pathOf(e), constraintProblem(e), line(e), column(e), null);
        } catch (JsonProcessingException e) {
            throw new InvalidSituationException(pathOf(e), parseProblem(e) + at(e), line(e), column(e), null);
        } catch (CharConversionException e) {
            throw new InvalidSituationException(where.toString(), "the document is not valid UTF-8");
        } catch (IOException e) {
            // Reading from a byte array does no I/O; anything else is a malformed document.
            throw new InvalidSituationException(where.toString(), "the document is not well-formed JSON");
        }
    }

    private ObjectNode readObject(JsonParser parser, JsonPath path, int depth) throws IOException {
        checkDepth(path, depth);
        ObjectNode object = NODES.objectNode();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonPath child = path.field(name);
            where = child;
            if (object.has(name)) {
                throw new InvalidSituationException(child.toString(),
                        "this key is repeated in its object (a repeated key would silently drop a value)");
            }
            parser.nextToken();
            object.set(name, readValue(parser, child, depth));
            where = path;
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InvalidSituationException(path.toString(), "the document is not well-formed JSON");
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, JsonPath path, int depth) throws IOException {
        checkDepth(path, depth);
        int max = maxEntries(path);
        ArrayNode array = NODES.arrayNode();
        int i = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (i == max) {
                throw new InvalidSituationException(path.toString(), "the list has more than " + max + " entries");
            }
            JsonPath child = path.index(i);
            where = child;
            array.add(readValue(parser, child, depth));
            where = path;
            i++;
        }
        return array;
    }

    private JsonNode readValue(JsonParser parser, JsonPath path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new InvalidSituationException(path.toString(), "the document ends too early");
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser, path, depth + 1);
            case START_ARRAY -> readArray(parser, path, depth + 1);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> parser.getText().indexOf('.') < 0
                    ? new ExponentNode(parser.getDecimalValue())
                    : NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new InvalidSituationException(path.toString(), "the document is not well-formed JSON");
        };
    }

    private void checkDepth(JsonPath path, int depth) {
        if (depth > limits.maxDepth()) {
            throw new InvalidSituationException(path.toString(), "nesting is deeper than " + limits.maxDepth() + " levels");
        }
    }

    /** The contract's three long lists have their own limits; every other list the general one. */
    private int maxEntries(JsonPath path) {
        if (path.isTopLevelField()) {
            switch (path.lastField()) {
                case "caregivers":
                    return limits.maxCaregivers();
                case "volunteers":
                    return limits.maxVolunteers();
                case "careTasks":
                    return limits.maxCareTasks();
                default:
                    break;
            }
        }
        return limits.maxListLength();
    }

    private String constraintProblem(StreamConstraintsException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.startsWith("String value length") || text.startsWith("Name length")) {
            // Jackson buffers long numbers as text too, so this may be a number: say "value".
            return "a value is longer than " + limits.maxStringLength() + " characters";
        }
        if (text.startsWith("Number value length")) {
            return "a number has more than " + MAX_NUMBER_DIGITS + " digits";
        }
        if (text.startsWith("Document length")) {
            return "the document is larger than " + limits.maxDocumentBytes() + " bytes";
        }
        if (text.startsWith("Document nesting depth")) {
            return "nesting is deeper than " + limits.maxDepth() + " levels";
        }
        return "the document exceeds a read limit";
    }

    private static String parseProblem(JsonProcessingException e) {
        String text = String.valueOf(e.getOriginalMessage());
        if (text.startsWith("Unexpected end-of-input")) {
            return "the document ends too early";
        }
        if (text.contains("UTF-8") || text.contains("UTF8")) {
            return "the document is not valid UTF-8";
        }
        if (text.contains("Non-standard token") || text.contains("NaN") || text.contains("Infinity")) {
            return "the document is not well-formed JSON (NaN and Infinity are not JSON numbers)";
        }
        return "the document is not well-formed JSON";
    }

    /**
     * Where the parser stopped. Jackson reads a field's value as it returns the field's name, so the
     * parser's own context knows the field better than {@link #where} does.
     */
    private String pathOf(JsonProcessingException e) {
        if (parser == null) {
            return where.toString();
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                steps.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                steps.push("." + c.getCurrentName());
            }
        }
        return "$" + String.join("", steps);
    }

    private static String at(JsonProcessingException e) {
        Integer line = line(e);
        Integer column = column(e);
        return line == null ? "" : " (line " + line + (column == null ? "" : ", column " + column) + ")";
    }

    private static Integer line(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
    }

    private static Integer column(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? null : e.getLocation().getColumnNr();
    }
}
