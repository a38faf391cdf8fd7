package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * Mutated Bundles (wrong types, missing references, unknown codes, reference cycles, broken JSON)
 * give a situation or the documented {@link InvalidSituationException}, never another exception.
 */
class FhirFuzzTest {
    private static final SofaFhir FHIR = SofaFhir.standard();
    /** Type/id.element, or a Bundle path: never a JSON path of the contract. */
    private static final String FHIR_PATH = "(Bundle(\\.entry\\[\\d+\\]\\.resource)?|[A-Z][A-Za-z]+/[^ ]+)";

    @Test
    void aMutatedBundleGivesASituationOrTheDocumentedError() {
        java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger rejected = new java.util.concurrent.atomic.AtomicInteger();
        Property.forAll(Situations.valid()).named("fuzzed FHIR bundles").check(situation -> {
            Random random = new Random(situation.hashCode() * 31L + situation.caregivers().size());
            Bundle bundle = FHIR.toBundle(situation);
            int mutations = 1 + random.nextInt(3);
            for (int i = 0; i < mutations; i++) {
                mutate(bundle, random);
            }
            String json = SofaFhir.json(bundle);
            if (random.nextInt(5) == 0) {
                json = mutateText(json, random);
            }
            try {
                FHIR.readSituation(json);
                accepted.incrementAndGet();
            } catch (InvalidSituationException e) {
                assertThat(e.path()).matches(FHIR_PATH);
                assertThat(e.problem()).isNotBlank();
                rejected.incrementAndGet();
            }
        });
        // Both outcomes occur: the mutations reach the reader's checks, and do not only break the JSON.
        assertThat(accepted.get()).as("accepted").isGreaterThan(20);
        assertThat(rejected.get()).as("rejected").isGreaterThan(100);
    }

    private static void mutate(Bundle bundle, Random random) {
        List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
        if (entries.isEmpty()) {
            return;
        }
        Resource target = entries.get(random.nextInt(entries.size())).getResource();
        List<Reference> references = new ArrayList<>();
        List<Coding> codings = new ArrayList<>();
        List<Extension> extensions = new ArrayList<>();
        collect(target, references, codings, extensions);
        switch (random.nextInt(9)) {
            case 0 -> entries.remove(random.nextInt(entries.size())); // references now dangle
            case 1 -> { // a reference to a random resource, possibly itself: wrong types and cycles
                if (!references.isEmpty()) {
                    Resource other = entries.get(random.nextInt(entries.size())).getResource();
                    references.get(random.nextInt(references.size()))
                            .setReference(other.fhirType() + "/" + other.getIdElement().getIdPart());
                }
            }
            case 2 -> { // an unknown code, or a known code in another system
                if (!codings.isEmpty()) {
                    Coding coding = codings.get(random.nextInt(codings.size()));
                    if (random.nextBoolean()) {
                        coding.setCode("zz-" + random.nextInt(100));
                    } else {
                        coding.setSystem(codings.get(random.nextInt(codings.size())).getSystem());
                    }
                }
            }
            case 3 -> { // a value of the wrong type
                if (!extensions.isEmpty()) {
                    Extension extension = extensions.get(random.nextInt(extensions.size()));
                    extension.setValue(switch (random.nextInt(3)) {
                        case 0 -> new StringType("x");
                        case 1 -> new IntegerType(random.nextInt(2000) - 1000);
                        default -> new BooleanType(random.nextBoolean());
                    });
                    extension.getExtension().clear();
                }
            }
            case 4 -> extensions.forEach(e -> e.setUrl(e.getUrl() + "-typo")); // unknown extensions
            case 5 -> entries.add(entries.get(random.nextInt(entries.size())).copy()); // the same resource twice
            case 6 -> target.setId(entries.get(random.nextInt(entries.size())).getResource().getIdElement().getIdPart());
            case 7 -> { // a resource of another type under the same id
                Practitioner practitioner = new Practitioner();
                practitioner.setId(target.getIdElement().getIdPart());
                entries.get(entries.indexOf(entries.stream().filter(e -> e.getResource() == target).findFirst()
                        .orElseThrow())).setResource(practitioner);
            }
            default -> { // a reference to nothing that exists, or of an odd form
                if (!references.isEmpty()) {
                    references.get(random.nextInt(references.size())).setReference(switch (random.nextInt(4)) {
                        case 0 -> "RelatedPerson/missing";
                        case 1 -> "urn:uuid:6f1c0000-0000-0000-0000-000000000000";
                        case 2 -> "#contained";
                        default -> "http://elsewhere.example/fhir/Patient/x/_history/2";
                    });
                }
            }
        }
    }

    private static void collect(Base base, List<Reference> references, List<Coding> codings, List<Extension> extensions) {
        if (base instanceof Reference r) {
            references.add(r);
        }
        if (base instanceof Coding c) {
            codings.add(c);
        }
        if (base instanceof Extension e) {
            extensions.add(e);
        }
        for (org.hl7.fhir.r4.model.Property property : base.children()) {
            for (Base value : property.getValues()) {
                collect(value, references, codings, extensions);
            }
        }
    }

    private static String mutateText(String json, Random random) {
        int at = random.nextInt(json.length());
        return switch (random.nextInt(4)) {
            case 0 -> json.substring(0, at);
            case 1 -> json.substring(0, at) + "\"" + json.substring(at);
            case 2 -> json.replaceFirst("\"value(Integer|Decimal|Boolean)\": [^,}\\n]+", "\"valueString\": \"x\"");
            default -> json.replace("\"RelatedPerson\"", "\"Practitioner\"");
        };
    }
}
