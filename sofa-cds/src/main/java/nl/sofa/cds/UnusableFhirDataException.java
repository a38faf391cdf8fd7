package nl.sofa.cds;

import nl.sofa.situation.InvalidSituationException;

/**
 * The prefetched FHIR resources are well-formed but do not describe a situation SOFA can judge: a
 * caregiver role code not in the mapping, a care task performed by nobody, two episodes of care.
 * 422. The message is the FHIR mapping's: {@code ResourceType/id.element: problem}, without values.
 */
public final class UnusableFhirDataException extends CdsException {
    private static final long serialVersionUID = 1L;

    private final String path;

    /** @param cause the mapping's refusal, naming the resource and element */
    public UnusableFhirDataException(InvalidSituationException cause) {
        super(422, "unusable-fhir-data", cause.getMessage(), cause);
        this.path = cause.path();
    }

    /** The resource and element, e.g. {@code RelatedPerson/rp-2.relationship[0]}. */
    public String path() {
        return path;
    }
}
