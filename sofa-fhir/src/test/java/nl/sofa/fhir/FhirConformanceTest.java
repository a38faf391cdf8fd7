package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.Situations;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SOFA's conformance resources and the Bundles SOFA writes validate with HAPI's validator against
 * base R4 plus SOFA's own resources, offline. One validator for the class: the first validation
 * costs seconds (snapshots of the base definitions).
 *
 * <p>Not here: validation against the Nictiz nl-core / zib 2020 profiles, which needs a package
 * built from the Nictiz repository (see docs/fhir.md, "Not done").
 */
class FhirConformanceTest {
    private static final Path CONFORMANCE = Path.of("src/main/resources/nl/sofa/fhir/conformance");
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static FhirValidator validator;

    // UnknownCodeSystemWarningValidationSupport is deprecated in HAPI 8.8 but is still the way to
    // make an unknown code system (the zib OIDs, offline) a warning in this chain.
    @SuppressWarnings("deprecation")
    @BeforeAll
    static void oneValidatorForTheClass() {
        PrePopulatedValidationSupport sofa = new PrePopulatedValidationSupport(CONTEXT);
        for (Resource resource : shipped().values()) {
            if (resource instanceof CodeSystem cs) {
                sofa.addCodeSystem(cs);
            } else if (resource instanceof ValueSet vs) {
                sofa.addValueSet(vs);
            } else if (resource instanceof StructureDefinition sd) {
                sofa.addStructureDefinition(sd);
            }
        }
        UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(CONTEXT);
        // The zib role lists (OIDs) and SNOMED CT are not available offline: a warning, not an error.
        unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT), sofa,
                new CommonCodeSystemsTerminologyService(CONTEXT), new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT), unknownSystems);
        validator = CONTEXT.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(chain));
    }

    private static Map<String, Resource> shipped() {
        Map<String, Resource> resources = new java.util.TreeMap<>();
        for (String name : ConformanceGenerator.generate().keySet()) {
            try (InputStream in = SofaFhir.class.getResourceAsStream("conformance/" + name)) {
                if (in != null) {
                    resources.put(name, (Resource) CONTEXT.newJsonParser().parseResource(in));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return resources;
    }

    /**
     * HAPI 8.8.0's validator, offline, cannot regenerate the snapshot of a StructureDefinition it
     * validates (it looks for the package "hl7.fhir.r4.core#null"); that one message is expected.
     * The extensions themselves are applied: see {@link #theValidatorAppliesSofasExtensionDefinitions}.
     */
    private static final String OFFLINE_SNAPSHOT_LIMIT = "Unable to resolve package id hl7.fhir.r4.core#null";

    private static List<String> errors(Resource resource) {
        return validator.validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .filter(m -> !(resource instanceof StructureDefinition && m.getMessage().contains(OFFLINE_SNAPSHOT_LIMIT)))
                .map(SingleValidationMessage::toString).toList();
    }

    @Test
    void theValidatorAppliesSofasExtensionDefinitions() {
        org.hl7.fhir.r4.model.Bundle bundle = SofaFhir.standard().toBundle(FhirErrorsTest.situation());
        bundle.getEntry().stream().map(org.hl7.fhir.r4.model.Bundle.BundleEntryComponent::getResource)
                .filter(org.hl7.fhir.r4.model.RelatedPerson.class::isInstance)
                .map(org.hl7.fhir.r4.model.RelatedPerson.class::cast).findFirst().orElseThrow()
                .getExtensionByUrl(FhirCanonicals.EXTENSION + "care-hours-per-week")
                .setValue(new org.hl7.fhir.r4.model.StringType("veertig"));
        assertThat(errors(bundle)).anySatisfy(error -> assertThat(error).contains("care-hours-per-week"));
    }

    @Test
    void theShippedConformanceResourcesAreWhatTheGeneratorWrites() throws IOException {
        Map<String, Resource> generated = ConformanceGenerator.generate();
        if (Boolean.getBoolean("sofa.fhir.regenerate")) {
            Files.createDirectories(CONFORMANCE);
            for (Map.Entry<String, Resource> entry : generated.entrySet()) {
                Files.writeString(CONFORMANCE.resolve(entry.getKey()), SofaFhir.json(entry.getValue()) + "\n",
                        StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> files = Files.list(CONFORMANCE)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactlyElementsOf(generated.keySet().stream().sorted().toList());
        }
        for (Map.Entry<String, Resource> entry : generated.entrySet()) {
            assertThat(Files.readString(CONFORMANCE.resolve(entry.getKey()))).as(entry.getKey())
                    .isEqualTo(SofaFhir.json(entry.getValue()) + "\n");
        }
    }

    @Test
    void everyConformanceResourceValidatesAgainstBaseR4() {
        Map<String, Resource> resources = shipped();
        assertThat(resources).hasSize(ConformanceGenerator.generate().size());
        Map<String, List<String>> errors = resources.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> errors(e.getValue())));
        assertThat(errors).allSatisfy((name, list) -> assertThat(list).as(name).isEmpty());
    }

    @Test
    void theExampleBundlesAndGeneratedBundlesValidate() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../sofa-examples/fhir"))) {
            for (Path file : files.sorted().toList()) {
                Resource bundle = (Resource) CONTEXT.newJsonParser().parseResource(Files.readString(file));
                assertThat(errors(bundle)).as(file.toString()).isEmpty();
            }
        }
        for (Situation situation : Situations.valid().samples(20260101L, 10)) {
            if (SofaJson.standard().writeSituation(situation).contains("\"0000-")) {
                continue; // the contract allows the year 0000, a FHIR date does not (docs/fhir.md)
            }
            assertThat(errors(SofaFhir.standard().toBundle(situation))).as(situation.toString()).isEmpty();
        }
    }

    @Test
    void adviceBundlesValidate() throws IOException {
        SofaEngine engine = SofaEngine.builder().build();
        try (Stream<Path> files = Files.list(Path.of("../sofa-examples/situations"))) {
            for (Path file : files.sorted().toList()) {
                Situation situation = SofaJson.standard().readSituation(Files.readAllBytes(file));
                Advice advice = engine.evaluate(situation);
                assertThat(errors(SofaFhir.standard().toBundle(advice, situation))).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void everyRelationshipCodeOfTheMappingExistsInR4() {
        String mapping = SofaFhir.class.getResource("sofa-fhir-mapping.json").toString();
        assertThat(mapping).isNotNull();
        IValidationSupport support = new ValidationSupportChain(new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT));
        CodeSystem roleCodes = (CodeSystem) support.fetchCodeSystem(FhirCanonicals.V3_ROLE_CODE);
        assertThat(roleCodes).isNotNull();
        java.util.Set<String> known = new java.util.HashSet<>();
        collect(roleCodes.getConcept(), known);
        List<String> used = MappingCodes.of(FhirCanonicals.V3_ROLE_CODE);
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(used).allSatisfy(code -> assertThat(known).as("v3-RoleCode " + code).contains(code));
    }

    private static void collect(List<CodeSystem.ConceptDefinitionComponent> concepts, java.util.Set<String> into) {
        for (CodeSystem.ConceptDefinitionComponent concept : concepts) {
            into.add(concept.getCode());
            collect(concept.getConcept(), into);
        }
    }

    @Test
    void everySofaCodeOfTheMappingIsInItsCodeSystem() {
        Map<String, Resource> resources = shipped();
        for (Resource resource : resources.values()) {
            if (resource instanceof CodeSystem cs) {
                java.util.Set<String> codes = cs.getConcept().stream().map(CodeSystem.ConceptDefinitionComponent::getCode)
                        .collect(Collectors.toSet());
                assertThat(MappingCodes.of(cs.getUrl())).as(cs.getUrl()).allSatisfy(code -> assertThat(codes).contains(code));
            }
        }
        assertThat(MappingCodes.of(FhirCanonicals.CODE_SYSTEM + "care-task-kind")).hasSize(14);
    }
}
