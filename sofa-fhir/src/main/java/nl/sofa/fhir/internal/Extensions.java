package nl.sofa.fhir.internal;

import nl.sofa.fhir.FhirCanonicals;

/** The URLs and short names of SOFA's extensions; the short name is the StructureDefinition's id. */
public final class Extensions {
    public static final String CARE_PHASE = "care-phase";
    public static final String ENDING_REASON = "ending-reason";
    public static final String REFERENCE_DATE = "reference-date";
    public static final String CARE_POLICY = "care-policy";
    public static final String HOURS_PER_WEEK = "care-hours-per-week";
    public static final String MONTHS_CARING = "months-caring";
    public static final String LIVES_WITH_CLIENT = "lives-with-client";
    public static final String EMPLOYED = "employed";
    public static final String AGE = "caregiver-age";
    public static final String TASK_KIND = "care-task-kind";
    public static final String RESERVATIONS = "professional-reservations";
    public static final String AGREEMENT = "care-task-agreement";
    public static final String SUGGESTION_PRIORITY = "suggestion-priority";
    public static final String CONCERNS = "concerns";
    public static final String FLAG_BOUNDARY = "flag-boundary";
    public static final String FOCUS = "suggestion-focus";

    private Extensions() {
    }

    /** The canonical URL of a SOFA extension. */
    public static String url(String name) {
        return FhirCanonicals.EXTENSION + name;
    }
}
