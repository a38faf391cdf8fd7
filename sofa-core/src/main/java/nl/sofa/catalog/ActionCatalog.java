package nl.sofa.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.sofa.role.SofaRole;

/**
 * The actions the engine may suggest: the built-in catalog v2 (the SOFA matrix of 36 actions and
 * the phase-independent ones), optionally extended with the actions of rule packs.
 *
 * <p>Immutable and thread-safe. {@link #with(Collection)} returns a new catalog. Stable since 0.1.
 */
public final class ActionCatalog {
    private static final String RESOURCE = "actions-v2.json";
    private static final ActionCatalog BUILTIN = loadBuiltin();

    private final Map<String, Action> byId;
    private final Map<String, FlagType> flags;

    private ActionCatalog(Map<String, Action> byId, Map<String, FlagType> flags) {
        this.byId = Collections.unmodifiableMap(byId);
        this.flags = Collections.unmodifiableMap(flags);
    }

    /** The built-in catalog v2. */
    public static ActionCatalog builtin() {
        return BUILTIN;
    }

    /**
     * A new catalog holding these actions as well.
     *
     * @throws IllegalArgumentException when an action's id is already in the catalog (or twice in
     *     {@code actions}); the message names the id
     */
    public ActionCatalog with(Collection<Action> actions) {
        Map<String, Action> copy = new LinkedHashMap<>(byId);
        for (Action action : actions) {
            Objects.requireNonNull(action, "action");
            if (copy.putIfAbsent(action.id(), action) != null) {
                throw new IllegalArgumentException("action id " + action.id() + " is already in the catalog");
            }
        }
        return new ActionCatalog(copy, new LinkedHashMap<>(flags));
    }

    /**
     * A new catalog holding these flag types as well.
     *
     * @throws IllegalArgumentException when a flag code is already in the catalog (or twice in
     *     {@code types}); the message names the code
     */
    public ActionCatalog withFlags(Collection<FlagType> types) {
        Map<String, FlagType> copy = new LinkedHashMap<>(flags);
        for (FlagType type : types) {
            Objects.requireNonNull(type, "flag type");
            if (copy.putIfAbsent(type.code(), type) != null) {
                throw new IllegalArgumentException("flag code " + type.code() + " is already in the catalog");
            }
        }
        return new ActionCatalog(new LinkedHashMap<>(byId), copy);
    }

    /** The flag type with this code, if any. */
    public Optional<FlagType> findFlag(String code) {
        return Optional.ofNullable(flags.get(code));
    }

    /** Every flag type: the built-in ones in catalog order, then the added ones in the order added. */
    public List<FlagType> flags() {
        return List.copyOf(flags.values());
    }

    /** The action with this id, if any. */
    public Optional<Action> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The action with this id.
     *
     * @throws IllegalArgumentException when there is none
     */
    public Action require(String id) {
        Action action = byId.get(id);
        if (action == null) {
            throw new IllegalArgumentException("no action " + id + " in the catalog");
        }
        return action;
    }

    /** Whether the catalog holds an action with this id. */
    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every action: the built-in ones in catalog order, then the added ones in the order added. */
    public List<Action> all() {
        return List.copyOf(byId.values());
    }

    /** The actions of this role and phase, in catalog order; {@code ANY} gives the phase-independent ones. */
    public List<Action> byRoleAndPhase(SofaRole role, ActionPhase phase) {
        List<Action> result = new ArrayList<>();
        for (Action action : byId.values()) {
            if (action.role() == role && action.phase() == phase) {
                result.add(action);
            }
        }
        return List.copyOf(result);
    }

    /** The number of actions. */
    public int size() {
        return byId.size();
    }

    /*
     * Read with the streaming parser rather than an ObjectMapper: building a mapper loads some three
     * hundred classes, a fifth of the command line's start-up (docs/performance.md).
     */
    private static ActionCatalog loadBuiltin() {
        try (InputStream in = ActionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalog " + RESOURCE + " is missing from the jar");
            }
            Map<String, Action> actions = new LinkedHashMap<>();
            Map<String, FlagType> flags = new LinkedHashMap<>();
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                expect(parser.nextToken(), JsonToken.START_OBJECT);
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (field.equals("flags")) {
                        expect(value, JsonToken.START_ARRAY);
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            FlagType type = readFlag(parser);
                            if (flags.put(type.code(), type) != null) {
                                throw new IllegalStateException("the built-in catalog has flag " + type.code() + " twice");
                            }
                        }
                        continue;
                    }
                    if (!field.equals("actions")) {
                        parser.skipChildren();
                        continue;
                    }
                    expect(value, JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        Action action = readAction(parser);
                        if (actions.put(action.id(), action) != null) {
                            throw new IllegalStateException("the built-in catalog has " + action.id() + " twice");
                        }
                    }
                }
            }
            return new ActionCatalog(actions, flags);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in catalog " + RESOURCE, e);
        }
    }

    private static FlagType readFlag(JsonParser parser) throws IOException {
        Map<String, String> fields = readFields(parser);
        return new FlagType(required(fields, "code"), new LocalizedText(required(fields, "text.nl"),
                required(fields, "text.en")));
    }

    private static Action readAction(JsonParser parser) throws IOException {
        Map<String, String> fields = readFields(parser);
        try {
            return new Action(required(fields, "id"), SofaRole.valueOf(required(fields, "role")),
                    ActionPhase.valueOf(required(fields, "phase")),
                    new LocalizedText(required(fields, "text.nl"), required(fields, "text.en")));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the built-in catalog has an action with an unknown role or phase: "
                    + fields.get("id"), e);
        }
    }

    private static Map<String, String> readFields(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String language = parser.currentName();
                    parser.nextToken();
                    fields.put(field + "." + language, parser.getText());
                }
            } else {
                fields.put(field, parser.getText());
            }
        }
        return fields;
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("the built-in catalog has an action without " + name + ": "
                    + fields.get("id"));
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("the built-in catalog is not laid out as catalog v1: " + expected
                    + " expected, " + actual + " found");
        }
    }
}
