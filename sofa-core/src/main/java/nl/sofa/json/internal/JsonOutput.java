package nl.sofa.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.internal.SortedParams;
import nl.sofa.situation.Client;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;

/**
 * Writes situations, advice and catalogs as JSON in the contract's field order. Output depends on
 * nothing but the value written (no platform line separator, no locale), so equal values give
 * byte-identical JSON. Internal: use {@link nl.sofa.json.SofaJson}.
 */
public final class JsonOutput {
    /**
     * Writes a character outside the BMP (an emoji in an id) as itself, in four UTF-8 bytes, when
     * writing to a stream too: Jackson's UTF-8 generator otherwise escapes it as a surrogate pair
     * ({@code \uD83D\uDE00}), so that the stream and the String output of the same value differed.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    // The advice's field names encoded once (Jackson copies their bytes instead of escaping the
    // name again for every entry: escaping was most of the writing's time).
    private static final SerializedString F_ACTION = new SerializedString("action");
    private static final SerializedString F_BOUNDARY = new SerializedString("boundary");
    private static final SerializedString F_CAREGIVER_ID = new SerializedString("caregiverId");
    private static final SerializedString F_CAREGIVERS = new SerializedString("caregivers");
    private static final SerializedString F_CODE = new SerializedString("code");
    private static final SerializedString F_DUE_BY = new SerializedString("dueBy");
    private static final SerializedString F_EN = new SerializedString("en");
    private static final SerializedString F_ENGINE = new SerializedString("engine");
    private static final SerializedString F_FACTORS = new SerializedString("factors");
    private static final SerializedString F_FLAGS = new SerializedString("flags");
    private static final SerializedString F_FOCUS = new SerializedString("focus");
    private static final SerializedString F_ID = new SerializedString("id");
    private static final SerializedString F_KEY = new SerializedString("key");
    private static final SerializedString F_NL = new SerializedString("nl");
    private static final SerializedString F_OVERLOAD_RISK = new SerializedString("overloadRisk");
    private static final SerializedString F_PACKS = new SerializedString("packs");
    private static final SerializedString F_PARAMS = new SerializedString("params");
    private static final SerializedString F_PHASE = new SerializedString("phase");
    private static final SerializedString F_PRIORITY = new SerializedString("priority");
    private static final SerializedString F_PUBLISHER = new SerializedString("publisher");
    private static final SerializedString F_REASONS = new SerializedString("reasons");
    private static final SerializedString F_REFERENCE_DATE = new SerializedString("referenceDate");
    private static final SerializedString F_ROLE = new SerializedString("role");
    private static final SerializedString F_RULES = new SerializedString("rules");
    private static final SerializedString F_SCHEMA_VERSION = new SerializedString("schemaVersion");
    private static final SerializedString F_SEVERITY = new SerializedString("severity");
    private static final SerializedString F_SITUATION_ID = new SerializedString("situationId");
    private static final SerializedString F_STATUS = new SerializedString("status");
    private static final SerializedString F_SUGGESTIONS = new SerializedString("suggestions");
    private static final SerializedString F_TASK_ID = new SerializedString("taskId");
    private static final SerializedString F_TEXT = new SerializedString("text");
    private static final SerializedString F_VERSION = new SerializedString("version");

    private static final int MAX_CATALOG_TEXTS = 4096;
    private static final java.util.concurrent.ConcurrentHashMap<LocalizedText, SerializedString[]> CATALOG_TEXTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final boolean pretty;

    public JsonOutput(boolean pretty) {
        this.pretty = pretty;
    }

    /** The kinds of value this writes. */
    @FunctionalInterface
    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    public String situation(Situation s) {
        return toString(g -> writeSituation(g, s));
    }

    public String advice(Advice a) {
        return toString(g -> writeAdvice(g, a));
    }

    public void advice(Advice a, OutputStream out) {
        try (JsonGenerator g = generator(FACTORY.createGenerator(out))) {
            writeAdvice(g, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String catalog(Collection<Action> actions, Collection<FlagType> flags) {
        return toString(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("actions");
            for (Action action : actions) {
                g.writeStartObject();
                g.writeStringField("id", action.id());
                g.writeStringField("role", action.role().name());
                g.writeStringField("phase", action.phase().name());
                writeText(g, action.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("flags");
            for (FlagType flag : flags) {
                g.writeStartObject();
                g.writeStringField("code", flag.code());
                writeText(g, flag.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private String toString(Body body) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = generator(FACTORY.createGenerator((Writer) out))) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private JsonGenerator generator(JsonGenerator g) {
        if (pretty) {
            g.setPrettyPrinter(PRETTY);
        }
        return g;
    }

    private static void writeAdvice(JsonGenerator g, Advice a) throws IOException {
        g.writeStartObject();
        writeField(g, F_SCHEMA_VERSION, Advice.SCHEMA_VERSION);
        writeField(g, F_SITUATION_ID, a.situationId());
        writeField(g, F_REFERENCE_DATE, a.referenceDate().toString());
        writeField(g, F_PHASE, a.phase().name());
        g.writeFieldName(F_ENGINE);
        g.writeStartObject();
        writeField(g, F_VERSION, a.engine().version());
        g.writeFieldName(F_PACKS);
        g.writeStartArray();
        for (PackInfo pack : a.engine().packs()) {
            g.writeStartObject();
            writeField(g, F_ID, pack.id());
            writeField(g, F_VERSION, pack.version());
            // Only what the pack states: an advice of a pack without them keeps its bytes.
            if (pack.publisher() != null) {
                writeField(g, F_PUBLISHER, pack.publisher());
            }
            if (pack.status() != null) {
                writeField(g, F_STATUS, pack.status().name());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName(F_CAREGIVERS);
        g.writeStartArray();
        for (CaregiverAssessment c : a.caregivers()) {
            g.writeStartObject();
            writeField(g, F_CAREGIVER_ID, c.caregiverId());
            writeField(g, F_OVERLOAD_RISK, c.overloadRisk().name());
            writeStrings(g, F_FACTORS, c.factors());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(F_FOCUS);
        g.writeStartArray();
        for (Suggestion.Key k : a.focus()) {
            g.writeStartObject();
            writeField(g, F_ACTION, k.action());
            writeField(g, F_CAREGIVER_ID, k.caregiverId());
            writeField(g, F_TASK_ID, k.taskId());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(F_SUGGESTIONS);
        g.writeStartArray();
        for (Suggestion s : a.suggestions()) {
            g.writeStartObject();
            writeField(g, F_ACTION, s.action());
            writeField(g, F_ROLE, s.role().name());
            writeField(g, F_PHASE, s.phase().name());
            writeField(g, F_CAREGIVER_ID, s.caregiverId());
            writeField(g, F_TASK_ID, s.taskId());
            writeField(g, F_PRIORITY, s.priority().name());
            if (s.dueBy() != null) {
                writeField(g, F_DUE_BY, s.dueBy().toString());
            }
            writeCatalogText(g, s.text());
            writeStrings(g, F_RULES, s.rules());
            writeReasons(g, s.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(F_FLAGS);
        g.writeStartArray();
        for (Flag f : a.flags()) {
            g.writeStartObject();
            writeField(g, F_CODE, f.code());
            writeField(g, F_SEVERITY, f.severity().name());
            writeField(g, F_BOUNDARY, f.boundary() == null ? null : f.boundary().name());
            writeField(g, F_CAREGIVER_ID, f.caregiverId());
            writeField(g, F_TASK_ID, f.taskId());
            writeCatalogText(g, f.text());
            writeStrings(g, F_RULES, f.rules());
            writeReasons(g, f.reasons());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeReasons(JsonGenerator g, List<Reason> reasons) throws IOException {
        g.writeFieldName(F_REASONS);
        g.writeStartArray();
        for (Reason r : reasons) {
            g.writeStartObject();
            writeField(g, F_KEY, r.key());
            g.writeFieldName(F_PARAMS);
            g.writeStartObject();
            if (r.params() instanceof SortedParams p) {
                // By position: no entry object per param.
                for (int i = 0; i < p.size(); i++) {
                    g.writeFieldName(p.nameAt(i));
                    writeParam(g, p.valueAt(i));
                }
            } else {
                for (Map.Entry<String, Object> e : r.params().entrySet()) {
                    g.writeFieldName(e.getKey());
                    writeParam(g, e.getValue());
                }
            }
            g.writeEndObject();
            writeText(g, r.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeParam(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            // Jackson writes an int's digits as Integer.toString does (Reason.plainNumber), without a String.
            g.writeNumber(i.intValue());
        } else if (value instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (value instanceof Number n) {
            // The same digits as Reason.paramsJson, which orders the reasons: 40 and 7.5, never 40.0.
            g.writeNumber(Reason.plainNumber(n));
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof LocalDate d) {
            g.writeString(d.toString());
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                g.writeString((String) item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("a reason param of type " + value.getClass().getName());
        }
    }

    private static void writeSituation(JsonGenerator g, Situation s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", Situation.SCHEMA_VERSION);
        g.writeStringField("id", s.id());
        writeDate(g, "referenceDate", s.referenceDate());
        if (s.setting() != null) {
            g.writeStringField("setting", s.setting().name());
        }
        g.writeStringField("phase", s.phase().name());
        if (s.endingReason() != null) {
            g.writeStringField("endingReason", s.endingReason().name());
        }
        Client client = s.client();
        g.writeObjectFieldStart("client");
        g.writeStringField("id", client.id());
        writeNames(g, "conditions", client.conditions());
        writeStrings(g, "carePlanSharedWith", client.carePlanSharedWith());
        writeNames(g, "derailmentSignals", client.derailmentSignals());
        g.writeEndObject();
        g.writeArrayFieldStart("caregivers");
        for (Caregiver c : s.caregivers()) {
            g.writeStartObject();
            g.writeStringField("id", c.id());
            g.writeStringField("relationToClient", c.relationToClient().name());
            g.writeFieldName("hoursPerWeek");
            writeNumber(g, c.hoursPerWeek());
            g.writeNumberField("monthsCaring", c.monthsCaring());
            g.writeBooleanField("livesWithClient", c.livesWithClient());
            g.writeBooleanField("employed", c.employed());
            if (c.age() != null) {
                g.writeNumberField("age", c.age());
            }
            g.writeBooleanField("primaryContact", c.primaryContact());
            BurdenMeasurement burden = c.burden();
            if (burden != null) {
                g.writeObjectFieldStart("burden");
                g.writeStringField("instrument", burden.instrument().name());
                g.writeNumberField("score", burden.score());
                writeDate(g, "assessedOn", burden.assessedOn());
                g.writeEndObject();
            }
            writeNames(g, "signals", c.signals());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("volunteers");
        for (Volunteer v : s.volunteers()) {
            g.writeStartObject();
            g.writeStringField("id", v.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("careTasks");
        for (CareTask t : s.careTasks()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("kind", t.kind().name());
            g.writeStringField("performedBy", t.performedBy());
            g.writeBooleanField("professionalReservations", t.professionalReservations());
            Agreement agreement = t.agreement();
            if (agreement != null) {
                g.writeObjectFieldStart("agreement");
                g.writeBooleanField("recordedInCarePlan", agreement.recordedInCarePlan());
                g.writeBooleanField("caregiverWilling", agreement.caregiverWilling());
                g.writeBooleanField("caregiverAble", agreement.caregiverAble());
                g.writeBooleanField("instructionGiven", agreement.instructionGiven());
                writeDate(g, "nextEvaluation", agreement.nextEvaluation());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        Policy policy = s.policy();
        if (policy != null) {
            g.writeObjectFieldStart("policy");
            writeNames(g, "caregiverMayPerform", policy.caregiverMayPerform());
            writeNames(g, "volunteerMayPerform", policy.volunteerMayPerform());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** Whole numbers without a fraction ({@code 40}, not {@code 40.0}); others as the shortest decimal. */
    private static void writeNumber(JsonGenerator g, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            g.writeNumber((long) value);
        } else {
            g.writeNumber(value);
        }
    }

    private static void writeDate(JsonGenerator g, String name, LocalDate date) throws IOException {
        if (date != null) {
            g.writeStringField(name, date.toString());
        }
    }

    private static void writeText(JsonGenerator g, LocalizedText text) throws IOException {
        g.writeFieldName(F_TEXT);
        g.writeStartObject();
        writeField(g, F_NL, text.nl());
        writeField(g, F_EN, text.en());
        g.writeEndObject();
    }

    /**
     * A text of the catalog (an action's or a flag's): the same few hundred sentences in every
     * advice, so each is encoded once and its bytes copied after that. Reasons' texts differ per
     * advice and go through {@link #writeText}.
     */
    private static void writeCatalogText(JsonGenerator g, LocalizedText text) throws IOException {
        SerializedString[] encoded = CATALOG_TEXTS.get(text);
        if (encoded == null) {
            encoded = new SerializedString[] {new SerializedString(text.nl()), new SerializedString(text.en())};
            // Bounded: the catalog's texts are few; a caller writing endless texts of their own stops the cache growing.
            if (CATALOG_TEXTS.size() < MAX_CATALOG_TEXTS) {
                CATALOG_TEXTS.putIfAbsent(text, encoded);
            }
        }
        g.writeFieldName(F_TEXT);
        g.writeStartObject();
        g.writeFieldName(F_NL);
        g.writeString(encoded[0]);
        g.writeFieldName(F_EN);
        g.writeString(encoded[1]);
        g.writeEndObject();
    }

    private static void writeField(JsonGenerator g, SerializedString name, @org.jspecify.annotations.Nullable String value)
            throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    private static void writeField(JsonGenerator g, SerializedString name, int value) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(value);
    }

    private static void writeStrings(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void writeStrings(JsonGenerator g, SerializedString name, Collection<String> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private static void writeNames(JsonGenerator g, String name, Collection<? extends Enum<?>> values)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (Enum<?> value : values) {
            g.writeString(value.name());
        }
        g.writeEndArray();
    }
}
