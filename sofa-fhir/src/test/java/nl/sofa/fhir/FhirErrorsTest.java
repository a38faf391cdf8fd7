package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** Every error path of FHIR to situation: the FHIR path, the problem, and nothing of the person. */
class FhirErrorsTest {
    private static final SofaFhir FHIR = SofaFhir.standard();
    private static final String EXT = FhirCanonicals.EXTENSION;
    private static final String BURDEN_ID = BundleIds.burden("cg-1");

    /** A caregiver with a burden, a signal and a task; a volunteer; a consent. */
    static Situation situation() {
        return Situation.builder("sit-1", Phase.ENDING).endingReason(EndingReason.TRANSFER)
                .referenceDate(LocalDate.parse("2026-11-23"))
                .client(Client.builder("cl-1").conditions(Condition.DEMENTIA).carePlanSharedWith("cg-1").build())
                .addCaregiver(Caregiver.builder("cg-1").relationToClient(RelationToClient.PARTNER).hoursPerWeek(40)
                        .monthsCaring(36).primaryContact(true)
                        .burden(new BurdenMeasurement(BurdenInstrument.EDIZ_PLUS, 10, LocalDate.parse("2026-10-01")))
                        .signals(OverloadSignal.SLEEP_PROBLEMS).build())
                .addVolunteer(new Volunteer("vw-1"))
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1")
                        .agreement(Agreement.defaults()).build())
                .build();
    }

    private static Bundle bundle() {
        return FHIR.toBundle(situation());
    }

    @SuppressWarnings("unchecked")
    private static <R extends Resource> R find(Bundle bundle, Class<R> type, String id) {
        return (R) bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> type.isInstance(r) && r.getIdElement().getIdPart().equals(id)).findFirst().orElseThrow();
    }

    private static InvalidSituationException rejected(Consumer<Bundle> change) {
        Bundle bundle = bundle();
        change.accept(bundle);
        String json = SofaFhir.json(bundle);
        try {
            FHIR.readSituation(json);
        } catch (InvalidSituationException e) {
            return e;
        }
        throw new AssertionError("the bundle was accepted");
    }

    private static void assertRejected(Consumer<Bundle> change, String path, String problem) {
        InvalidSituationException e = rejected(change);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.problem()).isEqualTo(problem);
        assertThat(e.getMessage()).isEqualTo(path + ": " + problem);
    }

    @Test
    void theUnchangedBundleIsAccepted() {
        assertThat(FHIR.readSituation(SofaFhir.json(bundle()))).isEqualTo(situation());
    }

    @Test
    void aRoleCodeNotInTheMappingIsRejectedAtItsRelationship() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getRelationship().get(0).getCodingFirstRep()
                .setSystem(FhirCanonicals.COD472).setCode("999"),
                "RelatedPerson/cg-1.relationship[0]", "role code 999 is not in the mapping");
    }

    @Test
    void aCaregiverWithoutHoursIsRejectedNotGuessed() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getExtension()
                .removeIf(e -> e.getUrl().endsWith("/care-hours-per-week")),
                "RelatedPerson/cg-1.extension:care-hours-per-week", "is required");
    }

    @Test
    void hoursOutOfRangeAreRejectedByTheContractsRule() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getExtensionByUrl(EXT + "care-hours-per-week")
                .setValue(new IntegerType(200)),
                "RelatedPerson/cg-1.extension:care-hours-per-week", "must be between 0 and 168");
    }

    @Test
    void anExtensionWithTheWrongValueTypeIsRejected() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getExtensionByUrl(EXT + "months-caring")
                .setValue(new StringType("drie jaar")),
                "RelatedPerson/cg-1.extension:months-caring", "needs a valueInteger or valueDecimal");
    }

    @Test
    void aCaregiverWithoutARelationIsRejected() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getRelationship()
                .removeIf(c -> c.getCodingFirstRep().getSystem().equals(FhirCanonicals.V3_ROLE_CODE)),
                "RelatedPerson/cg-1.relationship", "is required");
    }

    @Test
    void aRelationshipCodeNotInTheMappingIsRejected() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").getRelationship().get(2).getCodingFirstRep()
                .setCode("XYZ"),
                "RelatedPerson/cg-1.relationship[2]", "relationship code XYZ is not in the mapping");
    }

    @Test
    void relationshipCodesThatDisagreeAreRejected() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").addRelationship(new CodeableConcept(
                new Coding(FhirCanonicals.V3_ROLE_CODE, "NBOR", null))),
                "RelatedPerson/cg-1.relationship[3]", "relationship codes map to different relations (PARTNER, NEIGHBOUR)");
    }

    @Test
    void aPersonWhoseRolesMakeThemCaregiverAndVolunteerIsRejected() {
        assertRejected(b -> find(b, RelatedPerson.class, "cg-1").addRelationship(new CodeableConcept(
                new Coding(FhirCanonicals.CODE_SYSTEM + "network-role", "VOLUNTEER", null))),
                "RelatedPerson/cg-1.relationship[3]", "role codes make this person both a caregiver and a volunteer");
    }

    @Test
    void aTaskPerformedByNobodyIsRejectedNotGuessed() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail().getPerformer().clear(),
                "CarePlan/t-1.activity[0].detail.performer", "is required");
    }

    @Test
    void aTaskWithTwoPerformersIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail()
                .addPerformer(new Reference("RelatedPerson/vw-1")),
                "CarePlan/t-1.activity[0].detail.performer[1]", "a care task has one performer in SOFA; this one names 2");
    }

    @Test
    void aPerformerThatIsNotAmongTheResourcesIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail().getPerformerFirstRep()
                .setReference("RelatedPerson/rp-9"),
                "CarePlan/t-1.activity[0].detail.performer[0]", "names a resource that is not among the resources");
    }

    @Test
    void aPerformerWhoIsNeitherCaregiverNorVolunteerIsRejectedByTheContractsRule() {
        assertRejected(b -> {
            RelatedPerson contact = new RelatedPerson();
            contact.setId("rp-2");
            contact.setPatient(new Reference("Patient/cl-1"));
            contact.addRelationship(new CodeableConcept(new Coding(FhirCanonicals.COD472, "23", null)));
            b.addEntry().setResource(contact);
            find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail().getPerformerFirstRep()
                    .setReference("RelatedPerson/rp-2");
        }, "CarePlan/t-1.activity[0].detail.performer[0]", "must name a caregiver, a volunteer or PROFESSIONAL");
    }

    @Test
    void aPerformerOfAnotherResourceTypeIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail().getPerformerFirstRep()
                .setReference("Observation/" + BURDEN_ID),
                "CarePlan/t-1.activity[0].detail.performer[0]", "must name a RelatedPerson, not a Observation");
    }

    @Test
    void aHelpFromOthersCarePlanWithTwoActivitiesIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").addActivity().getDetail()
                .setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS),
                "CarePlan/t-1.activity[1]",
                "a HelpFromOthers CarePlan holds one activity (one care task); make a CarePlan per task");
    }

    @Test
    void aTaskKindCodeNotInTheMappingIsRejected() {
        assertRejected(b -> ((Coding) find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail()
                .getExtensionByUrl(EXT + "care-task-kind").getValue()).setCode("JUGGLING"),
                "CarePlan/t-1.activity[0].detail.extension:care-task-kind", "care-task kind code JUGGLING is not in the mapping");
    }

    @Test
    void aTaskWithoutAKindIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail().getExtension()
                .removeIf(e -> e.getUrl().endsWith("/care-task-kind")),
                "CarePlan/t-1.activity[0].detail.code", "is required");
    }

    @Test
    void anUnknownPartOfTheAgreementIsRejected() {
        assertRejected(b -> find(b, CarePlan.class, "t-1").getActivityFirstRep().getDetail()
                .getExtensionByUrl(EXT + "care-task-agreement").addExtension("signedBy", new StringType("x")),
                "CarePlan/t-1.activity[0].detail.extension:care-task-agreement.extension[4]",
                "is not a part of the agreement extension (recordedInCarePlan, caregiverWilling, caregiverAble,"
                        + " instructionGiven, nextEvaluation)");
    }

    @Test
    void noEpisodeOfCareMeansNoPhase() {
        assertRejected(b -> b.getEntry().removeIf(e -> e.getResource() instanceof EpisodeOfCare),
                "Bundle", "an EpisodeOfCare (the care phase) is required");
    }

    @Test
    void noPatientMeansNoClient() {
        assertRejected(b -> b.getEntry().removeIf(e -> e.getResource() instanceof Patient),
                "Bundle", "a Patient (the client) is required");
    }

    @Test
    void aSecondPatientIsRejected() {
        assertRejected(b -> b.addEntry().setResource(new Patient().setId("cl-2")),
                "Patient/cl-2", "the resources hold more than one Patient; SOFA reads one situation at a time");
    }

    @Test
    void theSameResourceTwiceIsRejected() {
        assertRejected(b -> b.addEntry().setResource(find(b, RelatedPerson.class, "vw-1").copy()),
                "RelatedPerson/vw-1", "the resources hold this resource more than once");
    }

    @Test
    void aResourceWithoutIdIsRejectedAtItsEntry() {
        assertRejected(b -> b.addEntry().setResource(new RelatedPerson().addRelationship(new CodeableConcept(
                new Coding(FhirCanonicals.ZIB_EXTRA_ROLE_CODES, "100001", null)))),
                "Bundle.entry[9].resource", "a RelatedPerson needs an id");
    }

    @Test
    void aMissingPhaseIsRejectedAtItsExtension() {
        assertRejected(b -> find(b, EpisodeOfCare.class, "sit-1").getExtension()
                .removeIf(e -> e.getUrl().endsWith("/care-phase")),
                "EpisodeOfCare/sit-1.extension:care-phase", "is required");
    }

    @Test
    void aPhaseCodeNotInTheMappingIsRejected() {
        assertRejected(b -> ((Coding) find(b, EpisodeOfCare.class, "sit-1").getExtensionByUrl(EXT + "care-phase")
                .getValue()).setCode("AFTERCARE"),
                "EpisodeOfCare/sit-1.extension:care-phase", "phase code AFTERCARE is not in the mapping");
    }

    @Test
    void anEndingWithoutAReasonIsRejected() {
        assertRejected(b -> find(b, EpisodeOfCare.class, "sit-1").getExtension()
                .removeIf(e -> e.getUrl().endsWith("/ending-reason")),
                "EpisodeOfCare/sit-1.extension:ending-reason", "is required when phase is ENDING");
    }

    @Test
    void aResourceAboutAnotherPatientIsRejected() {
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).setSubject(new Reference("Patient/someone-else")),
                "Observation/" + BURDEN_ID + ".subject", "must name the client, the Patient of these resources");
    }

    @Test
    void aBurdenScoreOutOfRangeIsRejectedAtItsValue() {
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).setValue(new IntegerType(16)),
                "Observation/" + BURDEN_ID + ".value", "must be between 0 and 15");
    }

    @Test
    void aBurdenMeasurementWithoutAScoreIsRejected() {
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).setValue(null),
                "Observation/" + BURDEN_ID + ".value", "a burden measurement needs a valueInteger");
    }

    @Test
    void aBurdenMeasurementMustBeAboutACaregiver() {
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).getFocus().clear(),
                "Observation/" + BURDEN_ID + ".focus", "must name exactly one caregiver (a RelatedPerson); it names 0");
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).getFocusFirstRep().setReference("RelatedPerson/vw-1"),
                "Observation/" + BURDEN_ID + ".focus[0]", "must name a caregiver (a RelatedPerson with a caregiver role)");
    }

    @Test
    void aBurdenMeasurementWithOnlyAYearIsRejected() {
        assertRejected(b -> find(b, Observation.class, BURDEN_ID).setEffective(
                new org.hl7.fhir.r4.model.DateTimeType("2026")),
                "Observation/" + BURDEN_ID + ".effective", "needs a date with a day (YYYY-MM-DD), not only a year or month");
    }

    @Test
    void twoBurdenMeasurementsOnTheSameDateAreRejected() {
        assertRejected(b -> {
            Observation copy = find(b, Observation.class, BURDEN_ID).copy();
            copy.setId("zz-second");
            b.addEntry().setResource(copy);
        }, "Observation/zz-second", "a second burden measurement of this caregiver on the same date;"
                + " SOFA uses the latest, and cannot tell which that is");
    }

    @Test
    void theLatestBurdenMeasurementIsUsed() {
        Bundle bundle = bundle();
        Observation later = find(bundle, Observation.class, BURDEN_ID).copy();
        later.setId("zz-later");
        later.setValue(new IntegerType(3));
        later.setEffective(new org.hl7.fhir.r4.model.DateTimeType("2026-11-01"));
        bundle.addEntry().setResource(later);
        assertThat(FHIR.toSituation(bundle).caregivers().get(0).burden().score()).isEqualTo(3);
    }

    @Test
    void aConsentForAVolunteerIsRejectedByTheContractsRule() {
        assertRejected(b -> b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Consent.class::isInstance).map(Consent.class::cast).findFirst().orElseThrow()
                .getProvision().getActorFirstRep().getReference().setReference("RelatedPerson/vw-1"),
                "Consent/" + BundleIds.consent("cl-1", "cg-1") + ".provision.actor[0].reference",
                "must name a caregiver, not a volunteer");
    }

    @Test
    void aConsentForSomeoneNotAmongTheResourcesIsRejected() {
        assertRejected(b -> b.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Consent.class::isInstance).map(Consent.class::cast).findFirst().orElseThrow()
                .getProvision().getActorFirstRep().getReference().setReference("RelatedPerson/rp-404"),
                "Consent/" + BundleIds.consent("cl-1", "cg-1") + ".provision.actor[0].reference",
                "names a resource that is not among the resources");
    }

    @Test
    void twoPrimaryContactsAreRejectedByTheContractsRule() {
        assertRejected(b -> {
            RelatedPerson second = find(b, RelatedPerson.class, "cg-1").copy();
            second.setId("cg-2");
            b.addEntry().setResource(second);
        }, "RelatedPerson/cg-2.relationship[1]", "only one caregiver may be the primary contact");
    }

    @Test
    void aDocumentThatIsNotABundleIsRejected() {
        assertThatThrownBy(() -> FHIR.readSituation("{\"resourceType\": \"Patient\", \"id\": \"p\"}"))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessage("Bundle: the document must be a Bundle, not a Patient");
    }

    @Test
    void aDocumentThatIsNotJsonIsRejected() {
        assertThatThrownBy(() -> FHIR.readSituation("{\"resourceType\": \"Bundle\", "))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.path()).isEqualTo("Bundle"));
        assertThatThrownBy(() -> FHIR.readSituation(new ByteArrayInputStream(new byte[0])))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.path()).isEqualTo("Bundle"));
    }

    @Test
    void anUnknownElementIsRejectedNotSkipped() {
        String json = SofaFhir.json(bundle()).replaceFirst("\"resourceType\": \"Bundle\",",
                "\"resourceType\": \"Bundle\", \"colour\": \"blue\",");
        assertThatThrownBy(() -> FHIR.readSituation(json))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessage("Bundle: not valid FHIR R4: unknown element colour");
    }

    @Test
    void aDocumentLargerThanTheContractsLimitIsRejected() {
        byte[] big = new byte[4 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> FHIR.readSituation(big))
                .isInstanceOf(InvalidSituationException.class)
                .hasMessage("Bundle: the document is larger than 4194304 bytes");
    }

    @Test
    void messagesCarryIdsAndCodesNeverNamesOrFreeText() {
        InvalidSituationException e = rejected(b -> {
            RelatedPerson person = find(b, RelatedPerson.class, "cg-1");
            person.addName(new HumanName().setFamily("Jansen-Vermeulen").addGiven("Truus"));
            person.getExtensionByUrl(EXT + "care-hours-per-week").setValue(new StringType("Truus zorgt dag en nacht"));
        });
        assertThat(e.getMessage()).doesNotContain("Truus", "Jansen", "dag en nacht")
                .isEqualTo("RelatedPerson/cg-1.extension:care-hours-per-week: needs a valueInteger or valueDecimal");
        InvalidSituationException parse = org.junit.jupiter.api.Assertions.assertThrows(InvalidSituationException.class,
                () -> FHIR.readSituation(SofaFhir.json(bundle()).replaceFirst("\"active\"", "\"Truus Jansen\"")));
        assertThat(parse.getMessage()).doesNotContain("Truus", "Jansen");
    }

    @Test
    void otherRoleCodesAreNotCaregiversUnlessTheMappingSaysSo() {
        Bundle bundle = bundle();
        RelatedPerson neighbour = new RelatedPerson();
        neighbour.setId("rp-buur");
        neighbour.addRelationship(new CodeableConcept(new Coding(FhirCanonicals.COD472, "19", null)));
        bundle.addEntry().setResource(neighbour);
        assertThat(FHIR.toSituation(bundle).caregivers()).extracting(Caregiver::id).containsExactly("cg-1");

        FhirMapping mapping = FhirMapping.standard().extendedWith(FhirMapping.read(new ByteArrayInputStream((
                "{\"mappingVersion\": 1, \"roles\": [{\"system\": \"" + FhirCanonicals.COD472
                        + "\", \"code\": \"19\", \"role\": \"CAREGIVER\"}]}").getBytes(StandardCharsets.UTF_8))));
        neighbour.addExtension(EXT + "care-hours-per-week", new IntegerType(4));
        neighbour.addExtension(EXT + "months-caring", new IntegerType(12));
        Situation situation = SofaFhir.builder().mapping(mapping).build().toSituation(bundle);
        assertThat(situation.caregivers()).extracting(Caregiver::id, Caregiver::relationToClient)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cg-1", RelationToClient.PARTNER),
                        org.assertj.core.groups.Tuple.tuple("rp-buur", RelationToClient.NEIGHBOUR));
    }

    @Test
    void aMappingFileWithAnUnknownValueIsRefusedWithItsPath() {
        assertThatThrownBy(() -> FhirMapping.read(new ByteArrayInputStream(
                "{\"mappingVersion\": 1, \"conditions\": [{\"system\": \"s\", \"code\": \"c\", \"value\": \"FLU\"}]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("mapping file $.conditions[0].value: must be one of [ACQUIRED_BRAIN_INJURY,");
        assertThatThrownBy(() -> FhirMapping.read(new ByteArrayInputStream(
                "{\"mappingVersion\": 1, \"rols\": []}".getBytes(StandardCharsets.UTF_8))))
                .hasMessageStartingWith("mapping file $.rols: is not a table of the mapping");
    }
}
