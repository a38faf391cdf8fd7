package nl.sofa.fhir.internal;

import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Suggestion;
import nl.sofa.fhir.FhirCanonicals;
import nl.sofa.situation.Situation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/**
 * An {@link Advice} as FHIR: a GuidanceResponse whose result is a RequestGroup with one action per
 * suggestion (in the advice's order), each pointing to a proposed Task, and one DetectedIssue per flag. Texts are the Dutch ones.
 * Deterministic: ids derived from the situation and each entry's key, no timestamps.
 *
 * <p>Contract v2: reasons are written as their Dutch sentences, a flag's Dutch title is the
 * DetectedIssue's {@code code.text}, {@code dueBy} is the action's {@code timingDateTime} (and the
 * Task's {@code restriction.period.end}), and a suggestion in the advice's focus carries
 * {@code ext:suggestion-focus}. Only this class reads the advice model.
 */
public final class AdviceWriter {
    private static final String ENGINE = FhirCanonicals.BASE + "/engine";

    public Bundle write(Advice advice, Situation situation) {
        String sit = advice.situationId();
        Reference client = new Reference("Patient/" + BundleWriter.fhirId("Patient", situation.client().id()));
        Bundle bundle = new Bundle();
        bundle.setId(BundleWriter.derivedId("AdviceBundle|" + sit));
        bundle.setType(Bundle.BundleType.COLLECTION);

        RequestGroup group = new RequestGroup();
        group.setId(BundleWriter.derivedId("RequestGroup|" + sit));
        group.setStatus(RequestGroup.RequestStatus.ACTIVE);
        group.setIntent(RequestGroup.RequestIntent.PROPOSAL);
        group.setSubject(client.copy());
        List<Task> proposals = new java.util.ArrayList<>();
        java.util.Set<Suggestion.Key> focus = new java.util.HashSet<>(advice.focus());
        for (Suggestion suggestion : advice.suggestions()) {
            RequestGroup.RequestGroupActionComponent action = group.addAction();
            // A leaf action needs a resource (rqg-1): the suggestion as a proposed Task for the professional.
            Task proposal = proposal(sit, suggestion, client);
            proposals.add(proposal);
            action.setResource(new Reference("Task/" + proposal.getIdElement().getIdPart()));
            action.setTitle(suggestion.text().nl());
            action.setDescription(dutch(suggestion.reasons()));
            action.addCode(new CodeableConcept(new Coding(FhirCanonicals.CODE_SYSTEM + "action", suggestion.action(), null)));
            action.setPriority(switch (suggestion.priority()) {
                case HIGH -> RequestGroup.RequestPriority.URGENT;
                case MEDIUM, LOW -> RequestGroup.RequestPriority.ROUTINE;
            });
            // request-priority has two levels for SOFA's three: the extension keeps MEDIUM and LOW apart.
            action.addExtension(Extensions.url(Extensions.SUGGESTION_PRIORITY),
                    new Coding(FhirCanonicals.CODE_SYSTEM + "priority", suggestion.priority().name(), null));
            for (Reference concerned : implicated(suggestion.caregiverId(), suggestion.taskId())) {
                action.addExtension(Extensions.url(Extensions.CONCERNS), concerned);
            }
            if (suggestion.dueBy() != null) {
                action.setTiming(new DateTimeType(suggestion.dueBy().toString()));
                proposal.getRestriction().getPeriod().setEndElement(new DateTimeType(suggestion.dueBy().toString()));
            }
            if (focus.contains(suggestion.key())) {
                // The advice's focus: what to do first (contract v2); RequestGroup has no element for it.
                action.addExtension(Extensions.url(Extensions.FOCUS), new org.hl7.fhir.r4.model.BooleanType(true));
            }
        }

        GuidanceResponse response = new GuidanceResponse();
        response.setId(BundleWriter.derivedId("GuidanceResponse|" + sit));
        response.setModule(new org.hl7.fhir.r4.model.UriType(ENGINE));
        response.setStatus(GuidanceResponse.GuidanceResponseStatus.SUCCESS);
        response.setSubject(client.copy());
        response.setOccurrenceDateTimeElement(new DateTimeType(advice.referenceDate().toString()));
        response.setResult(new Reference("RequestGroup/" + group.getIdElement().getIdPart()));
        add(bundle, response);
        add(bundle, group);
        proposals.forEach(task -> add(bundle, task));

        for (Flag flag : advice.flags()) {
            DetectedIssue issue = new DetectedIssue();
            issue.setId(BundleWriter.derivedId("DetectedIssue|" + sit + "|" + flag.code() + "|" + flag.caregiverId()
                    + "|" + flag.taskId()));
            issue.setStatus(DetectedIssue.DetectedIssueStatus.FINAL);
            issue.setCode(new CodeableConcept(new Coding(FhirCanonicals.CODE_SYSTEM + "flag", flag.code(), null))
                    .setText(flag.text().nl()));
            issue.setSeverity(switch (flag.severity()) {
                case CRITICAL -> DetectedIssue.DetectedIssueSeverity.HIGH;
                case WARNING -> DetectedIssue.DetectedIssueSeverity.MODERATE;
                case INFO -> DetectedIssue.DetectedIssueSeverity.LOW;
            });
            issue.setPatient(client.copy());
            issue.setImplicated(implicated(flag.caregiverId(), flag.taskId()));
            issue.setDetail(dutch(flag.reasons()));
            if (flag.boundary() != null) {
                issue.addExtension(Extensions.url(Extensions.FLAG_BOUNDARY),
                        new Coding(FhirCanonicals.CODE_SYSTEM + "boundary", flag.boundary().name(), null));
            }
            add(bundle, issue);
        }
        return bundle;
    }

    /** The reasons' Dutch sentences, the headline first, one a line (contract v2: reasons are objects). */
    private static String dutch(List<nl.sofa.advice.Reason> reasons) {
        StringBuilder text = new StringBuilder();
        for (nl.sofa.advice.Reason reason : reasons) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(reason.text().nl());
        }
        return text.toString();
    }

    private static Task proposal(String sit, Suggestion suggestion, Reference client) {
        Task task = new Task();
        task.setId(BundleWriter.derivedId("Task|" + sit + "|" + suggestion.action() + "|" + suggestion.caregiverId()
                + "|" + suggestion.taskId()));
        task.setStatus(Task.TaskStatus.REQUESTED);
        task.setIntent(Task.TaskIntent.PROPOSAL);
        task.setPriority(suggestion.priority() == nl.sofa.advice.Priority.HIGH ? Task.TaskPriority.URGENT
                : Task.TaskPriority.ROUTINE);
        task.setCode(new CodeableConcept(new Coding(FhirCanonicals.CODE_SYSTEM + "action", suggestion.action(), null)));
        task.setDescription(suggestion.text().nl());
        task.setFor(client.copy());
        List<Reference> concerned = implicated(suggestion.caregiverId(), suggestion.taskId());
        if (!concerned.isEmpty()) {
            task.setFocus(concerned.get(concerned.size() - 1));
        }
        return task;
    }

    private static List<Reference> implicated(String caregiverId, String taskId) {
        List<Reference> references = new java.util.ArrayList<>();
        if (caregiverId != null) {
            references.add(new Reference("RelatedPerson/" + BundleWriter.fhirId("RelatedPerson", caregiverId)));
        }
        if (taskId != null) {
            references.add(new Reference("CarePlan/" + BundleWriter.fhirId("CarePlan", taskId)));
        }
        return references;
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(FhirCanonicals.BASE + "/example/" + resource.fhirType() + "/"
                + resource.getIdElement().getIdPart()).setResource(resource);
    }

}
