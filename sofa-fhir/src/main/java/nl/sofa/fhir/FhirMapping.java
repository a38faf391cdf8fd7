package nl.sofa.fhir;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.sofa.fhir.internal.MappingTables;
import nl.sofa.fhir.internal.MappingTables.Code;
import nl.sofa.fhir.internal.MappingTables.Entry;

/**
 * Which FHIR codes mean which SOFA values: the mapping file, as data. ECDs code roles, relations
 * and care tasks differently, so an integrator replaces the file ({@link #read(InputStream)}) or
 * adds to it ({@link #extendedWith(FhirMapping)}) instead of changing code.
 *
 * <p>The file is JSON: a {@code description}, {@code "mappingVersion": 1}, and tables named
 * {@code roles}, {@code relationToClient}, {@code conditions}, {@code careTaskKinds},
 * {@code burdenInstruments}, {@code overloadSignals}, {@code derailmentSignals}, {@code phases},
 * {@code endingReasons} and {@code settings}. Each table is a list of
 * {@code {"system", "code", "value"}} entries (roles: {@code "role"} instead of {@code "value"},
 * one of {@code CAREGIVER}, {@code VOLUNTEER}, {@code NONE}, and optionally
 * {@code "primaryContact": true}); an optional {@code "display"} is written with the code. Reading
 * FHIR, a coding maps when its system and code are listed. Writing FHIR, the first entry listed for
 * a value is the one written. {@link #standard()} is {@code nl/sofa/fhir/sofa-fhir-mapping.json};
 * {@code docs/fhir.md} describes every table.
 *
 * <p>Immutable and thread-safe. Stable since 0.1.
 */
public final class FhirMapping {
    private static final String STANDARD_RESOURCE = "/nl/sofa/fhir/sofa-fhir-mapping.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Set<String> TOP_LEVEL = Set.of("description", "mappingVersion");
    private static final FhirMapping STANDARD = loadStandard();

    /** Table name to its entries, in file order. */
    private final Map<String, List<Entry>> entries;
    private final MappingTables tables;

    private FhirMapping(Map<String, List<Entry>> entries) {
        this.entries = entries;
        this.tables = new MappingTables(entries);
    }

    /** The mapping that ships with SOFA. */
    public static FhirMapping standard() {
        return STANDARD;
    }

    /**
     * Reads a mapping file (UTF-8 JSON). The stream is not closed.
     *
     * @throws IllegalArgumentException naming the JSON path of the first problem in the file
     * @throws UncheckedIOException when the stream cannot be read
     */
    public static FhirMapping read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("mapping file: not well-formed JSON (line "
                    + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping file", e);
        }
        return new FhirMapping(parse(root));
    }

    /**
     * Reads a mapping file.
     *
     * @throws IllegalArgumentException naming the JSON path of the first problem in the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static FhirMapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping file", e);
        }
    }

    /**
     * This mapping with the entries of {@code more} added: an entry of {@code more} replaces the
     * entry with the same system and code here, and comes first, so that its code is the one
     * written for its value.
     */
    public FhirMapping extendedWith(FhirMapping more) {
        Objects.requireNonNull(more, "more");
        Map<String, List<Entry>> merged = new LinkedHashMap<>();
        for (String table : MappingTables.tableTypes().keySet()) {
            List<Entry> added = more.entries.getOrDefault(table, List.of());
            Set<String> addedKeys = added.stream().map(e -> e.code().system() + '|' + e.code().code())
                    .collect(Collectors.toSet());
            List<Entry> list = new ArrayList<>(added);
            for (Entry entry : entries.getOrDefault(table, List.of())) {
                if (!addedKeys.contains(entry.code().system() + '|' + entry.code().code())) {
                    list.add(entry);
                }
            }
            merged.put(table, List.copyOf(list));
        }
        return new FhirMapping(merged);
    }

    /** The lookup tables, for the readers and writers of this package. */
    MappingTables tables() {
        return tables;
    }

    private static FhirMapping loadStandard() {
        try (InputStream in = FhirMapping.class.getResourceAsStream(STANDARD_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the standard mapping " + STANDARD_RESOURCE + " is missing");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Entry>> parse(JsonNode root) {
        if (!root.isObject()) {
            throw problem("$", "must be an object");
        }
        Map<String, Class<? extends Enum<?>>> types = MappingTables.tableTypes();
        Map<String, List<Entry>> tables = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (name.equals("mappingVersion")) {
                if (!field.getValue().isInt() || field.getValue().intValue() != 1) {
                    throw problem("$.mappingVersion", "must be 1");
                }
            } else if (!TOP_LEVEL.contains(name)) {
                Class<? extends Enum<?>> type = types.get(name);
                if (type == null) {
                    throw problem("$." + name, "is not a table of the mapping; the tables are " + types.keySet());
                }
                tables.put(name, table("$." + name, field.getValue(), type, name.equals("roles")));
            }
        }
        if (!root.has("mappingVersion")) {
            throw problem("$.mappingVersion", "is required");
        }
        return tables;
    }

    private static List<Entry> table(String path, JsonNode node, Class<? extends Enum<?>> type, boolean roles) {
        if (!node.isArray()) {
            throw problem(path, "must be an array");
        }
        Set<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        String valueField = roles ? "role" : "value";
        Set<String> fields = roles ? Set.of("system", "code", "role", "display", "primaryContact")
                : Set.of("system", "code", "value", "display");
        Set<String> seen = new HashSet<>();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isObject()) {
                throw problem(at, "must be an object");
            }
            entry.fieldNames().forEachRemaining(f -> {
                if (!fields.contains(f)) {
                    throw problem(at + "." + f, "is not a field of a mapping entry; the fields are " + fields);
                }
            });
            String system = text(entry, at, "system");
            String code = text(entry, at, "code");
            String value = text(entry, at, valueField);
            if (!allowed.contains(value)) {
                throw problem(at + "." + valueField, "must be one of " + allowed.stream().sorted().toList());
            }
            JsonNode display = entry.get("display");
            if (display != null && !display.isTextual()) {
                throw problem(at + ".display", "must be a string");
            }
            JsonNode primary = entry.get("primaryContact");
            if (primary != null && !primary.isBoolean()) {
                throw problem(at + ".primaryContact", "must be true or false");
            }
            if (!seen.add(system + '|' + code)) {
                throw problem(at, "lists a system and code that an earlier entry of this table lists");
            }
            entries.add(new Entry(new Code(system, code, display == null ? null : display.textValue()), value,
                    primary != null && primary.booleanValue()));
        }
        return List.copyOf(entries);
    }

    private static String text(JsonNode entry, String at, String field) {
        JsonNode value = entry.get(field);
        if (value == null) {
            throw problem(at + "." + field, "is required");
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw problem(at + "." + field, "must be a non-blank string");
        }
        return value.textValue();
    }

    private static IllegalArgumentException problem(String path, String problem) {
        return new IllegalArgumentException("mapping file " + path + ": " + problem);
    }
}
