package nl.sofa.fhir.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.fhir.FhirCanonicals;
import nl.sofa.fhir.internal.MappingTables.Entry;
import nl.sofa.fhir.internal.MappingTables.Role;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * FHIR resources to a {@link Situation}. The resources become a document of the JSON contract,
 * which {@link SofaJson} then reads: so a situation from FHIR passes exactly the checks of a JSON
 * situation, and a problem the contract finds is reported at the FHIR element it came from (each
 * JSON path written is remembered with its FHIR path).
 *
 * <p>Deterministic whatever the order of the resources: every kind of resource is handled sorted by
 * id, and caregivers, volunteers and tasks are listed by id. One instance reads one set of
 * resources; not thread-safe.
 */
public final class BundleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    private static final String CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction";
    private static final String PARTICIPATION_FUNCTION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationFunction";
    private static final Set<String> PROFESSIONAL_TYPES =
            Set.of("Practitioner", "PractitionerRole", "Organization", "CareTeam");

    private final MappingTables mapping;
    /** Every resource by "Type/id" and by its fullUrl. */
    private final Map<String, Resource> byKey = new HashMap<>();
    private final Map<Resource, String> prefixes = new HashMap<>();
    private final Map<String, List<Resource>> byType = new TreeMap<>();
    /** JSON path of the contract document to the FHIR path it came from. */
    private final Map<String, String> paths = new HashMap<>();

    private @Nullable Patient patient;
    private final Map<RelatedPerson, Role> roles = new HashMap<>();

    public BundleReader(MappingTables mapping) {
        this.mapping = mapping;
    }

    /** One resource with the fullUrl it had in a Bundle (or null) and its position there. */
    public record Input(Resource resource, @Nullable String fullUrl, int index) {
    }

    /** The entries of a Bundle as inputs. */
    public static List<Input> inputs(Bundle bundle) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            Bundle.BundleEntryComponent entry = bundle.getEntry().get(i);
            if (entry.getResource() != null) {
                inputs.add(new Input(entry.getResource(), entry.hasFullUrl() ? entry.getFullUrl() : null, i));
            }
        }
        return inputs;
    }

    /**
     * @throws InvalidSituationException with the FHIR path ({@code Type/id.element}) of the first
     *     problem
     */
    public Situation read(List<Input> inputs) {
        index(inputs);
        ObjectNode doc = NODES.objectNode();
        doc.put("schemaVersion", Situation.SCHEMA_VERSION);
        paths.put("$", "Bundle");
        EpisodeOfCare episode = single(EpisodeOfCare.class, "an EpisodeOfCare (the care phase) is required");
        patient = single(Patient.class, "a Patient (the client) is required");
        String episodePath = prefix(episode);
        doc.put("id", sofaId(episode));
        paths.put("$.id", episodePath + ".id");
        episodeFields(episode, doc, episodePath);

        classifyRelatedPersons();
        ObjectNode client = doc.putObject("client");
        String patientPath = prefix(patient);
        paths.put("$.client", patientPath);
        client.put("id", sofaId(patient));
        paths.put("$.client.id", patientPath + ".id");
        conditions(client);
        consents(client);
        Observations observations = observations();
        ArrayNode derailment = client.putArray("derailmentSignals");
        int d = 0;
        for (Map.Entry<DerailmentSignal, String> signal : observations.derailment.entrySet()) {
            derailment.add(signal.getKey().name());
            paths.put("$.client.derailmentSignals[" + d++ + "]", signal.getValue());
        }

        caregivers(doc.putArray("caregivers"), observations);
        ArrayNode volunteers = doc.putArray("volunteers");
        for (RelatedPerson person : network(Role.VOLUNTEER)) {
            String at = "$.volunteers[" + volunteers.size() + "]";
            paths.put(at, prefix(person));
            paths.put(at + ".id", prefix(person) + ".id");
            volunteers.addObject().put("id", sofaId(person));
        }
        careTasks(doc.putArray("careTasks"));
        policy(episode, doc, episodePath);

        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(doc);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
        try {
            return SofaJson.standard().readSituation(bytes);
        } catch (InvalidSituationException e) {
            throw new InvalidSituationException(fhirPath(e.path()), e.problem());
        }
    }

    // ---- resources ----

    private void index(List<Input> inputs) {
        List<Input> sorted = new ArrayList<>(inputs);
        // Sorted first, so that which of two clashing resources is reported does not depend on order.
        sorted.sort(Comparator.comparing((Input in) -> in.resource().fhirType())
                .thenComparing(in -> String.valueOf(in.resource().getIdElement().getIdPart())));
        for (Input input : sorted) {
            Resource resource = input.resource();
            String type = resource.fhirType();
            String id = resource.getIdElement().getIdPart();
            if (id == null || id.isBlank()) {
                if (isRead(type)) {
                    throw new InvalidSituationException("Bundle.entry[" + input.index() + "].resource",
                            "a " + type + " needs an id");
                }
                continue;
            }
            String key = type + "/" + id;
            if (byKey.putIfAbsent(key, resource) != null) {
                throw new InvalidSituationException(key, "the resources hold this resource more than once");
            }
            prefixes.put(resource, key);
            if (input.fullUrl() != null) {
                byKey.putIfAbsent(input.fullUrl(), resource);
            }
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(resource);
        }
    }

    private static boolean isRead(String type) {
        return switch (type) {
            case "Patient", "EpisodeOfCare", "RelatedPerson", "Condition", "CarePlan", "Task", "Consent",
                    "Observation" -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private <R extends Resource> List<R> all(Class<R> type) {
        List<R> list = new ArrayList<>();
        for (Resource resource : byType.getOrDefault(type.getSimpleName(), List.of())) {
            list.add((R) resource);
        }
        return list;
    }

    private <R extends Resource> R single(Class<R> type, String missing) {
        List<R> list = new ArrayList<>();
        for (R resource : all(type)) {
            if (!(resource instanceof EpisodeOfCare e) || (e.getStatus() != EpisodeOfCare.EpisodeOfCareStatus.ENTEREDINERROR
                    && e.getStatus() != EpisodeOfCare.EpisodeOfCareStatus.CANCELLED)) {
                list.add(resource);
            }
        }
        if (list.isEmpty()) {
            throw new InvalidSituationException("Bundle", missing);
        }
        if (list.size() > 1) {
            throw new InvalidSituationException(prefix(list.get(1)),
                    "the resources hold more than one " + type.getSimpleName() + "; SOFA reads one situation at a time");
        }
        return list.get(0);
    }

    private String prefix(Resource resource) {
        return prefixes.get(resource);
    }

    /** The SOFA id: the SOFA identifier when the writer had to derive the FHIR id, else the FHIR id. */
    public static String sofaId(DomainResource resource) {
        for (Identifier identifier : identifiers(resource)) {
            if (FhirCanonicals.SOFA_ID.equals(identifier.getSystem()) && identifier.hasValue()) {
                return identifier.getValue();
            }
        }
        return resource.getIdElement().getIdPart();
    }

    private static List<Identifier> identifiers(DomainResource resource) {
        if (resource instanceof Patient p) {
            return p.getIdentifier();
        } else if (resource instanceof RelatedPerson p) {
            return p.getIdentifier();
        } else if (resource instanceof EpisodeOfCare e) {
            return e.getIdentifier();
        } else if (resource instanceof CarePlan c) {
            return c.getIdentifier();
        } else if (resource instanceof Task t) {
            return t.getIdentifier();
        }
        return List.of();
    }

    /** The resource a reference names, or null when it names none in the resources. */
    private @Nullable Resource resolve(Reference reference) {
        if (!reference.hasReference()) {
            return null;
        }
        String ref = reference.getReference();
        Resource found = byKey.get(ref);
        if (found == null) {
            org.hl7.fhir.r4.model.IdType id = new org.hl7.fhir.r4.model.IdType(ref);
            if (id.hasResourceType() && id.hasIdPart()) {
                found = byKey.get(id.getResourceType() + "/" + id.getIdPart());
            }
        }
        return found;
    }

    /** The type a reference names: from its target, its literal reference or its {@code type}. */
    private @Nullable String referencedType(Reference reference) {
        Resource target = resolve(reference);
        if (target != null) {
            return target.fhirType();
        }
        if (reference.hasReference()) {
            org.hl7.fhir.r4.model.IdType id = new org.hl7.fhir.r4.model.IdType(reference.getReference());
            if (id.hasResourceType()) {
                return id.getResourceType();
            }
        }
        return reference.hasType() ? reference.getType() : null;
    }

    /** Checks that a reference to the client, when present, names the one Patient. */
    private void requireClient(Reference reference, String at) {
        if (reference.isEmpty()) {
            return;
        }
        if (resolve(reference) != patient) {
            throw new InvalidSituationException(at, "must name the client, the Patient of these resources");
        }
    }

    /** The RelatedPerson a reference names; an error when it names none or something else. */
    private RelatedPerson relatedPerson(Reference reference, String at) {
        Resource target = resolve(reference);
        if (target == null) {
            throw new InvalidSituationException(at, "names a resource that is not among the resources");
        }
        if (!(target instanceof RelatedPerson person)) {
            throw new InvalidSituationException(at, "must name a RelatedPerson, not a " + target.fhirType());
        }
        return person;
    }

    // ---- EpisodeOfCare: situation id, phase, ending reason, reference date, setting, policy ----

    private void episodeFields(EpisodeOfCare episode, ObjectNode doc, String at) {
        requireClient(episode.getPatient(), at + ".patient");
        Extension date = extension(episode, Extensions.REFERENCE_DATE, at);
        if (date != null) {
            doc.put("referenceDate", date(date.getValue(), extPath(at, Extensions.REFERENCE_DATE)));
            paths.put("$.referenceDate", extPath(at, Extensions.REFERENCE_DATE));
        }
        for (int i = 0; i < episode.getType().size(); i++) {
            Enum<?> setting = mapped(episode.getType().get(i), mapping.settings, at + ".type[" + i + "]", "setting");
            if (setting != null) {
                if (doc.has("setting")) {
                    throw new InvalidSituationException(at + ".type[" + i + "]", "a second setting; at most one is allowed");
                }
                doc.put("setting", setting.name());
                paths.put("$.setting", at + ".type[" + i + "]");
            }
        }
        codedExtension(episode, Extensions.CARE_PHASE, mapping.phases, at, doc, "phase", "phase");
        codedExtension(episode, Extensions.ENDING_REASON, mapping.endingReasons, at, doc, "endingReason",
                "ending reason");
        paths.putIfAbsent("$.phase", extPath(at, Extensions.CARE_PHASE));
        paths.putIfAbsent("$.endingReason", extPath(at, Extensions.ENDING_REASON));
    }

    private void codedExtension(DomainResource resource, String name, MappingTables.Table<?> table, String at,
            ObjectNode doc, String field, String what) {
        Extension extension = extension(resource, name, at);
        if (extension == null) {
            return;
        }
        String path = extPath(at, name);
        if (!(extension.getValue() instanceof Coding coding)) {
            throw new InvalidSituationException(path, "needs a valueCoding");
        }
        Enum<?> value = table.get(coding.getSystem(), coding.getCode());
        if (value == null) {
            throw new InvalidSituationException(path, what + " code " + coding.getCode() + " is not in the mapping");
        }
        doc.put(field, value.name());
        paths.put("$." + field, path);
    }

    private void policy(EpisodeOfCare episode, ObjectNode doc, String at) {
        Extension policy = extension(episode, Extensions.CARE_POLICY, at);
        if (policy == null) {
            return;
        }
        String path = extPath(at, Extensions.CARE_POLICY);
        ObjectNode node = doc.putObject("policy");
        paths.put("$.policy", path);
        ArrayNode caregiver = node.putArray("caregiverMayPerform");
        ArrayNode volunteer = node.putArray("volunteerMayPerform");
        for (int i = 0; i < policy.getExtension().size(); i++) {
            Extension part = policy.getExtension().get(i);
            String partPath = path + ".extension[" + i + "]";
            ArrayNode list = switch (String.valueOf(part.getUrl())) {
                case "caregiverMayPerform" -> caregiver;
                case "volunteerMayPerform" -> volunteer;
                case "acceptsNoTask" -> null;
                default -> throw new InvalidSituationException(partPath,
                        "is not a part of the policy extension (caregiverMayPerform, volunteerMayPerform, acceptsNoTask)");
            };
            if (list == null) {
                continue;
            }
            if (!(part.getValue() instanceof Coding coding)) {
                throw new InvalidSituationException(partPath, "needs a valueCoding");
            }
            TaskKind kind = mapping.taskKinds.get(coding.getSystem(), coding.getCode());
            if (kind == null) {
                throw new InvalidSituationException(partPath,
                        "care-task kind code " + coding.getCode() + " is not in the mapping");
            }
            list.add(kind.name());
        }
    }

    // ---- RelatedPerson: caregivers and volunteers ----

    private void classifyRelatedPersons() {
        for (RelatedPerson person : all(RelatedPerson.class)) {
            String at = prefix(person);
            Role role = Role.NONE;
            for (int i = 0; i < person.getRelationship().size(); i++) {
                for (Coding coding : person.getRelationship().get(i).getCoding()) {
                    if (!mapping.isRoleSystem(coding.getSystem())) {
                        continue;
                    }
                    Entry entry = mapping.role(coding.getSystem(), coding.getCode());
                    if (entry == null) {
                        throw new InvalidSituationException(at + ".relationship[" + i + "]",
                                "role code " + coding.getCode() + " is not in the mapping");
                    }
                    Role found = Role.valueOf(entry.value());
                    if (found != Role.NONE && role != Role.NONE && found != role) {
                        throw new InvalidSituationException(at + ".relationship[" + i + "]",
                                "role codes make this person both a caregiver and a volunteer");
                    }
                    if (found != Role.NONE) {
                        role = found;
                    }
                }
            }
            if (person.hasActive() && !person.getActive()) {
                role = Role.NONE; // an inactive contact is no longer part of the network
            }
            if (role != Role.NONE) {
                requireClient(person.getPatient(), at + ".patient");
            }
            roles.put(person, role);
        }
    }

    private List<RelatedPerson> network(Role role) {
        List<RelatedPerson> people = new ArrayList<>();
        for (RelatedPerson person : all(RelatedPerson.class)) {
            if (roles.get(person) == role) {
                people.add(person);
            }
        }
        // By SOFA id: the order of the situation's lists, whatever the order of the resources.
        people.sort(Comparator.comparing(BundleReader::sofaId));
        return people;
    }

    private void caregivers(ArrayNode caregivers, Observations observations) {
        for (RelatedPerson person : network(Role.CAREGIVER)) {
            String at = "$.caregivers[" + caregivers.size() + "]";
            String fhir = prefix(person);
            ObjectNode node = caregivers.addObject();
            paths.put(at, fhir);
            node.put("id", sofaId(person));
            paths.put(at + ".id", fhir + ".id");
            relation(person, node, at, fhir);
            number(person, Extensions.HOURS_PER_WEEK, node, "hoursPerWeek", at, fhir);
            number(person, Extensions.MONTHS_CARING, node, "monthsCaring", at, fhir);
            bool(person, Extensions.LIVES_WITH_CLIENT, node, "livesWithClient", at, fhir);
            bool(person, Extensions.EMPLOYED, node, "employed", at, fhir);
            number(person, Extensions.AGE, node, "age", at, fhir);
            for (int i = 0; i < person.getRelationship().size(); i++) {
                for (Coding coding : person.getRelationship().get(i).getCoding()) {
                    Entry entry = mapping.role(coding.getSystem(), coding.getCode());
                    if (entry != null && entry.primaryContact()) {
                        node.put("primaryContact", true);
                        paths.put(at + ".primaryContact", fhir + ".relationship[" + i + "]");
                    }
                }
            }
            Burden burden = observations.burden.get(person);
            if (burden != null) {
                ObjectNode b = node.putObject("burden");
                paths.put(at + ".burden", burden.path);
                b.put("instrument", burden.instrument.name());
                paths.put(at + ".burden.instrument", burden.path + ".code");
                b.set("score", burden.score);
                paths.put(at + ".burden.score", burden.path + ".value");
                if (burden.date != null) {
                    b.put("assessedOn", burden.date);
                    paths.put(at + ".burden.assessedOn", burden.path + ".effective");
                }
            }
            ArrayNode signals = node.putArray("signals");
            for (Map.Entry<OverloadSignal, String> signal
                    : observations.overload.getOrDefault(person, Map.of()).entrySet()) {
                paths.put(at + ".signals[" + signals.size() + "]", signal.getValue());
                signals.add(signal.getKey().name());
            }
        }
    }

    private void relation(RelatedPerson person, ObjectNode node, String at, String fhir) {
        RelationToClient relation = null;
        for (int i = 0; i < person.getRelationship().size(); i++) {
            String path = fhir + ".relationship[" + i + "]";
            for (Coding coding : person.getRelationship().get(i).getCoding()) {
                RelationToClient found = mapping.relations.get(coding.getSystem(), coding.getCode());
                if (found == null && mapping.relations.knowsSystem(coding.getSystem())
                        && !mapping.isRoleSystem(coding.getSystem())) {
                    throw new InvalidSituationException(path,
                            "relationship code " + coding.getCode() + " is not in the mapping");
                }
                if (found != null && relation != null && found != relation) {
                    throw new InvalidSituationException(path,
                            "relationship codes map to different relations (" + relation + ", " + found + ")");
                }
                if (found != null && relation == null) {
                    relation = found;
                    node.put("relationToClient", found.name());
                    paths.put(at + ".relationToClient", path);
                }
            }
        }
        paths.putIfAbsent(at + ".relationToClient", fhir + ".relationship");
    }

    private void number(DomainResource resource, String name, ObjectNode node, String field, String at, String fhir) {
        String path = extPath(fhir, name);
        paths.put(at + "." + field, path);
        Extension extension = extension(resource, name, fhir);
        if (extension == null) {
            return;
        }
        Type value = extension.getValue();
        if (value instanceof org.hl7.fhir.r4.model.DecimalType d && d.getValue() != null) {
            node.put(field, d.getValue());
        } else if (value instanceof org.hl7.fhir.r4.model.IntegerType i && i.getValue() != null) {
            node.put(field, i.getValue());
        } else {
            throw new InvalidSituationException(path, "needs a valueInteger or valueDecimal");
        }
    }

    private void bool(DomainResource resource, String name, ObjectNode node, String field, String at, String fhir) {
        Extension extension = extension(resource, name, fhir);
        if (extension == null) {
            return;
        }
        String path = extPath(fhir, name);
        if (!(extension.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b) || b.getValue() == null) {
            throw new InvalidSituationException(path, "needs a valueBoolean");
        }
        node.put(field, b.getValue());
        paths.put(at + "." + field, path);
    }

    // ---- Condition ----

    private void conditions(ObjectNode client) {
        ArrayNode conditions = client.putArray("conditions");
        Set<Condition> seen = EnumSet.noneOf(Condition.class);
        for (org.hl7.fhir.r4.model.Condition condition : all(org.hl7.fhir.r4.model.Condition.class)) {
            String at = prefix(condition);
            requireClient(condition.getSubject(), at + ".subject");
            if (!counts(condition)) {
                continue;
            }
            Condition value = null;
            for (Coding coding : condition.getCode().getCoding()) {
                Condition found = mapping.conditions.get(coding.getSystem(), coding.getCode());
                if (found != null && (value == null || found.compareTo(value) < 0)) {
                    value = found;
                }
            }
            // A condition whose code the mapping does not list is still a condition: OTHER.
            value = value == null ? Condition.OTHER : value;
            if (seen.add(value)) {
                paths.put("$.client.conditions[" + conditions.size() + "]", at + ".code");
                conditions.add(value.name());
            }
        }
    }

    /** Active (or of unknown status) and not refuted or entered in error. */
    private static boolean counts(org.hl7.fhir.r4.model.Condition condition) {
        for (Coding coding : condition.getClinicalStatus().getCoding()) {
            if (Set.of("inactive", "remission", "resolved").contains(coding.getCode())) {
                return false;
            }
        }
        for (Coding coding : condition.getVerificationStatus().getCoding()) {
            if (Set.of("refuted", "entered-in-error").contains(coding.getCode())) {
                return false;
            }
        }
        return true;
    }

    // ---- Consent ----

    private void consents(ObjectNode client) {
        Map<String, String> shared = new TreeMap<>();
        for (Consent consent : all(Consent.class)) {
            String at = prefix(consent);
            if (consent.getStatus() != Consent.ConsentState.ACTIVE || !has(consent.getScope(), CONSENT_SCOPE, "patient-privacy")) {
                continue;
            }
            requireClient(consent.getPatient(), at + ".patient");
            Consent.ProvisionComponent provision = consent.getProvision();
            if (provision.getType() != Consent.ConsentProvisionType.PERMIT) {
                continue;
            }
            boolean disclose = false;
            for (CodeableConcept action : provision.getAction()) {
                disclose |= has(action, CONSENT_ACTION, "disclose");
            }
            if (!disclose) {
                continue;
            }
            for (int i = 0; i < provision.getActor().size(); i++) {
                Consent.provisionActorComponent actor = provision.getActor().get(i);
                if (!has(actor.getRole(), PARTICIPATION_FUNCTION, "AUCG")) {
                    continue;
                }
                String path = at + ".provision.actor[" + i + "].reference";
                RelatedPerson person = relatedPerson(actor.getReference(), path);
                shared.putIfAbsent(sofaId(person), path);
            }
        }
        ArrayNode list = client.putArray("carePlanSharedWith");
        for (Map.Entry<String, String> entry : shared.entrySet()) {
            paths.put("$.client.carePlanSharedWith[" + list.size() + "]", entry.getValue());
            list.add(entry.getKey());
        }
    }

    private static boolean has(CodeableConcept concept, String system, String code) {
        for (Coding coding : concept.getCoding()) {
            if (system.equals(coding.getSystem()) && code.equals(coding.getCode())) {
                return true;
            }
        }
        return false;
    }

    // ---- Observation: burden, overload signals, derailment signals ----

    private record Burden(BurdenInstrument instrument, JsonNode score, @Nullable String date, String path) {
    }

    private static final class Observations {
        final Map<RelatedPerson, Burden> burden = new HashMap<>();
        final Map<RelatedPerson, Map<OverloadSignal, String>> overload = new HashMap<>();
        final Map<DerailmentSignal, String> derailment = new TreeMap<>();
    }

    private Observations observations() {
        Observations result = new Observations();
        for (Observation observation : all(Observation.class)) {
            String at = prefix(observation);
            Observation.ObservationStatus status = observation.getStatus();
            if (status == Observation.ObservationStatus.ENTEREDINERROR || status == Observation.ObservationStatus.CANCELLED) {
                continue;
            }
            BurdenInstrument instrument = null;
            OverloadSignal overload = null;
            DerailmentSignal derailment = null;
            int kinds = 0;
            for (Coding coding : observation.getCode().getCoding()) {
                BurdenInstrument i = mapping.instruments.get(coding.getSystem(), coding.getCode());
                OverloadSignal o = mapping.overloadSignals.get(coding.getSystem(), coding.getCode());
                DerailmentSignal d = mapping.derailmentSignals.get(coding.getSystem(), coding.getCode());
                if (i != null && instrument == null) {
                    instrument = i;
                    kinds++;
                }
                if (o != null && overload == null) {
                    overload = o;
                    kinds++;
                }
                if (d != null && derailment == null) {
                    derailment = d;
                    kinds++;
                }
            }
            if (kinds == 0) {
                continue; // not an observation SOFA reads
            }
            if (kinds > 1) {
                throw new InvalidSituationException(at + ".code", "the codes map to more than one kind of observation");
            }
            requireClient(observation.getSubject(), at + ".subject");
            if (derailment != null) {
                if (!isFalse(observation.getValue(), at)) {
                    result.derailment.putIfAbsent(derailment, at + ".code");
                }
                continue;
            }
            RelatedPerson caregiver = focus(observation, at);
            if (overload != null) {
                if (!isFalse(observation.getValue(), at)) {
                    result.overload.computeIfAbsent(caregiver, c -> new TreeMap<>()).putIfAbsent(overload, at + ".code");
                }
                continue;
            }
            Burden burden = new Burden(instrument, score(observation.getValue(), at),
                    observation.hasEffective() ? date(observation.getEffective(), at + ".effective") : null, at);
            Burden earlier = result.burden.get(caregiver);
            if (earlier == null || later(burden.date, earlier.date) > 0) {
                result.burden.put(caregiver, burden);
            } else if (later(burden.date, earlier.date) == 0) {
                throw new InvalidSituationException(at, "a second burden measurement of this caregiver on the same date;"
                        + " SOFA uses the latest, and cannot tell which that is");
            }
        }
        return result;
    }

    private static int later(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    private RelatedPerson focus(Observation observation, String at) {
        if (observation.getFocus().size() != 1) {
            throw new InvalidSituationException(at + ".focus",
                    "must name exactly one caregiver (a RelatedPerson); it names " + observation.getFocus().size());
        }
        String path = at + ".focus[0]";
        RelatedPerson person = relatedPerson(observation.getFocus().get(0), path);
        if (roles.get(person) != Role.CAREGIVER) {
            throw new InvalidSituationException(path, "must name a caregiver (a RelatedPerson with a caregiver role)");
        }
        return person;
    }

    private static boolean isFalse(@Nullable Type value, String at) {
        if (value == null) {
            return false;
        }
        if (value instanceof org.hl7.fhir.r4.model.BooleanType b) {
            return Boolean.FALSE.equals(b.getValue());
        }
        throw new InvalidSituationException(at + ".value", "a signal takes a valueBoolean or no value");
    }

    private static JsonNode score(@Nullable Type value, String at) {
        if (value instanceof org.hl7.fhir.r4.model.IntegerType i && i.getValue() != null) {
            return NODES.numberNode(i.getValue());
        }
        if (value instanceof Quantity q && q.getValue() != null) {
            BigDecimal score = q.getValue();
            return NODES.numberNode(score);
        }
        throw new InvalidSituationException(at + ".value", "a burden measurement needs a valueInteger");
    }

    // ---- CarePlan (zib HelpFromOthers) and Task: care tasks ----

    private record TaskSource(String id, String path, ObjectNode node) {
    }

    private void careTasks(ArrayNode tasks) {
        List<TaskSource> sources = new ArrayList<>();
        for (CarePlan plan : all(CarePlan.class)) {
            String at = prefix(plan);
            boolean helpFromOthers = false;
            for (CodeableConcept category : plan.getCategory()) {
                helpFromOthers |= has(category, FhirCanonicals.SNOMED, FhirCanonicals.HELP_FROM_OTHERS_CATEGORY);
            }
            if (!helpFromOthers || Set.of(CarePlan.CarePlanStatus.ENTEREDINERROR, CarePlan.CarePlanStatus.REVOKED,
                    CarePlan.CarePlanStatus.COMPLETED).contains(plan.getStatus())) {
                continue;
            }
            requireClient(plan.getSubject(), at + ".subject");
            if (plan.getActivity().isEmpty()) {
                continue;
            }
            if (plan.getActivity().size() > 1) {
                throw new InvalidSituationException(at + ".activity[1]",
                        "a HelpFromOthers CarePlan holds one activity (one care task); make a CarePlan per task");
            }
            String detailPath = at + ".activity[0].detail";
            if (!plan.getActivityFirstRep().hasDetail()) {
                throw new InvalidSituationException(detailPath, "is required: it describes the care task");
            }
            CarePlan.CarePlanActivityDetailComponent detail = plan.getActivityFirstRep().getDetail();
            if (detail.getStatus() != null && Set.of(CarePlan.CarePlanActivityStatus.CANCELLED,
                    CarePlan.CarePlanActivityStatus.STOPPED, CarePlan.CarePlanActivityStatus.COMPLETED,
                    CarePlan.CarePlanActivityStatus.ENTEREDINERROR).contains(detail.getStatus())) {
                continue;
            }
            ObjectNode node = NODES.objectNode();
            TaskSource source = new TaskSource(sofaId(plan), at, node);
            TaskKind kind = kind(detail.getExtension(), detail.getCode(), detailPath, detailPath + ".code");
            taskFields(source, kind, detail.getExtension(), detail.getPerformer(), detailPath, ".performer");
            sources.add(source);
        }
        for (Task task : all(Task.class)) {
            String at = prefix(task);
            TaskKind kind = kind(task.getExtension(), task.getCode(), at, at + ".code");
            if (kind == null || Set.of(Task.TaskStatus.CANCELLED, Task.TaskStatus.REJECTED, Task.TaskStatus.FAILED,
                    Task.TaskStatus.COMPLETED, Task.TaskStatus.ENTEREDINERROR).contains(task.getStatus())) {
                continue; // not a care task SOFA knows, or no longer done
            }
            requireClient(task.getFor(), at + ".for");
            TaskSource source = new TaskSource(sofaId(task), at, NODES.objectNode());
            taskFields(source, kind, task.getExtension(), task.hasOwner() ? List.of(task.getOwner()) : List.of(), at, ".owner");
            sources.add(source);
        }
        sources.sort(Comparator.comparing(TaskSource::id).thenComparing(TaskSource::path));
        for (TaskSource source : sources) {
            String json = "$.careTasks[" + tasks.size() + "]";
            tasks.add(source.node());
            for (Map.Entry<String, String> path : taskPaths.getOrDefault(source.path(), Map.of()).entrySet()) {
                paths.put(json + path.getKey(), path.getValue());
            }
        }
    }

    /** Per task source: the JSON path below the task to its FHIR path. */
    private final Map<String, Map<String, String>> taskPaths = new HashMap<>();

    private @Nullable TaskKind kind(List<Extension> holder, CodeableConcept code, String at, String codePath) {
        TaskKind kind = null;
        Extension extension = extension(holder, Extensions.TASK_KIND, at);
        if (extension != null) {
            if (!(extension.getValue() instanceof Coding coding)) {
                throw new InvalidSituationException(extPath(at, Extensions.TASK_KIND), "needs a valueCoding");
            }
            kind = mapping.taskKinds.get(coding.getSystem(), coding.getCode());
            if (kind == null) {
                throw new InvalidSituationException(extPath(at, Extensions.TASK_KIND),
                        "care-task kind code " + coding.getCode() + " is not in the mapping");
            }
        }
        for (Coding coding : code.getCoding()) {
            TaskKind found = mapping.taskKinds.get(coding.getSystem(), coding.getCode());
            if (found != null && kind != null && found != kind) {
                throw new InvalidSituationException(codePath, "the codes map to different care-task kinds");
            }
            kind = found != null ? found : kind;
        }
        return kind;
    }

    private void taskFields(TaskSource source, @Nullable TaskKind kind,
            List<Extension> holder, List<Reference> performers, String at, String performerField) {
        Map<String, String> p = new LinkedHashMap<>();
        taskPaths.put(source.path(), p);
        ObjectNode node = source.node();
        p.put("", source.path());
        node.put("id", source.id());
        p.put(".id", source.path() + ".id");
        if (kind != null) {
            node.put("kind", kind.name());
        }
        p.put(".kind", at + ".code");
        p.put(".performedBy", at + performerField);
        if (performers.size() > 1) {
            throw new InvalidSituationException(at + performerField + "[1]",
                    "a care task has one performer in SOFA; this one names " + performers.size());
        }
        if (performers.size() == 1) {
            String path = at + performerField + (performerField.equals(".owner") ? "" : "[0]");
            p.put(".performedBy", path);
            Reference performer = performers.get(0);
            String type = referencedType(performer);
            if (type != null && PROFESSIONAL_TYPES.contains(type)) {
                node.put("performedBy", CareTask.PROFESSIONAL);
            } else {
                RelatedPerson person = relatedPerson(performer, path);
                node.put("performedBy", sofaId(person));
            }
        }
        Extension reservations = extension(holder, Extensions.RESERVATIONS, at);
        if (reservations != null) {
            String path = extPath(at, Extensions.RESERVATIONS);
            if (!(reservations.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b) || b.getValue() == null) {
                throw new InvalidSituationException(path, "needs a valueBoolean");
            }
            node.put("professionalReservations", b.getValue());
            p.put(".professionalReservations", path);
        }
        Extension agreement = extension(holder, Extensions.AGREEMENT, at);
        if (agreement != null) {
            String path = extPath(at, Extensions.AGREEMENT);
            ObjectNode a = node.putObject("agreement");
            p.put(".agreement", path);
            for (int i = 0; i < agreement.getExtension().size(); i++) {
                Extension part = agreement.getExtension().get(i);
                String partPath = path + ".extension[" + i + "]";
                String field = String.valueOf(part.getUrl());
                switch (field) {
                    case "recordedInCarePlan", "caregiverWilling", "caregiverAble", "instructionGiven" -> {
                        if (!(part.getValue() instanceof org.hl7.fhir.r4.model.BooleanType b) || b.getValue() == null) {
                            throw new InvalidSituationException(partPath, "needs a valueBoolean");
                        }
                        if (a.has(field)) {
                            throw new InvalidSituationException(partPath, "appears more than once");
                        }
                        a.put(field, b.getValue());
                    }
                    case "nextEvaluation" -> {
                        if (a.has(field)) {
                            throw new InvalidSituationException(partPath, "appears more than once");
                        }
                        a.put(field, date(part.getValue(), partPath));
                    }
                    default -> throw new InvalidSituationException(partPath, "is not a part of the agreement extension"
                            + " (recordedInCarePlan, caregiverWilling, caregiverAble, instructionGiven, nextEvaluation)");
                }
                p.put(".agreement." + field, partPath);
            }
        }
    }

    // ---- values ----

    /** The one SOFA extension with this name, or null; an error when it appears twice. */
    private static @Nullable Extension extension(DomainResource resource, String name, String at) {
        return extension(resource.getExtension(), name, at);
    }

    private static @Nullable Extension extension(List<Extension> extensions, String name, String at) {
        String url = Extensions.url(name);
        Extension found = null;
        for (Extension extension : extensions) {
            if (url.equals(extension.getUrl())) {
                if (found != null) {
                    throw new InvalidSituationException(extPath(at, name), "appears more than once");
                }
                found = extension;
            }
        }
        return found;
    }

    static String extPath(String at, String name) {
        return at + ".extension:" + name;
    }

    private static @Nullable Enum<?> mapped(CodeableConcept concept, MappingTables.Table<?> table, String at,
            String what) {
        Enum<?> value = null;
        for (Coding coding : concept.getCoding()) {
            Enum<?> found = table.get(coding.getSystem(), coding.getCode());
            if (found == null && table.knowsSystem(coding.getSystem())) {
                throw new InvalidSituationException(at, what + " code " + coding.getCode() + " is not in the mapping");
            }
            if (found != null && value != null && found != value) {
                throw new InvalidSituationException(at, "the codes map to different values of " + what);
            }
            value = found != null ? found : value;
        }
        return value;
    }

    /** A date (YYYY-MM-DD) from a date, dateTime, instant or period start, as written: no time zone shift. */
    private static String date(@Nullable Type value, String at) {
        BaseDateTimeType date = null;
        if (value instanceof BaseDateTimeType d) {
            date = d;
        } else if (value instanceof org.hl7.fhir.r4.model.Period period && period.hasStart()) {
            date = period.getStartElement();
        }
        if (date == null || date.getValueAsString() == null) {
            throw new InvalidSituationException(at, "needs a date");
        }
        if (date.getPrecision().compareTo(ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY) < 0) {
            throw new InvalidSituationException(at, "needs a date with a day (YYYY-MM-DD), not only a year or month");
        }
        return date.getValueAsString().substring(0, 10);
    }

    /** The FHIR path of the first problem the contract reader found, at the nearest element known. */
    private String fhirPath(String jsonPath) {
        String path = jsonPath;
        while (true) {
            String fhir = paths.get(path);
            if (fhir != null) {
                return fhir;
            }
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            if (cut <= 0) {
                return "Bundle";
            }
            path = path.substring(0, cut);
        }
    }
}
