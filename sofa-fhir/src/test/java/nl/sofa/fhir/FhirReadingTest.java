package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** The other shapes an ECD may send: a Task instead of a CarePlan, fullUrl and absolute references, a list. */
class FhirReadingTest {
    private static final SofaFhir FHIR = SofaFhir.standard();
    private static final Situation SITUATION = FhirErrorsTest.situation();

    private static <R extends Resource> R find(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void aTaskWithAKindCodeAndAnOwnerIsACareTask() {
        Bundle bundle = FHIR.toBundle(SITUATION);
        CarePlan plan = find(bundle, CarePlan.class);
        bundle.getEntry().removeIf(e -> e.getResource() == plan);
        Task task = new Task();
        task.setId("t-1");
        task.setStatus(Task.TaskStatus.INPROGRESS);
        task.setIntent(Task.TaskIntent.PLAN);
        task.setCode(new CodeableConcept(new Coding(FhirCanonicals.CODE_SYSTEM + "care-task-kind", "INJECTION", null)));
        task.setFor(new Reference("Patient/cl-1"));
        task.setOwner(new Reference("RelatedPerson/cg-1"));
        task.getExtension().addAll(plan.getActivityFirstRep().getDetail().getExtension().stream()
                .filter(e -> e.getUrl().endsWith("/care-task-agreement")).toList());
        bundle.addEntry().setResource(task);
        assertThat(FHIR.readSituation(SofaFhir.json(bundle))).isEqualTo(SITUATION);
    }

    @Test
    void aTaskWithoutACareTaskKindIsNotACareTask() {
        Bundle bundle = FHIR.toBundle(SITUATION);
        Task lab = new Task();
        lab.setId("lab-1");
        lab.setStatus(Task.TaskStatus.REQUESTED);
        lab.setIntent(Task.TaskIntent.ORDER);
        lab.setCode(new CodeableConcept(new Coding("https://ecd.example/taken", "BLOED", null)));
        bundle.addEntry().setResource(lab);
        assertThat(FHIR.toSituation(bundle).careTasks()).extracting(CareTask::id).containsExactly("t-1");
    }

    @Test
    void referencesByFullUrlAndAbsoluteUrlResolve() {
        Bundle bundle = FHIR.toBundle(SITUATION);
        RelatedPerson caregiver = find(bundle, RelatedPerson.class);
        bundle.getEntry().stream().filter(e -> e.getResource() == caregiver).findFirst().orElseThrow()
                .setFullUrl("urn:uuid:0d3c1b5e-8d5c-4a3e-9f0e-3b1f2d6c7a01");
        find(bundle, CarePlan.class).getActivityFirstRep().getDetail().getPerformerFirstRep()
                .setReference("urn:uuid:0d3c1b5e-8d5c-4a3e-9f0e-3b1f2d6c7a01");
        caregiver.setPatient(new Reference("https://ecd.example/fhir/Patient/cl-1"));
        assertThat(FHIR.toSituation(bundle)).isEqualTo(SITUATION);
    }

    @Test
    void aListOfResourcesReadsLikeABundle() {
        List<Resource> resources = FHIR.toBundle(SITUATION).getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource).toList();
        assertThat(FHIR.toSituation(resources)).isEqualTo(SITUATION);
    }

    @Test
    void aProfessionalPerformerNeedNotBeAmongTheResources() {
        Bundle bundle = FHIR.toBundle(SITUATION);
        find(bundle, CarePlan.class).getActivityFirstRep().getDetail().getPerformerFirstRep()
                .setReference("PractitionerRole/wijkverpleging-7");
        assertThat(FHIR.toSituation(bundle).careTasks().get(0).performedBy()).isEqualTo(CareTask.PROFESSIONAL);
    }
}
