package nl.sofa.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;

/**
 * The shape of a situation document, written down from contract v1 §1 (not from the reader, so
 * that the two can be checked against each other): which fields each object has, which are
 * required, and what each value must be.
 */
final class Schema {
    private Schema() {
    }

    /** What a value must be. */
    enum Type {
        /** {@code schemaVersion}: the number 1 or 2 (contract v2 reads both). */
        VERSION,
        /** A non-blank id of at most 128 code points (situation, client, task). */
        ID,
        /** A caregiver's or volunteer's id: an {@link #ID}, unique across both, not PROFESSIONAL. */
        PERSON_ID,
        /** {@code performedBy}: a caregiver id, a volunteer id or PROFESSIONAL. */
        PERFORMER,
        /** A {@code carePlanSharedWith} entry: a caregiver id. */
        CAREGIVER_REF,
        /** A date, YYYY-MM-DD. */
        DATE,
        /** One constant of {@link Spec#enumType}. */
        ENUM,
        /** A whole number within {@link Spec#min} and {@link Spec#max}. */
        INTEGER,
        /** A burden score: a whole number within the instrument's range. */
        SCORE,
        /** A number within {@link Spec#min} and {@link Spec#max}. */
        NUMBER,
        /** true or false. */
        BOOLEAN,
        /** An object with {@link Spec#fields}. */
        OBJECT,
        /** An array of {@link Spec#element}. */
        ARRAY
    }

    /** A value's spec. */
    record Spec(Type type, Class<? extends Enum<?>> enumType, int min, int max, List<Field> fields, Spec element,
            String objectName) {

        static Spec of(Type type) {
            return new Spec(type, null, 0, 0, List.of(), null, null);
        }

        static Spec enumOf(Class<? extends Enum<?>> type) {
            return new Spec(Type.ENUM, type, 0, 0, List.of(), null, null);
        }

        static Spec integer(int min, int max) {
            return new Spec(Type.INTEGER, null, min, max, List.of(), null, null);
        }

        static Spec number(int min, int max) {
            return new Spec(Type.NUMBER, null, min, max, List.of(), null, null);
        }

        static Spec object(String name, Field... fields) {
            return new Spec(Type.OBJECT, null, 0, 0, List.of(fields), null, name);
        }

        static Spec array(Spec element) {
            return new Spec(Type.ARRAY, null, 0, 0, List.of(), element, null);
        }

        static Spec enumList(Class<? extends Enum<?>> type) {
            return array(enumOf(type));
        }

        Field field(String name) {
            for (Field field : fields) {
                if (field.name().equals(name)) {
                    return field;
                }
            }
            return null;
        }

        List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            for (Field field : fields) {
                names.add(field.name());
            }
            return Collections.unmodifiableList(names);
        }

        boolean isEnumValue(String text) {
            for (Enum<?> constant : enumType.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A field of an object: its name, whether it is required, and its spec. */
    record Field(String name, boolean required, Spec spec) {
    }

    private static Field required(String name, Spec spec) {
        return new Field(name, true, spec);
    }

    private static Field optional(String name, Spec spec) {
        return new Field(name, false, spec);
    }

    static final Spec BURDEN = Spec.object("burden",
            required("instrument", Spec.enumOf(BurdenInstrument.class)),
            required("score", Spec.of(Type.SCORE)),
            optional("assessedOn", Spec.of(Type.DATE)));

    static final Spec CAREGIVER = Spec.object("caregiver",
            required("id", Spec.of(Type.PERSON_ID)),
            required("relationToClient", Spec.enumOf(RelationToClient.class)),
            required("hoursPerWeek", Spec.number(0, 168)),
            required("monthsCaring", Spec.integer(0, 1200)),
            optional("livesWithClient", Spec.of(Type.BOOLEAN)),
            optional("employed", Spec.of(Type.BOOLEAN)),
            optional("age", Spec.integer(5, 120)),
            optional("primaryContact", Spec.of(Type.BOOLEAN)),
            optional("burden", BURDEN),
            optional("signals", Spec.enumList(OverloadSignal.class)));

    static final Spec VOLUNTEER = Spec.object("volunteer", required("id", Spec.of(Type.PERSON_ID)));

    static final Spec AGREEMENT = Spec.object("agreement",
            optional("recordedInCarePlan", Spec.of(Type.BOOLEAN)),
            optional("caregiverWilling", Spec.of(Type.BOOLEAN)),
            optional("caregiverAble", Spec.of(Type.BOOLEAN)),
            optional("instructionGiven", Spec.of(Type.BOOLEAN)),
            optional("nextEvaluation", Spec.of(Type.DATE)));

    static final Spec CARE_TASK = Spec.object("careTask",
            required("id", Spec.of(Type.ID)),
            required("kind", Spec.enumOf(TaskKind.class)),
            required("performedBy", Spec.of(Type.PERFORMER)),
            optional("professionalReservations", Spec.of(Type.BOOLEAN)),
            optional("agreement", AGREEMENT));

    static final Spec CLIENT = Spec.object("client",
            required("id", Spec.of(Type.ID)),
            optional("conditions", Spec.enumList(Condition.class)),
            optional("carePlanSharedWith", Spec.array(Spec.of(Type.CAREGIVER_REF))),
            optional("derailmentSignals", Spec.enumList(DerailmentSignal.class)));

    static final Spec POLICY = Spec.object("policy",
            optional("caregiverMayPerform", Spec.enumList(TaskKind.class)),
            optional("volunteerMayPerform", Spec.enumList(TaskKind.class)));

    /** The situation; {@code endingReason} is required exactly when the phase is ENDING. */
    static final Spec SITUATION = Spec.object("situation",
            required("schemaVersion", Spec.of(Type.VERSION)),
            required("id", Spec.of(Type.ID)),
            optional("referenceDate", Spec.of(Type.DATE)),
            optional("setting", Spec.enumOf(Setting.class)),
            required("phase", Spec.enumOf(Phase.class)),
            optional("endingReason", Spec.enumOf(EndingReason.class)),
            required("client", CLIENT),
            optional("caregivers", Spec.array(CAREGIVER)),
            optional("volunteers", Spec.array(VOLUNTEER)),
            optional("careTasks", Spec.array(CARE_TASK)),
            optional("policy", POLICY));
}
