package nl.sofa.fhir;

/**
 * The canonical URLs of SOFA's own FHIR conformance resources (CodeSystems, ValueSets and extension
 * StructureDefinitions) and of the code systems SOFA reads from zib 2020 / nl-core data. SOFA's
 * resources ship in this module under {@code nl/sofa/fhir/conformance/}.
 *
 * <p>Stable since 0.1: a published canonical never changes meaning.
 */
public final class FhirCanonicals {
    /**
     * The base of every SOFA canonical: the project's own site, so that the project controls what
     * the URLs name.
     */
    public static final String BASE = "https://sofa-mantelzorg.github.io/sofa/fhir";
    /** The base of SOFA's CodeSystems; a CodeSystem's URL is this plus its name. */
    public static final String CODE_SYSTEM = BASE + "/CodeSystem/";
    /** The base of SOFA's ValueSets. */
    public static final String VALUE_SET = BASE + "/ValueSet/";
    /** The base of SOFA's extension StructureDefinitions. */
    public static final String EXTENSION = BASE + "/StructureDefinition/";
    /**
     * The identifier system that carries a SOFA id that is not a valid FHIR id (longer than 64
     * characters, spaces, other scripts); the resource then gets a derived FHIR id.
     */
    public static final String SOFA_ID = BASE + "/NamingSystem/sofa-id";

    /** zib 2020 ExtraRolcodes (role {@code 100001} = Mantelzorger). */
    public static final String ZIB_EXTRA_ROLE_CODES = "urn:oid:2.16.840.1.113883.2.4.3.11.60.40.4.23.1";
    /** Vektis COD472 "Soort relatie cliënt" (two-digit codes). */
    public static final String COD472 = "urn:oid:2.16.840.1.113883.2.4.3.11.22.472";
    /** HL7 v3 RoleCode (family relationships). */
    public static final String V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    /** SNOMED CT. */
    public static final String SNOMED = "http://snomed.info/sct";
    /** SNOMED {@code 243114000} "ondersteuning": the fixed category of zib HelpFromOthers. */
    public static final String HELP_FROM_OTHERS_CATEGORY = "243114000";
    /** SNOMED {@code 386229000} "ondersteuning voor verzorger" (SoortHulp: mantelzorg). */
    public static final String TYPE_OF_HELP_CAREGIVER = "386229000";
    /** SNOMED {@code 60689008} (SoortHulp: professionele thuiszorg). */
    public static final String TYPE_OF_HELP_PROFESSIONAL = "60689008";

    private FhirCanonicals() {
    }
}
