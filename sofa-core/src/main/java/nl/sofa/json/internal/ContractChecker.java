package nl.sofa.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.internal.Ids;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.TaskKind;

/**
 * Checks a situation tree against every rule of contract v1 §1 and v2 §1 and throws at the first
 * problem in document order. A document of {@code schemaVersion} 1 or 2 is read; only a v2 document may
 * hold the ending reason {@code DISCHARGE_HOME}. A missing required field is found at the end of its object (after the fields
 * that are there); cross-references are judged against ids gathered beforehand, so that a task
 * may name a caregiver that the document lists after it.
 *
 * <p>Messages name what is expected and never repeat a value from the document.
 */
final class ContractChecker {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Shape ROOT = new Shape(
            List.of("schemaVersion", "id", "referenceDate", "setting", "phase", "endingReason", "client",
                    "caregivers", "volunteers", "careTasks", "policy"),
            List.of("schemaVersion", "id", "phase", "client"));
    private static final Shape CLIENT = new Shape(
            List.of("id", "conditions", "carePlanSharedWith", "derailmentSignals"), List.of("id"));
    private static final Shape CAREGIVER = new Shape(
            List.of("id", "relationToClient", "hoursPerWeek", "monthsCaring", "livesWithClient", "employed", "age",
                    "primaryContact", "burden", "signals"),
            List.of("id", "relationToClient", "hoursPerWeek", "monthsCaring"));
    private static final Shape BURDEN = new Shape(List.of("instrument", "score", "assessedOn"),
            List.of("instrument", "score"));
    private static final Shape VOLUNTEER = new Shape(List.of("id"), List.of("id"));
    private static final Shape CARE_TASK = new Shape(
            List.of("id", "kind", "performedBy", "professionalReservations", "agreement"),
            List.of("id", "kind", "performedBy"));
    private static final Shape AGREEMENT = new Shape(
            List.of("recordedInCarePlan", "caregiverWilling", "caregiverAble", "instructionGiven", "nextEvaluation"),
            List.of());
    private static final Shape POLICY = new Shape(List.of("caregiverMayPerform", "volunteerMayPerform"), List.of());

    private final ObjectNode root;

    // Gathered before the walk, from whatever is readable.
    private Phase phase;
    // Only a document that says it is v1 refuses DISCHARGE_HOME; when the version is missing or wrong,
    // that is the problem reported (at schemaVersion), not the ending reason.
    private boolean versionOne;
    private boolean idsReadable = true;
    private int firstPrimary = -1;
    private final Map<String, Integer> firstCaregiver = new HashMap<>();
    private final Map<String, Integer> firstVolunteer = new HashMap<>();
    private final Map<String, Integer> firstTask = new HashMap<>();

    ContractChecker(ObjectNode root) {
        this.root = root;
    }

    void check() {
        gatherIds();
        object(root, JsonPath.ROOT, ROOT, this::rootField);
        if (phase == Phase.ENDING && !root.has("endingReason")) {
            throw problem(JsonPath.ROOT.field("endingReason"), "is required when phase is ENDING");
        }
    }

    // ---- what is known before the walk ----

    private void gatherIds() {
        JsonNode phaseNode = root.get("phase");
        if (phaseNode != null && phaseNode.isTextual()) {
            phase = valueOf(Phase.class, phaseNode.textValue());
        }
        JsonNode version = root.get("schemaVersion");
        versionOne = version != null && version.isNumber() && version.decimalValue().compareTo(BigDecimal.ONE) == 0;
        JsonNode caregivers = root.get("caregivers");
        if (caregivers != null) {
            if (!caregivers.isArray()) {
                idsReadable = false;
            } else {
                for (int i = 0; i < caregivers.size(); i++) {
                    JsonNode caregiver = caregivers.get(i);
                    String id = readableId(caregiver);
                    if (id == null) {
                        idsReadable = false;
                    } else {
                        firstCaregiver.putIfAbsent(id, i);
                    }
                    if (firstPrimary < 0 && caregiver.path("primaryContact").asBoolean(false)
                            && caregiver.path("primaryContact").isBoolean()) {
                        firstPrimary = i;
                    }
                }
            }
        }
        JsonNode volunteers = root.get("volunteers");
        if (volunteers != null) {
            if (!volunteers.isArray()) {
                idsReadable = false;
            } else {
                for (int i = 0; i < volunteers.size(); i++) {
                    String id = readableId(volunteers.get(i));
                    if (id == null) {
                        idsReadable = false;
                    } else {
                        firstVolunteer.putIfAbsent(id, i);
                    }
                }
            }
        }
        JsonNode tasks = root.get("careTasks");
        if (tasks != null && tasks.isArray()) {
            for (int i = 0; i < tasks.size(); i++) {
                JsonNode id = tasks.get(i).get("id");
                if (id != null && id.isTextual()) {
                    firstTask.putIfAbsent(id.textValue(), i);
                }
            }
        }
    }

    private static String readableId(JsonNode person) {
        JsonNode id = person.get("id");
        if (id == null || !id.isTextual() || Ids.problem(id.textValue()) != null
                || Ids.PROFESSIONAL.equals(id.textValue())) {
            return null;
        }
        return id.textValue();
    }

    // ---- the walk ----

    private void rootField(String name, JsonNode value, JsonPath path) {
        switch (name) {
            case "schemaVersion" -> {
                BigDecimal version = integer(value, path);
                if (version.compareTo(BigDecimal.ONE) != 0
                        && version.compareTo(BigDecimal.valueOf(Situation.SCHEMA_VERSION)) != 0) {
                    throw problem(path, "must be 1 or " + Situation.SCHEMA_VERSION);
                }
            }
            case "id" -> id(value, path);
            case "referenceDate" -> date(value, path);
            case "setting" -> enumValue(value, path, Setting.class);
            case "phase" -> enumValue(value, path, Phase.class);
            case "endingReason" -> {
                if (phase != null && phase != Phase.ENDING) {
                    throw problem(path, "is only allowed when phase is ENDING");
                }
                if (versionOne && value.isTextual() && value.textValue().equals(EndingReason.DISCHARGE_HOME.name())) {
                    // contract v2 §1: in a v1 document the value is an unknown enum value, as before
                    throw problem(path, "must be one of NO_LONGER_NEEDED, TRANSFER, PALLIATIVE, DECEASED"
                            + " (DISCHARGE_HOME needs schemaVersion 2)");
                }
                enumValue(value, path, EndingReason.class);
            }
            case "client" -> object(value, path, CLIENT, this::clientField);
            case "caregivers" -> array(value, path, (element, at, i) -> object(element, at, CAREGIVER,
                    (n, v, p) -> caregiverField(n, v, p, i)));
            case "volunteers" -> array(value, path, (element, at, i) -> object(element, at, VOLUNTEER,
                    (n, v, p) -> volunteerId(v, p, i)));
            case "careTasks" -> array(value, path, (element, at, i) -> object(element, at, CARE_TASK,
                    (n, v, p) -> careTaskField(n, v, p, i)));
            case "policy" -> object(value, path, POLICY, (n, v, p) -> enumList(v, p, TaskKind.class));
            default -> throw new AssertionError(name);
        }
    }

    private void clientField(String name, JsonNode value, JsonPath path) {
        switch (name) {
            case "id" -> id(value, path);
            case "conditions" -> enumList(value, path, Condition.class);
            case "derailmentSignals" -> enumList(value, path, DerailmentSignal.class);
            case "carePlanSharedWith" -> array(value, path, (element, at, i) -> {
                String id = text(element, at);
                if (idsReadable && !firstCaregiver.containsKey(id)) {
                    throw problem(at, firstVolunteer.containsKey(id)
                            ? "must name a caregiver, not a volunteer"
                            : "must name a caregiver of this situation");
                }
            });
            default -> throw new AssertionError(name);
        }
    }

    private void caregiverField(String name, JsonNode value, JsonPath path, int index) {
        switch (name) {
            case "id" -> {
                String id = personId(value, path);
                if (firstCaregiver.get(id) != index) {
                    throw problem(path, "is already the id of an earlier caregiver");
                }
            }
            case "relationToClient" -> enumValue(value, path, RelationToClient.class);
            case "hoursPerWeek" -> number(value, path, 0, Caregiver.MAX_HOURS_PER_WEEK);
            case "monthsCaring" -> integer(value, path, 0, Caregiver.MAX_MONTHS_CARING);
            case "age" -> integer(value, path, Caregiver.MIN_AGE, Caregiver.MAX_AGE);
            case "livesWithClient", "employed" -> bool(value, path);
            case "primaryContact" -> {
                if (bool(value, path) && firstPrimary != index) {
                    throw problem(path, "only one caregiver may be the primary contact");
                }
            }
            case "burden" -> {
                JsonNode instrumentNode = value.get("instrument");
                BurdenInstrument instrument = instrumentNode != null && instrumentNode.isTextual()
                        ? valueOf(BurdenInstrument.class, instrumentNode.textValue()) : null;
                object(value, path, BURDEN, (n, v, p) -> {
                    switch (n) {
                        case "instrument" -> enumValue(v, p, BurdenInstrument.class);
                        case "score" -> {
                            if (instrument == null) {
                                integer(v, p);
                            } else {
                                integer(v, p, instrument.minScore(), instrument.maxScore());
                            }
                        }
                        case "assessedOn" -> date(v, p);
                        default -> throw new AssertionError(n);
                    }
                });
            }
            case "signals" -> enumList(value, path, OverloadSignal.class);
            default -> throw new AssertionError(name);
        }
    }

    private void volunteerId(JsonNode value, JsonPath path, int index) {
        String id = personId(value, path);
        if (firstCaregiver.containsKey(id)) {
            throw problem(path, "is already the id of a caregiver");
        }
        if (firstVolunteer.get(id) != index) {
            throw problem(path, "is already the id of an earlier volunteer");
        }
    }

    private void careTaskField(String name, JsonNode value, JsonPath path, int index) {
        switch (name) {
            case "id" -> {
                id(value, path);
                if (firstTask.get(value.textValue()) != index) {
                    throw problem(path, "is already the id of an earlier care task");
                }
            }
            case "kind" -> enumValue(value, path, TaskKind.class);
            case "performedBy" -> {
                String performer = text(value, path);
                if (!Ids.PROFESSIONAL.equals(performer) && idsReadable
                        && !firstCaregiver.containsKey(performer) && !firstVolunteer.containsKey(performer)) {
                    throw problem(path, "must name a caregiver, a volunteer or PROFESSIONAL");
                }
            }
            case "professionalReservations" -> bool(value, path);
            case "agreement" -> object(value, path, AGREEMENT, (n, v, p) -> {
                if (n.equals("nextEvaluation")) {
                    date(v, p);
                } else {
                    bool(v, p);
                }
            });
            default -> throw new AssertionError(name);
        }
    }

    // ---- shapes and values ----

    /** The fields an object may have, in contract order, and those it must have. */
    private record Shape(Set<String> known, List<String> required) {
        Shape(List<String> known, List<String> required) {
            this(Set.copyOf(known), required);
        }
    }

    @FunctionalInterface
    private interface FieldCheck {
        void check(String name, JsonNode value, JsonPath path);
    }

    @FunctionalInterface
    private interface ElementCheck {
        void check(JsonNode element, JsonPath path, int index);
    }

    private void object(JsonNode node, JsonPath path, Shape shape, FieldCheck check) {
        notNull(node, path);
        if (!node.isObject()) {
            throw problem(path, "must be an object");
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonPath at = path.field(field.getKey());
            if (!shape.known().contains(field.getKey())) {
                throw problem(at, "is not a field of the contract");
            }
            notNull(field.getValue(), at);
            check.check(field.getKey(), field.getValue(), at);
        }
        for (String required : shape.required()) {
            if (!node.has(required)) {
                throw problem(path.field(required), "is required");
            }
        }
    }

    private void array(JsonNode node, JsonPath path, ElementCheck check) {
        if (!node.isArray()) {
            throw problem(path, "must be an array");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonPath at = path.index(i);
            notNull(node.get(i), at);
            check.check(node.get(i), at, i);
        }
    }

    private <E extends Enum<E>> void enumList(JsonNode node, JsonPath path, Class<E> type) {
        array(node, path, (element, at, i) -> enumValue(element, at, type));
    }

    private static void notNull(JsonNode node, JsonPath path) {
        if (node.isNull()) {
            throw problem(path, "must not be null (leave an optional field out instead)");
        }
    }

    private static String text(JsonNode node, JsonPath path) {
        if (!node.isTextual()) {
            throw problem(path, "must be a string");
        }
        return node.textValue();
    }

    private static void id(JsonNode node, JsonPath path) {
        String problem = Ids.problem(text(node, path));
        if (problem != null) {
            throw problem(path, problem);
        }
    }

    private static String personId(JsonNode node, JsonPath path) {
        id(node, path);
        if (Ids.PROFESSIONAL.equals(node.textValue())) {
            throw problem(path, "must not be PROFESSIONAL, which is reserved for tasks done by professionals");
        }
        return node.textValue();
    }

    private static <E extends Enum<E>> E enumValue(JsonNode node, JsonPath path, Class<E> type) {
        E value = valueOf(type, text(node, path));
        if (value == null) {
            throw problem(path, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
        return value;
    }

    /** Enum constants by name, per enum type: Class.getEnumConstants() copies its array on every call. */
    private static final ClassValue<Map<String, Object>> CONSTANTS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byName.put(((Enum<?>) constant).name(), constant);
            }
            return Map.copyOf(byName);
        }
    };

    private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
        return type.cast(CONSTANTS.get(type).get(name));
    }

    private static boolean bool(JsonNode node, JsonPath path) {
        if (!node.isBoolean()) {
            throw problem(path, "must be true or false");
        }
        return node.booleanValue();
    }

    /** A number without a fractional part: {@code 36} or {@code 36E0}; not {@code 36.0} or {@code 1E-1}. */
    private static BigDecimal integer(JsonNode node, JsonPath path) {
        if (!node.isNumber()) {
            throw problem(path, "must be a number");
        }
        if (node.isIntegralNumber()) {
            return new BigDecimal(node.bigIntegerValue());
        }
        if (node instanceof ExponentNode exponent && exponent.isWhole()) {
            return node.decimalValue();
        }
        throw problem(path, "must be a whole number (without a fractional part)");
    }

    private static void integer(JsonNode node, JsonPath path, int min, int max) {
        BigDecimal value = integer(node, path);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem(path, "must be between " + min + " and " + max);
        }
    }

    private static void number(JsonNode node, JsonPath path, int min, int max) {
        if (!node.isNumber()) {
            throw problem(path, "must be a number");
        }
        BigDecimal value = node.decimalValue();
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem(path, "must be between " + min + " and " + max);
        }
    }

    private static void date(JsonNode node, JsonPath path) {
        String text = text(node, path);
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate.parse(text);
                return;
            }
        } catch (DateTimeParseException e) {
            // reported below, without the text
        }
        throw problem(path, "must be a date written YYYY-MM-DD");
    }

    private static InvalidSituationException problem(JsonPath path, String problem) {
        return new InvalidSituationException(path.toString(), problem);
    }
}
