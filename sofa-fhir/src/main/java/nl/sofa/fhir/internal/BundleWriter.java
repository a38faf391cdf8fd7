package nl.sofa.fhir.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.fhir.FhirCanonicals;
import nl.sofa.fhir.internal.MappingTables.Code;
import nl.sofa.fhir.internal.MappingTables.Role;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * A {@link Situation} as a FHIR collection Bundle that {@link BundleReader} reads back to the same
 * situation (with caregivers, volunteers and tasks listed by id). The codes written are the first
 * ones the mapping lists for each value. Deterministic: no timestamps, ids derived from SOFA ids.
 */
public final class BundleWriter {
    /** A FHIR id: 1 to 64 of A-Z, a-z, 0-9, '-' and '.'. */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final String PROFESSIONAL_DISPLAY = "zorgprofessional";

    private final MappingTables mapping;

    public BundleWriter(MappingTables mapping) {
        this.mapping = mapping;
    }

    /**
     * The FHIR id of a resource for a SOFA id: the SOFA id itself when it is a valid FHIR id, else
     * an id derived from it (and the SOFA id goes into an identifier).
     */
    public static String fhirId(String type, String sofaId) {
        if (FHIR_ID.matcher(sofaId).matches()) {
            return sofaId;
        }
        return derivedId(type + "|" + sofaId);
    }

    /** A stable id from a key: a name-based UUID, so that equal situations give equal bundles. */
    public static String derivedId(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    public Bundle write(Situation situation) {
        Bundle bundle = new Bundle();
        bundle.setId(derivedId("Bundle|" + situation.id()));
        bundle.setType(Bundle.BundleType.COLLECTION);

        Patient patient = new Patient();
        identify(patient, "Patient", situation.client().id());
        patient.getIdentifier().addAll(identifiers(patient, situation.client().id()));
        add(bundle, patient);
        Reference client = ref(patient);

        EpisodeOfCare episode = new EpisodeOfCare();
        identify(episode, "EpisodeOfCare", situation.id());
        episode.getIdentifier().addAll(identifiers(episode, situation.id()));
        episode.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        episode.setPatient(client.copy());
        if (situation.setting() != null) {
            episode.addType(concept(mapping.settings.codeOf(situation.setting()), "setting " + situation.setting()));
        }
        episode.addExtension(Extensions.url(Extensions.CARE_PHASE),
                coding(mapping.phases.codeOf(situation.phase()), "phase " + situation.phase()));
        if (situation.endingReason() != null) {
            episode.addExtension(Extensions.url(Extensions.ENDING_REASON), coding(
                    mapping.endingReasons.codeOf(situation.endingReason()), "ending reason " + situation.endingReason()));
        }
        if (situation.referenceDate() != null) {
            episode.addExtension(Extensions.url(Extensions.REFERENCE_DATE),
                    new DateType(situation.referenceDate().toString()));
        }
        if (situation.policy() != null) {
            Extension policy = episode.addExtension().setUrl(Extensions.url(Extensions.CARE_POLICY));
            for (TaskKind kind : situation.policy().caregiverMayPerform()) {
                policy.addExtension("caregiverMayPerform", coding(mapping.taskKinds.codeOf(kind), "care-task kind " + kind));
            }
            for (TaskKind kind : situation.policy().volunteerMayPerform()) {
                policy.addExtension("volunteerMayPerform", coding(mapping.taskKinds.codeOf(kind), "care-task kind " + kind));
            }
            if (!policy.hasExtension()) {
                // An extension needs a value or parts: this part says the policy accepts no task at all.
                policy.addExtension("acceptsNoTask", new BooleanType(true));
            }
        }
        add(bundle, episode);

        for (Condition condition : situation.client().conditions()) {
            org.hl7.fhir.r4.model.Condition resource = new org.hl7.fhir.r4.model.Condition();
            resource.setId(derivedId("Condition|" + situation.client().id() + "|" + condition));
            resource.setClinicalStatus(new CodeableConcept(new Coding(
                    "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
            resource.setCode(concept(mapping.conditions.codeOf(condition), "condition " + condition));
            resource.setSubject(client.copy());
            add(bundle, resource);
        }
        for (DerailmentSignal signal : situation.client().derailmentSignals()) {
            Observation observation = observation("derailment|" + situation.client().id() + "|" + signal, client,
                    concept(mapping.derailmentSignals.codeOf(signal), "derailment signal " + signal));
            observation.setValue(new BooleanType(true));
            add(bundle, observation);
        }

        for (Caregiver caregiver : situation.caregivers()) {
            RelatedPerson person = person(caregiver.id(), client, Role.CAREGIVER);
            if (caregiver.primaryContact()) {
                person.addRelationship(concept(mapping.primaryContactCode(), "primary contact"));
            }
            person.addRelationship(concept(mapping.relations.codeOf(caregiver.relationToClient()),
                    "relation " + caregiver.relationToClient()));
            person.addExtension(Extensions.url(Extensions.HOURS_PER_WEEK),
                    new DecimalType(new BigDecimal(Double.toString(caregiver.hoursPerWeek())).stripTrailingZeros()));
            person.addExtension(Extensions.url(Extensions.MONTHS_CARING), new IntegerType(caregiver.monthsCaring()));
            if (caregiver.livesWithClient()) {
                person.addExtension(Extensions.url(Extensions.LIVES_WITH_CLIENT), new BooleanType(true));
            }
            if (caregiver.employed()) {
                person.addExtension(Extensions.url(Extensions.EMPLOYED), new BooleanType(true));
            }
            if (caregiver.age() != null) {
                person.addExtension(Extensions.url(Extensions.AGE), new IntegerType(caregiver.age()));
            }
            add(bundle, person);
            Reference focus = ref(person);
            BurdenMeasurement burden = caregiver.burden();
            if (burden != null) {
                Observation observation = observation("burden|" + caregiver.id(), client,
                        concept(mapping.instruments.codeOf(burden.instrument()), "instrument " + burden.instrument()));
                observation.addFocus(focus.copy());
                observation.setValue(new IntegerType(burden.score()));
                if (burden.assessedOn() != null) {
                    observation.setEffective(new DateTimeType(burden.assessedOn().toString()));
                }
                add(bundle, observation);
            }
            for (OverloadSignal signal : caregiver.signals()) {
                Observation observation = observation("signal|" + caregiver.id() + "|" + signal, client,
                        concept(mapping.overloadSignals.codeOf(signal), "overload signal " + signal));
                observation.addFocus(focus.copy());
                observation.setValue(new BooleanType(true));
                add(bundle, observation);
            }
        }
        for (Volunteer volunteer : situation.volunteers()) {
            add(bundle, person(volunteer.id(), client, Role.VOLUNTEER));
        }

        for (CareTask task : situation.careTasks()) {
            add(bundle, carePlan(task, client, situation));
        }

        for (String caregiverId : situation.client().carePlanSharedWith()) {
            add(bundle, consent(situation.client().id(), caregiverId, client));
        }
        return bundle;
    }

    private CarePlan carePlan(CareTask task, Reference client, Situation situation) {
        CarePlan plan = new CarePlan();
        identify(plan, "CarePlan", task.id());
        plan.getIdentifier().addAll(identifiers(plan, task.id()));
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.addCategory(new CodeableConcept(new Coding(FhirCanonicals.SNOMED,
                FhirCanonicals.HELP_FROM_OTHERS_CATEGORY, null)));
        plan.setSubject(client.copy());
        CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
        detail.setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS);
        detail.addExtension(Extensions.url(Extensions.TASK_KIND),
                coding(mapping.taskKinds.codeOf(task.kind()), "care-task kind " + task.kind()));
        if (task.performedByProfessional()) {
            detail.setCode(new CodeableConcept(new Coding(FhirCanonicals.SNOMED,
                    FhirCanonicals.TYPE_OF_HELP_PROFESSIONAL, null)));
            detail.addPerformer(new Reference().setType("Practitioner").setDisplay(PROFESSIONAL_DISPLAY));
        } else {
            boolean caregiver = situation.caregivers().stream().anyMatch(c -> c.id().equals(task.performedBy()));
            if (caregiver) {
                detail.setCode(new CodeableConcept(new Coding(FhirCanonicals.SNOMED,
                        FhirCanonicals.TYPE_OF_HELP_CAREGIVER, null)));
            }
            detail.addPerformer(new Reference("RelatedPerson/" + fhirId("RelatedPerson", task.performedBy())));
        }
        if (task.professionalReservations()) {
            detail.addExtension(Extensions.url(Extensions.RESERVATIONS), new BooleanType(true));
        }
        Agreement agreement = task.agreement();
        if (agreement != null) {
            Extension a = detail.addExtension().setUrl(Extensions.url(Extensions.AGREEMENT));
            a.addExtension("recordedInCarePlan", new BooleanType(agreement.recordedInCarePlan()));
            a.addExtension("caregiverWilling", new BooleanType(agreement.caregiverWilling()));
            a.addExtension("caregiverAble", new BooleanType(agreement.caregiverAble()));
            a.addExtension("instructionGiven", new BooleanType(agreement.instructionGiven()));
            if (agreement.nextEvaluation() != null) {
                a.addExtension("nextEvaluation", new DateType(agreement.nextEvaluation().toString()));
            }
        }
        return plan;
    }

    private Consent consent(String clientId, String caregiverId, Reference client) {
        Consent consent = new Consent();
        consent.setId(derivedId("Consent|" + clientId + "|" + caregiverId));
        consent.setStatus(Consent.ConsentState.ACTIVE);
        consent.setScope(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentscope",
                "patient-privacy", null)));
        consent.addCategory(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "INFA", null)));
        consent.setPatient(client.copy());
        // Consent needs a policy or policy rule (ppc-1): the client opts in to sharing.
        consent.setPolicyRule(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode",
                "OPTIN", null)));
        Consent.ProvisionComponent provision = consent.getProvision();
        provision.setType(Consent.ConsentProvisionType.PERMIT);
        provision.addAction(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/consentaction",
                "disclose", null)));
        provision.addActor()
                .setRole(new CodeableConcept(new Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationFunction", "AUCG", null)))
                .setReference(new Reference("RelatedPerson/" + fhirId("RelatedPerson", caregiverId)));
        return consent;
    }

    private RelatedPerson person(String id, Reference client, Role role) {
        RelatedPerson person = new RelatedPerson();
        identify(person, "RelatedPerson", id);
        person.getIdentifier().addAll(identifiers(person, id));
        person.setPatient(client.copy());
        person.addRelationship(concept(mapping.roleCode(role), "role " + role));
        return person;
    }

    private static Observation observation(String key, Reference client, CodeableConcept code) {
        Observation observation = new Observation();
        observation.setId(derivedId("Observation|" + key));
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(code);
        observation.setSubject(client.copy());
        return observation;
    }

    private static void identify(DomainResource resource, String type, String sofaId) {
        resource.setId(fhirId(type, sofaId));
    }

    /** The SOFA identifier, needed only when the FHIR id had to be derived. */
    private static java.util.List<org.hl7.fhir.r4.model.Identifier> identifiers(Resource resource, String sofaId) {
        if (resource.getIdElement().getIdPart().equals(sofaId)) {
            return java.util.List.of();
        }
        return java.util.List.of(new org.hl7.fhir.r4.model.Identifier().setSystem(FhirCanonicals.SOFA_ID).setValue(sofaId));
    }

    private static Reference ref(Resource resource) {
        return new Reference(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(FhirCanonicals.BASE + "/example/" + resource.fhirType() + "/"
                + resource.getIdElement().getIdPart()).setResource(resource);
    }

    private static Coding coding(Code code, String what) {
        if (code == null) {
            throw new IllegalArgumentException("the mapping lists no code for " + what + "; add one to write it");
        }
        return new Coding(code.system(), code.code(), code.display());
    }

    private static CodeableConcept concept(Code code, String what) {
        return new CodeableConcept(coding(code, what));
    }
}
