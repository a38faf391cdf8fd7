package nl.sofa.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.internal.Collections2;
import nl.sofa.json.ReadLimits;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * Reads a situation document. First the fast path ({@link StreamingSituationReader}): one streaming
 * pass that builds the records of a document it can tell is valid. When it gives up, the careful
 * path: bytes to a bounded tree ({@link TreeReader}), every rule of the contract checked in document
 * order ({@link ContractChecker}), then the records built from a tree known to be valid. Only the
 * careful path reports problems, so a document reads to the same situation or the same error
 * either way. Internal: use {@link nl.sofa.json.SofaJson}.
 */
public final class SituationParser {
    private final ReadLimits limits;
    private final TreeReader.Factory trees;
    private final StreamingSituationReader streaming;

    public SituationParser(ReadLimits limits) {
        this.limits = limits;
        this.trees = new TreeReader.Factory(limits);
        this.streaming = new StreamingSituationReader(limits, trees.jsonFactory());
    }

    /**
     * Reads and validates a situation document.
     *
     * @throws InvalidSituationException naming the path of the first problem, as the careful path finds it
     */
    public Situation parse(byte[] bytes) {
        Situation fast = streaming.read(bytes);
        if (fast != null) {
            // With assertions on (every test run), each document the fast path takes is read the
            // careful way too, so that every test reading a document checks the two paths agree.
            assert agreesWithTheCarefulPath(bytes, fast);
            return fast;
        }
        return parseCarefully(bytes);
    }

    /** The fast path alone: the situation, or null where it gives up. For tests and the reading benchmark. */
    Situation parseFast(byte[] bytes) {
        return streaming.read(bytes);
    }

    /** The careful path alone (tree, checker, records), which reports every problem. */
    Situation parseCarefully(byte[] bytes) {
        ObjectNode root = trees.newReader().read(bytes);
        new ContractChecker(root).check();
        try {
            return situation(root);
        } catch (IllegalArgumentException | NullPointerException | InvalidSituationException e) {
            // The checker accepted what the model refuses: a bug here, not bad input.
            throw new IllegalStateException("the JSON checks and the model disagree about a document", e);
        }
    }

    ReadLimits limits() {
        return limits;
    }

    private boolean agreesWithTheCarefulPath(byte[] bytes, Situation fast) {
        Situation careful;
        try {
            careful = parseCarefully(bytes);
        } catch (RuntimeException e) {
            throw new AssertionError("the fast path read a document that the careful path refuses", e);
        }
        if (!careful.equals(fast)) {
            throw new AssertionError("the fast path and the careful path read a document differently");
        }
        return true;
    }

    private static Situation situation(JsonNode root) {
        return new Situation(
                root.get("id").textValue(),
                date(root.get("referenceDate")),
                enumOrNull(root.get("setting"), Setting.class),
                Phase.valueOf(root.get("phase").textValue()),
                enumOrNull(root.get("endingReason"), EndingReason.class),
                client(root.get("client")),
                list(root.get("caregivers"), SituationParser::caregiver),
                list(root.get("volunteers"), node -> new Volunteer(node.get("id").textValue())),
                list(root.get("careTasks"), SituationParser::careTask),
                root.has("policy") ? policy(root.get("policy")) : null);
    }

    private static Client client(JsonNode node) {
        return new Client(node.get("id").textValue(),
                enums(node.get("conditions"), Condition.class),
                strings(node.get("carePlanSharedWith")),
                enums(node.get("derailmentSignals"), DerailmentSignal.class));
    }

    private static Caregiver caregiver(JsonNode node) {
        JsonNode age = node.get("age");
        JsonNode burden = node.get("burden");
        return new Caregiver(
                node.get("id").textValue(),
                RelationToClient.valueOf(node.get("relationToClient").textValue()),
                node.get("hoursPerWeek").decimalValue().doubleValue(),
                node.get("monthsCaring").intValue(),
                bool(node.get("livesWithClient"), false),
                bool(node.get("employed"), false),
                age == null ? null : age.intValue(),
                bool(node.get("primaryContact"), false),
                burden == null ? null : new BurdenMeasurement(
                        BurdenInstrument.valueOf(burden.get("instrument").textValue()),
                        burden.get("score").intValue(),
                        date(burden.get("assessedOn"))),
                enums(node.get("signals"), OverloadSignal.class));
    }

    private static CareTask careTask(JsonNode node) {
        JsonNode agreement = node.get("agreement");
        return new CareTask(
                node.get("id").textValue(),
                TaskKind.valueOf(node.get("kind").textValue()),
                node.get("performedBy").textValue(),
                bool(node.get("professionalReservations"), false),
                agreement == null ? null : new Agreement(
                        bool(agreement.get("recordedInCarePlan"), false),
                        bool(agreement.get("caregiverWilling"), true),
                        bool(agreement.get("caregiverAble"), true),
                        bool(agreement.get("instructionGiven"), false),
                        date(agreement.get("nextEvaluation"))));
    }

    private static Policy policy(JsonNode node) {
        return new Policy(enums(node.get("caregiverMayPerform"), TaskKind.class),
                enums(node.get("volunteerMayPerform"), TaskKind.class));
    }

    private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> element) {
        if (array == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(array.size());
        for (JsonNode node : array) {
            result.add(element.apply(node));
        }
        return result;
    }

    private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
        return Collections2.enumSet(type, list(array, node -> Enum.valueOf(type, node.textValue())));
    }

    private static SortedSet<String> strings(JsonNode array) {
        return Collections2.sortedStrings(list(array, JsonNode::textValue));
    }

    private static <E extends Enum<E>> E enumOrNull(JsonNode node, Class<E> type) {
        return node == null ? null : Enum.valueOf(type, node.textValue());
    }

    private static boolean bool(JsonNode node, boolean absent) {
        return node == null ? absent : node.booleanValue();
    }

    private static LocalDate date(JsonNode node) {
        return node == null ? null : LocalDate.parse(node.textValue());
    }
}
