package nl.sofa.fhir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.Priority;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;

/**
 * Writes SOFA's FHIR conformance resources from the model's enums and the catalog, so that they
 * cannot drift from the code. {@code FhirConformanceTest} checks that the files shipped under
 * {@code nl/sofa/fhir/conformance/} are what this writes (and rewrites them with
 * {@code -Dsofa.fhir.regenerate=true}).
 */
final class ConformanceGenerator {
    static final String VERSION = "0.1.0";
    private static final String PUBLISHER = "SOFA (https://github.com/sofa-mantelzorg/sofa)";

    private ConformanceGenerator() {
    }

    /** File name to resource. */
    static Map<String, Resource> generate() {
        Map<String, Resource> out = new LinkedHashMap<>();
        codeSystem(out, "network-role", "Network role", "Who a RelatedPerson is in SOFA's view of the informal network:"
                + " an informal caregiver (mantelzorger) or a care volunteer (zorgvrijwilliger).",
                List.of("CAREGIVER", "VOLUNTEER"));
        codeSystem(out, "relation-to-client", "Relation to client", "What a caregiver is to the client (contract v1"
                + " relationToClient); used where HL7 v3 RoleCode has no code (OTHER).", names(RelationToClient.values()));
        codeSystem(out, "condition", "Client condition", "The client's conditions as SOFA's rules know them."
                + " SNOMED CT codes belong in the mapping file, after checking them with the NL Release Centre.",
                names(Condition.values()));
        codeSystem(out, "care-task-kind", "Care-task kind", "What a care task (zorghandeling) is; INJECTION and"
                + " CATHETERISATION are reserved acts under the Dutch BIG act.", names(TaskKind.values()));
        codeSystem(out, "burden-instrument", "Burden instrument", "Validated instruments for caregiver burden; no"
                + " LOINC or SNOMED CT code for them was found, so SOFA names them itself.", names(BurdenInstrument.values()));
        codeSystem(out, "overload-signal", "Overload signal", "Observed signals of caregiver overload.",
                names(OverloadSignal.values()));
        codeSystem(out, "derailment-signal", "Derailment signal", "Signals of derailed informal care (ontspoorde"
                + " mantelzorg).", names(DerailmentSignal.values()));
        codeSystem(out, "care-phase", "Care phase", "The contact phase: the start of care, day to day, or the"
                + " ending of care.", names(Phase.values()));
        codeSystem(out, "ending-reason", "Ending reason", "Why care ends.", names(EndingReason.values()));
        codeSystem(out, "care-setting", "Care setting", "Where the client receives care.", names(Setting.values()));
        List<String> actions = ActionCatalog.builtin().all().stream().map(Action::id).sorted().toList();
        codeSystem(out, "action", "SOFA action", "The actions of SOFA's built-in catalog (the workbook's"
                + " actions per role and phase); a rule pack's own actions use the pack's codes.", actions);
        // An action's definition is its Dutch catalog text, the text a professional reads.
        CodeSystem actionSystem = (CodeSystem) out.get("CodeSystem-action.json");
        for (CodeSystem.ConceptDefinitionComponent concept : actionSystem.getConcept()) {
            concept.setDefinition(ActionCatalog.builtin().require(concept.getCode()).text().nl());
        }
        codeSystem(out, "flag", "SOFA flag", "The flag codes of SOFA's built-in rule pack.", flagCodes());
        codeSystem(out, "priority", "Suggestion priority", "How much a suggestion matters now.", names(Priority.values()));
        codeSystem(out, "boundary", "Boundary", "The four boundaries on who does which care task (wettelijk,"
                + " functioneel, persoonlijk, relationeel).", names(Boundary.values()));

        coded(out, "care-phase", "EpisodeOfCare", "care-phase", "The contact phase of care.");
        coded(out, "ending-reason", "EpisodeOfCare", "ending-reason", "Why care ends; present exactly when the"
                + " phase is ENDING.");
        simple(out, "reference-date", List.of("EpisodeOfCare"), "date", "The date the advice is as of.");
        complex(out, "care-policy", List.of("EpisodeOfCare"), "The organisation's policy on care tasks (the"
                + " functional boundary): which kinds caregivers and volunteers may perform.",
                new String[][] {{"caregiverMayPerform", "Coding", "care-task-kind", "*"},
                    {"volunteerMayPerform", "Coding", "care-task-kind", "*"},
                    {"acceptsNoTask", "boolean", null, "1"}});
        simple(out, "care-hours-per-week", List.of("RelatedPerson"), "decimal", "Hours of care a week, 0 to 168.");
        simple(out, "months-caring", List.of("RelatedPerson"), "integer", "Months of caring so far, 0 to 1200.");
        simple(out, "lives-with-client", List.of("RelatedPerson"), "boolean", "Whether the caregiver lives with the client.");
        simple(out, "employed", List.of("RelatedPerson"), "boolean",
                "Whether the caregiver combines care with paid work, school or study.");
        simple(out, "caregiver-age", List.of("RelatedPerson"), "integer", "The caregiver's age, 5 to 120.");
        List<String> taskContexts = List.of("CarePlan.activity.detail", "Task");
        coded(out, "care-task-kind", taskContexts, "care-task-kind", "What the care task is.");
        simple(out, "professional-reservations", taskContexts, "boolean",
                "Whether a professional has personal doubts about this task being done by this person.");
        complex(out, "care-task-agreement", taskContexts, "What was agreed about the care task (the relational"
                + " boundary); absent means no agreement was made.",
                new String[][] {{"recordedInCarePlan", "boolean", null, "1"}, {"caregiverWilling", "boolean", null, "1"},
                    {"caregiverAble", "boolean", null, "1"}, {"instructionGiven", "boolean", null, "1"},
                    {"nextEvaluation", "date", null, "1"}});
        coded(out, "suggestion-priority", List.of("RequestGroup.action"), "priority",
                "SOFA's priority of the suggestion (request-priority has two levels for SOFA's three).");
        simple(out, "concerns", List.of("RequestGroup.action"), "Reference",
                "The caregiver, volunteer or care task the suggestion concerns.");
        simple(out, "suggestion-focus", List.of("RequestGroup.action"), "boolean",
                "The suggestion is in the advice's focus: what to do first.");
        coded(out, "flag-boundary", List.of("DetectedIssue"), "boundary", "The boundary the flag touches.");
        withSnapshots(out);
        return out;
    }

    /**
     * Ships the extensions with their snapshots: a consumer need not generate them, and HAPI's
     * validator cannot generate them for a StructureDefinition it validates offline.
     */
    private static void withSnapshots(Map<String, Resource> out) {
        ca.uhn.fhir.context.FhirContext context = ca.uhn.fhir.context.FhirContext.forR4Cached();
        org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain chain =
                new org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain(
                        new ca.uhn.fhir.context.support.DefaultProfileValidationSupport(context),
                        new org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport(context));
        for (Resource resource : out.values()) {
            if (resource instanceof StructureDefinition sd) {
                StructureDefinition withSnapshot = (StructureDefinition) chain.generateSnapshot(
                        new ca.uhn.fhir.context.support.ValidationSupportContext(chain), sd.copy(), sd.getUrl(),
                        FhirCanonicals.BASE, sd.getName());
                sd.setSnapshot(withSnapshot.getSnapshot());
            }
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> flagCodes() {
        List<String> codes = new ArrayList<>();
        for (java.lang.reflect.Field field : FlagCodes.class.getFields()) {
            if (field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        codes.sort(null);
        return codes;
    }

    private static String pascal(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private static String display(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void codeSystem(Map<String, Resource> out, String id, String title, String description,
            List<String> codes) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(FhirCanonicals.CODE_SYSTEM + id);
        cs.setVersion(VERSION);
        cs.setName(pascal(id));
        cs.setTitle("SOFA " + title);
        cs.setStatus(Enumerations.PublicationStatus.DRAFT);
        cs.setExperimental(false);
        cs.setPublisher(PUBLISHER);
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setValueSet(FhirCanonicals.VALUE_SET + id);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (String code : codes) {
            cs.addConcept().setCode(code).setDisplay(display(code));
        }
        cs.setCount(codes.size());
        out.put("CodeSystem-" + id + ".json", cs);

        ValueSet vs = new ValueSet();
        vs.setId(id);
        vs.setUrl(FhirCanonicals.VALUE_SET + id);
        vs.setVersion(VERSION);
        vs.setName(pascal(id));
        vs.setTitle("SOFA " + title);
        vs.setStatus(Enumerations.PublicationStatus.DRAFT);
        vs.setExperimental(false);
        vs.setPublisher(PUBLISHER);
        vs.setDescription("Every code of the CodeSystem " + FhirCanonicals.CODE_SYSTEM + id + ".");
        vs.getCompose().addInclude().setSystem(FhirCanonicals.CODE_SYSTEM + id);
        out.put("ValueSet-" + id + ".json", vs);
    }

    private static void coded(Map<String, Resource> out, String id, String context, String valueSet, String description) {
        coded(out, id, List.of(context), valueSet, description);
    }

    private static void coded(Map<String, Resource> out, String id, List<String> contexts, String valueSet,
            String description) {
        StructureDefinition sd = extension(id, contexts, description);
        ElementDefinition value = valueElement(sd, "Coding");
        value.getBinding().setStrength(Enumerations.BindingStrength.EXTENSIBLE)
                .setValueSet(FhirCanonicals.VALUE_SET + valueSet);
        out.put("StructureDefinition-" + id + ".json", sd);
    }

    private static void simple(Map<String, Resource> out, String id, List<String> contexts, String type,
            String description) {
        StructureDefinition sd = extension(id, contexts, description);
        ElementDefinition value = valueElement(sd, type);
        if (type.equals("Reference")) {
            value.getTypeFirstRep().addTargetProfile("http://hl7.org/fhir/StructureDefinition/RelatedPerson")
                    .addTargetProfile("http://hl7.org/fhir/StructureDefinition/CarePlan")
                    .addTargetProfile("http://hl7.org/fhir/StructureDefinition/Task");
        }
        out.put("StructureDefinition-" + id + ".json", sd);
    }

    /** parts: name, type, value set (or null), max. */
    private static void complex(Map<String, Resource> out, String id, List<String> contexts, String description,
            String[][] parts) {
        StructureDefinition sd = extension(id, contexts, description);
        List<ElementDefinition> elements = sd.getDifferential().getElement();
        ElementDefinition slicing = new ElementDefinition().setPath("Extension.extension");
        slicing.setId("Extension.extension");
        slicing.getSlicing().addDiscriminator().setType(ElementDefinition.DiscriminatorType.VALUE).setPath("url");
        slicing.getSlicing().setRules(ElementDefinition.SlicingRules.CLOSED);
        elements.add(slicing);
        for (String[] part : parts) {
            String base = "Extension.extension:" + part[0];
            ElementDefinition slice = new ElementDefinition().setPath("Extension.extension").setSliceName(part[0]);
            slice.setId(base);
            slice.setMin(0).setMax(part[3]).setShort(part[0]);
            elements.add(slice);
            ElementDefinition url = new ElementDefinition().setPath("Extension.extension.url");
            url.setId(base + ".url");
            url.setFixed(new UriType(part[0]));
            elements.add(url);
            ElementDefinition value = new ElementDefinition().setPath("Extension.extension.value[x]");
            value.setId(base + ".value[x]");
            value.setMin(1);
            value.addType().setCode(part[1]);
            if (part[2] != null) {
                value.getBinding().setStrength(Enumerations.BindingStrength.EXTENSIBLE)
                        .setValueSet(FhirCanonicals.VALUE_SET + part[2]);
            }
            elements.add(value);
        }
        ElementDefinition url = new ElementDefinition().setPath("Extension.url");
        url.setId("Extension.url");
        url.setFixed(new UriType(FhirCanonicals.EXTENSION + id));
        elements.add(url);
        ElementDefinition value = new ElementDefinition().setPath("Extension.value[x]");
        value.setId("Extension.value[x]");
        value.setMax("0");
        elements.add(value);
        out.put("StructureDefinition-" + id + ".json", sd);
    }

    private static StructureDefinition extension(String id, List<String> contexts, String description) {
        StructureDefinition sd = new StructureDefinition();
        sd.setId(id);
        sd.setUrl(FhirCanonicals.EXTENSION + id);
        sd.setVersion(VERSION);
        sd.setName(pascal(id));
        sd.setTitle("SOFA " + id);
        sd.setStatus(Enumerations.PublicationStatus.DRAFT);
        sd.setExperimental(false);
        sd.setPublisher(PUBLISHER);
        sd.setDescription(description);
        sd.setFhirVersion(Enumerations.FHIRVersion._4_0_1);
        sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
        sd.setAbstract(false);
        for (String context : contexts) {
            sd.addContext().setType(StructureDefinition.ExtensionContextType.ELEMENT).setExpression(context);
        }
        sd.setType("Extension");
        sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/Extension");
        sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
        ElementDefinition root = new ElementDefinition().setPath("Extension");
        root.setId("Extension");
        root.setShort("SOFA " + id).setDefinition(description);
        sd.getDifferential().addElement(root);
        return sd;
    }

    private static ElementDefinition valueElement(StructureDefinition sd, String type) {
        List<ElementDefinition> elements = sd.getDifferential().getElement();
        ElementDefinition nested = new ElementDefinition().setPath("Extension.extension");
        nested.setId("Extension.extension");
        nested.setMax("0");
        elements.add(nested);
        ElementDefinition url = new ElementDefinition().setPath("Extension.url");
        url.setId("Extension.url");
        url.setFixed(new UriType(sd.getUrl()));
        elements.add(url);
        ElementDefinition value = new ElementDefinition().setPath("Extension.value[x]");
        value.setId("Extension.value[x]");
        value.setMin(1);
        value.addType().setCode(type);
        elements.add(value);
        return value;
    }
}
