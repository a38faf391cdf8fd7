package nl.sofa.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.internal.Ids;
import nl.sofa.json.ReadLimits;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * The fast path of reading a situation: one pass of Jackson's streaming parser that builds the
 * records directly, without the tree of {@link TreeReader} (a map per object, a node per value).
 * It only reads documents it can tell are valid. On anything else it gives up and returns null,
 * and {@link SituationParser} reads the document again the careful way (tree, then
 * {@link ContractChecker}), which finds the first problem and words it. So this class reports
 * nothing: the contract's messages, paths and order of checks stay in one place.
 *
 * <p>The invariant: when {@link #read} returns a situation, the careful path returns an equal one.
 * Every rule of {@link TreeReader} and {@link ContractChecker} is therefore a condition of
 * acceptance here; a rule it does not apply exactly, it applies more strictly (giving up on a valid
 * document only costs time). The rules, in the checker's terms:
 * <ul>
 *   <li>the reader's: no more than {@code maxDocumentBytes}, no NUL in the first two bytes (UTF-16
 *       or UTF-32), well-formed JSON (Jackson, with the same factory and constraints), one
 *       top-level object and nothing after it, no repeated key, nesting within {@code maxDepth},
 *       lists within their limits ({@code maxCaregivers}, {@code maxVolunteers},
 *       {@code maxCareTasks}, {@code maxListLength} for every other list);</li>
 *   <li>shapes: only the contract's fields, every required field present, no {@code null}, each
 *       value of its type (string, number, true/false, array, object);</li>
 *   <li>values: ids not blank, at most 128 code points, without control characters or unpaired
 *       surrogates ({@link Ids#problem}); caregiver and volunteer ids not {@code PROFESSIONAL};
 *       enum values by exact name; dates {@code YYYY-MM-DD} that exist; {@code schemaVersion} 1 or
 *       2; whole numbers written without a fraction ({@code 36}, {@code 36E0}) within their ranges
 *       ({@code monthsCaring}, {@code age}, {@code score} by its instrument); {@code hoursPerWeek}
 *       any number from 0 to 168;</li>
 *   <li>across the document: {@code endingReason} present exactly when the phase is
 *       {@code ENDING}, and not {@code DISCHARGE_HOME} in a version 1 document; caregiver,
 *       volunteer and task ids unique, and no volunteer with a caregiver's id; at most one primary
 *       contact; {@code performedBy} a caregiver, a volunteer or {@code PROFESSIONAL};
 *       {@code carePlanSharedWith} only caregivers.</li>
 * </ul>
 * The model's constructors check again as the records are made; if one refuses, this path gives up
 * too (the careful path then reports the disagreement as it always did).
 */
final class StreamingSituationReader {
    // Nesting depths as TreeReader counts them: the top-level object is 1, the values of its fields
    // (client, caregivers, policy) 2, a caregiver or the client's lists 3, a burden or a task's
    // agreement 4. Checked against maxDepth because a caller's limits may be lower than the contract's.
    private static final int DEPTH_2 = 2;
    private static final int DEPTH_3 = 3;
    private static final int DEPTH_4 = 4;

    private static final Map<String, Setting> SETTINGS = byName(Setting.class);
    private static final Map<String, Phase> PHASES = byName(Phase.class);
    private static final Map<String, EndingReason> ENDING_REASONS = byName(EndingReason.class);
    private static final Map<String, Condition> CONDITIONS = byName(Condition.class);
    private static final Map<String, DerailmentSignal> DERAILMENT_SIGNALS = byName(DerailmentSignal.class);
    private static final Map<String, RelationToClient> RELATIONS = byName(RelationToClient.class);
    private static final Map<String, BurdenInstrument> INSTRUMENTS = byName(BurdenInstrument.class);
    private static final Map<String, OverloadSignal> OVERLOAD_SIGNALS = byName(OverloadSignal.class);
    private static final Map<String, TaskKind> TASK_KINDS = byName(TaskKind.class);

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(Caregiver.MAX_HOURS_PER_WEEK);

    private final ReadLimits limits;
    private final JsonFactory factory;

    StreamingSituationReader(ReadLimits limits, JsonFactory factory) {
        this.limits = limits;
        this.factory = factory;
    }

    /**
     * The situation of a document that is plainly valid, or null when the careful path must judge
     * it (an invalid document, or a valid one written in a way this path does not take on).
     */
    Situation read(byte[] bytes) {
        if (bytes.length > limits.maxDocumentBytes() || bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0)) {
            return null;
        }
        try (JsonParser parser = factory.createParser(bytes)) {
            return new Pass(parser, limits).situation();
        } catch (IOException | RuntimeException e) {
            // GiveUp, Jackson's own errors (malformed JSON, a read constraint), a model constructor
            // refusing a value, or a date that does not exist: in every case the careful path will
            // read the document again and say what is wrong, so nothing is reported from here.
            return null;
        }
    }

    /**
     * Thrown to abandon a document from deep inside the pass. One instance without a stack trace:
     * giving up is a normal outcome (every invalid document), so it must cost next to nothing.
     */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    /** One document's reading: the parser and what is gathered for the checks across the document. */
    private static final class Pass {
        private final JsonParser p;
        private final ReadLimits limits;
        private final Set<String> caregiverIds = new HashSet<>();
        private final Set<String> volunteerIds = new HashSet<>();
        private final Set<String> taskIds = new HashSet<>();
        private final List<String> performers = new ArrayList<>();
        private SortedSet<String> sharedWith = Collections.emptySortedSet();
        private int primaryContacts;

        Pass(JsonParser parser, ReadLimits limits) {
            this.p = parser;
            this.limits = limits;
        }

        Situation situation() throws IOException {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw GiveUp.INSTANCE;
            }
            int seen = 0;
            int version = 0;
            String id = null;
            LocalDate referenceDate = null;
            Setting setting = null;
            Phase phase = null;
            EndingReason endingReason = null;
            Client client = null;
            List<Caregiver> caregivers = List.of();
            List<Volunteer> volunteers = List.of();
            List<CareTask> careTasks = List.of();
            Policy policy = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "schemaVersion" -> {
                        seen = once(seen, 1);
                        version = wholeNumber(value, 1, Situation.SCHEMA_VERSION);
                        if (version != 1 && version != Situation.SCHEMA_VERSION) {
                            throw GiveUp.INSTANCE;
                        }
                    }
                    case "id" -> {
                        seen = once(seen, 1 << 1);
                        id = id(value);
                    }
                    case "referenceDate" -> {
                        seen = once(seen, 1 << 2);
                        referenceDate = date(value);
                    }
                    case "setting" -> {
                        seen = once(seen, 1 << 3);
                        setting = enumValue(value, SETTINGS);
                    }
                    case "phase" -> {
                        seen = once(seen, 1 << 4);
                        phase = enumValue(value, PHASES);
                    }
                    case "endingReason" -> {
                        seen = once(seen, 1 << 5);
                        endingReason = enumValue(value, ENDING_REASONS);
                    }
                    case "client" -> {
                        seen = once(seen, 1 << 6);
                        client = client(value);
                    }
                    case "caregivers" -> {
                        seen = once(seen, 1 << 7);
                        caregivers = caregivers(value);
                    }
                    case "volunteers" -> {
                        seen = once(seen, 1 << 8);
                        volunteers = volunteers(value);
                    }
                    case "careTasks" -> {
                        seen = once(seen, 1 << 9);
                        careTasks = careTasks(value);
                    }
                    case "policy" -> {
                        seen = once(seen, 1 << 10);
                        policy = policy(value);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            if (p.nextToken() != null) {
                throw GiveUp.INSTANCE;
            }
            // required: schemaVersion, id, phase, client
            requireAll(seen, 1 | 1 << 1 | 1 << 4 | 1 << 6);
            if ((phase == Phase.ENDING) != (endingReason != null)
                    || version == 1 && endingReason == EndingReason.DISCHARGE_HOME) {
                throw GiveUp.INSTANCE;
            }
            checkReferences();
            return new Situation(id, referenceDate, setting, phase, endingReason, client, caregivers, volunteers,
                    careTasks, policy);
        }

        /** The checks that need the whole document: the ids a list names may stand later in it. */
        private void checkReferences() {
            if (primaryContacts > 1) {
                throw GiveUp.INSTANCE;
            }
            for (String volunteer : volunteerIds) {
                if (caregiverIds.contains(volunteer)) {
                    throw GiveUp.INSTANCE;
                }
            }
            for (String performer : performers) {
                if (!Ids.PROFESSIONAL.equals(performer) && !caregiverIds.contains(performer)
                        && !volunteerIds.contains(performer)) {
                    throw GiveUp.INSTANCE;
                }
            }
            if (!caregiverIds.containsAll(sharedWith)) {
                throw GiveUp.INSTANCE;
            }
        }

        // ---- the objects of the contract ----

        private Client client(JsonToken token) throws IOException {
            startObject(token, DEPTH_2);
            int seen = 0;
            String id = null;
            Set<Condition> conditions = Set.of();
            Set<DerailmentSignal> signals = Set.of();
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "id" -> {
                        seen = once(seen, 1);
                        id = id(value);
                    }
                    case "conditions" -> {
                        seen = once(seen, 1 << 1);
                        conditions = enumList(value, DEPTH_3, Condition.class, CONDITIONS);
                    }
                    case "carePlanSharedWith" -> {
                        seen = once(seen, 1 << 2);
                        sharedWith = strings(value);
                    }
                    case "derailmentSignals" -> {
                        seen = once(seen, 1 << 3);
                        signals = enumList(value, DEPTH_3, DerailmentSignal.class, DERAILMENT_SIGNALS);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            requireAll(seen, 1);
            return new Client(id, conditions, sharedWith, signals);
        }

        private List<Caregiver> caregivers(JsonToken token) throws IOException {
            startArray(token, DEPTH_2);
            List<Caregiver> caregivers = new ArrayList<>();
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (caregivers.size() == limits.maxCaregivers()) {
                    throw GiveUp.INSTANCE;
                }
                caregivers.add(caregiver(element));
            }
            return caregivers;
        }

        private Caregiver caregiver(JsonToken token) throws IOException {
            startObject(token, DEPTH_3);
            int seen = 0;
            String id = null;
            RelationToClient relation = null;
            double hoursPerWeek = 0;
            int monthsCaring = 0;
            boolean livesWithClient = false;
            boolean employed = false;
            Integer age = null;
            boolean primaryContact = false;
            BurdenMeasurement burden = null;
            Set<OverloadSignal> signals = Set.of();
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "id" -> {
                        seen = once(seen, 1);
                        id = personId(value);
                        if (!caregiverIds.add(id)) {
                            throw GiveUp.INSTANCE;
                        }
                    }
                    case "relationToClient" -> {
                        seen = once(seen, 1 << 1);
                        relation = enumValue(value, RELATIONS);
                    }
                    case "hoursPerWeek" -> {
                        seen = once(seen, 1 << 2);
                        hoursPerWeek = hours(value);
                    }
                    case "monthsCaring" -> {
                        seen = once(seen, 1 << 3);
                        monthsCaring = wholeNumber(value, 0, Caregiver.MAX_MONTHS_CARING);
                    }
                    case "livesWithClient" -> {
                        seen = once(seen, 1 << 4);
                        livesWithClient = bool(value);
                    }
                    case "employed" -> {
                        seen = once(seen, 1 << 5);
                        employed = bool(value);
                    }
                    case "age" -> {
                        seen = once(seen, 1 << 6);
                        age = wholeNumber(value, Caregiver.MIN_AGE, Caregiver.MAX_AGE);
                    }
                    case "primaryContact" -> {
                        seen = once(seen, 1 << 7);
                        primaryContact = bool(value);
                        if (primaryContact) {
                            primaryContacts++;
                        }
                    }
                    case "burden" -> {
                        seen = once(seen, 1 << 8);
                        burden = burden(value);
                    }
                    case "signals" -> {
                        seen = once(seen, 1 << 9);
                        signals = enumList(value, DEPTH_4, OverloadSignal.class, OVERLOAD_SIGNALS);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            // required: id, relationToClient, hoursPerWeek, monthsCaring
            requireAll(seen, 1 | 1 << 1 | 1 << 2 | 1 << 3);
            return new Caregiver(id, relation, hoursPerWeek, monthsCaring, livesWithClient, employed, age,
                    primaryContact, burden, signals);
        }

        private BurdenMeasurement burden(JsonToken token) throws IOException {
            startObject(token, DEPTH_4);
            int seen = 0;
            BurdenInstrument instrument = null;
            int score = 0;
            LocalDate assessedOn = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "instrument" -> {
                        seen = once(seen, 1);
                        instrument = enumValue(value, INSTRUMENTS);
                    }
                    case "score" -> {
                        seen = once(seen, 1 << 1);
                        // judged by its instrument below: the score may stand before the instrument
                        score = wholeNumber(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    }
                    case "assessedOn" -> {
                        seen = once(seen, 1 << 2);
                        assessedOn = date(value);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            requireAll(seen, 1 | 1 << 1);
            if (!instrument.accepts(score)) {
                throw GiveUp.INSTANCE;
            }
            return new BurdenMeasurement(instrument, score, assessedOn);
        }

        private List<Volunteer> volunteers(JsonToken token) throws IOException {
            startArray(token, DEPTH_2);
            List<Volunteer> volunteers = new ArrayList<>();
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (volunteers.size() == limits.maxVolunteers()) {
                    throw GiveUp.INSTANCE;
                }
                startObject(element, DEPTH_3);
                // a volunteer has one field, its id, and must have it
                if (!"id".equals(p.nextFieldName())) {
                    throw GiveUp.INSTANCE;
                }
                String id = personId(p.nextToken());
                if (!volunteerIds.add(id) || p.nextToken() != JsonToken.END_OBJECT) {
                    throw GiveUp.INSTANCE;
                }
                volunteers.add(new Volunteer(id));
            }
            return volunteers;
        }

        private List<CareTask> careTasks(JsonToken token) throws IOException {
            startArray(token, DEPTH_2);
            List<CareTask> tasks = new ArrayList<>();
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (tasks.size() == limits.maxCareTasks()) {
                    throw GiveUp.INSTANCE;
                }
                tasks.add(careTask(element));
            }
            return tasks;
        }

        private CareTask careTask(JsonToken token) throws IOException {
            startObject(token, DEPTH_3);
            int seen = 0;
            String id = null;
            TaskKind kind = null;
            String performedBy = null;
            boolean professionalReservations = false;
            Agreement agreement = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "id" -> {
                        seen = once(seen, 1);
                        // PROFESSIONAL is a valid task id: it is reserved among people only
                        id = id(value);
                        if (!taskIds.add(id)) {
                            throw GiveUp.INSTANCE;
                        }
                    }
                    case "kind" -> {
                        seen = once(seen, 1 << 1);
                        kind = enumValue(value, TASK_KINDS);
                    }
                    case "performedBy" -> {
                        seen = once(seen, 1 << 2);
                        // judged at the end: it may name a caregiver or volunteer listed later
                        performedBy = text(value);
                        performers.add(performedBy);
                    }
                    case "professionalReservations" -> {
                        seen = once(seen, 1 << 3);
                        professionalReservations = bool(value);
                    }
                    case "agreement" -> {
                        seen = once(seen, 1 << 4);
                        agreement = agreement(value);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            requireAll(seen, 1 | 1 << 1 | 1 << 2);
            return new CareTask(id, kind, performedBy, professionalReservations, agreement);
        }

        private Agreement agreement(JsonToken token) throws IOException {
            startObject(token, DEPTH_4);
            int seen = 0;
            // the contract's defaults for a field left out, as SituationParser has them
            boolean recordedInCarePlan = false;
            boolean caregiverWilling = true;
            boolean caregiverAble = true;
            boolean instructionGiven = false;
            LocalDate nextEvaluation = null;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "recordedInCarePlan" -> {
                        seen = once(seen, 1);
                        recordedInCarePlan = bool(value);
                    }
                    case "caregiverWilling" -> {
                        seen = once(seen, 1 << 1);
                        caregiverWilling = bool(value);
                    }
                    case "caregiverAble" -> {
                        seen = once(seen, 1 << 2);
                        caregiverAble = bool(value);
                    }
                    case "instructionGiven" -> {
                        seen = once(seen, 1 << 3);
                        instructionGiven = bool(value);
                    }
                    case "nextEvaluation" -> {
                        seen = once(seen, 1 << 4);
                        nextEvaluation = date(value);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            return new Agreement(recordedInCarePlan, caregiverWilling, caregiverAble, instructionGiven,
                    nextEvaluation);
        }

        private Policy policy(JsonToken token) throws IOException {
            startObject(token, DEPTH_2);
            int seen = 0;
            Set<TaskKind> caregiverMayPerform = Set.of();
            Set<TaskKind> volunteerMayPerform = Set.of();
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "caregiverMayPerform" -> {
                        seen = once(seen, 1);
                        caregiverMayPerform = enumList(value, DEPTH_3, TaskKind.class, TASK_KINDS);
                    }
                    case "volunteerMayPerform" -> {
                        seen = once(seen, 1 << 1);
                        volunteerMayPerform = enumList(value, DEPTH_3, TaskKind.class, TASK_KINDS);
                    }
                    default -> throw GiveUp.INSTANCE;
                }
            }
            endObject();
            return new Policy(caregiverMayPerform, volunteerMayPerform);
        }

        // ---- lists ----

        private <E extends Enum<E>> Set<E> enumList(JsonToken token, int depth, Class<E> type, Map<String, E> names)
                throws IOException {
            startArray(token, depth);
            EnumSet<E> values = EnumSet.noneOf(type);
            int count = 0;
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (count++ == limits.maxListLength()) {
                    throw GiveUp.INSTANCE;
                }
                values.add(enumValue(element, names));
            }
            return values;
        }

        /** {@code carePlanSharedWith}: strings, judged at the end against the caregivers' ids. */
        private SortedSet<String> strings(JsonToken token) throws IOException {
            startArray(token, DEPTH_3);
            SortedSet<String> values = new TreeSet<>();
            int count = 0;
            JsonToken element;
            while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
                if (count++ == limits.maxListLength()) {
                    throw GiveUp.INSTANCE;
                }
                values.add(text(element));
            }
            return values;
        }

        // ---- structure ----

        private void startObject(JsonToken token, int depth) {
            if (token != JsonToken.START_OBJECT || depth > limits.maxDepth()) {
                throw GiveUp.INSTANCE;
            }
        }

        private void startArray(JsonToken token, int depth) {
            if (token != JsonToken.START_ARRAY || depth > limits.maxDepth()) {
                throw GiveUp.INSTANCE;
            }
        }

        /** After the fields: the object must end here (Jackson allows nothing else, this makes sure). */
        private void endObject() {
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw GiveUp.INSTANCE;
            }
        }

        // ---- values ----

        private String text(JsonToken token) throws IOException {
            if (token != JsonToken.VALUE_STRING) {
                throw GiveUp.INSTANCE;
            }
            return p.getText();
        }

        private String id(JsonToken token) throws IOException {
            String id = text(token);
            if (Ids.problem(id) != null) {
                throw GiveUp.INSTANCE;
            }
            return id;
        }

        /** A caregiver's or volunteer's id: {@code PROFESSIONAL} is reserved for tasks. */
        private String personId(JsonToken token) throws IOException {
            String id = id(token);
            if (Ids.PROFESSIONAL.equals(id)) {
                throw GiveUp.INSTANCE;
            }
            return id;
        }

        private <E extends Enum<E>> E enumValue(JsonToken token, Map<String, E> names) throws IOException {
            E value = names.get(text(token));
            if (value == null) {
                throw GiveUp.INSTANCE;
            }
            return value;
        }

        private static boolean bool(JsonToken token) {
            if (token == JsonToken.VALUE_TRUE) {
                return true;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return false;
            }
            throw GiveUp.INSTANCE;
        }

        /**
         * A number without a fractional part within {@code [min, max]}, as the checker reads one:
         * {@code 36}, or {@code 36E0} (an exponent without a point, whole in value); not
         * {@code 36.0}. An integer too large for an int is out of every range asked for here.
         */
        private int wholeNumber(JsonToken token, int min, int max) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                if (p.getNumberType() != JsonParser.NumberType.INT) {
                    throw GiveUp.INSTANCE;
                }
                int value = p.getIntValue();
                if (value < min || value > max) {
                    throw GiveUp.INSTANCE;
                }
                return value;
            }
            if (token != JsonToken.VALUE_NUMBER_FLOAT || p.getText().indexOf('.') >= 0) {
                throw GiveUp.INSTANCE;
            }
            BigDecimal value = p.getDecimalValue();
            // the range first: stripping 1E999999999 is cheap, but intValue() of it would not be
            if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                    || value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
                throw GiveUp.INSTANCE;
            }
            return value.intValue();
        }

        /**
         * {@code hoursPerWeek}: any number from 0 to 168, converted to a double as the careful path
         * does (through BigDecimal, so that the same text gives the same double).
         */
        private double hours(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return wholeNumber(token, 0, Caregiver.MAX_HOURS_PER_WEEK);
            }
            if (token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw GiveUp.INSTANCE;
            }
            BigDecimal value = p.getDecimalValue();
            if (value.signum() < 0 || value.compareTo(MAX_HOURS) > 0) {
                throw GiveUp.INSTANCE;
            }
            return value.doubleValue();
        }

        /**
         * A date written {@code YYYY-MM-DD} (ASCII digits, as the checker's {@code \d}) that exists;
         * {@link LocalDate#of} refuses a day the month does not have, as the strict ISO parse does.
         */
        private LocalDate date(JsonToken token) throws IOException {
            String text = text(token);
            if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
                throw GiveUp.INSTANCE;
            }
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }

        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw GiveUp.INSTANCE;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /** Marks a field as seen; a field seen before is a repeated key. */
        private static int once(int seen, int field) {
            if ((seen & field) != 0) {
                throw GiveUp.INSTANCE;
            }
            return seen | field;
        }

        private static void requireAll(int seen, int required) {
            if ((seen & required) != required) {
                throw GiveUp.INSTANCE;
            }
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
        Map<String, E> names = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            names.put(constant.name(), constant);
        }
        return Map.copyOf(names);
    }
}
