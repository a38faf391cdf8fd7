package nl.sofa.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.sofa.advice.Advice;
import nl.sofa.fhir.internal.AdviceWriter;
import nl.sofa.fhir.internal.BundleReader;
import nl.sofa.fhir.internal.BundleWriter;
import nl.sofa.json.ReadLimits;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR R4 in and out of SOFA: reads a {@link Situation} from a client's FHIR resources, writes a
 * situation back as a Bundle, and writes an {@link Advice} as FHIR.
 *
 * <pre>{@code
 * SofaFhir fhir = SofaFhir.standard();                     // or SofaFhir.builder().mapping(m).build()
 * Situation situation = fhir.readSituation(bundleJson);    // InvalidSituationException: Type/id.element + problem
 * Advice advice = engine.evaluate(situation);
 * String adviceBundle = fhir.writeAdvice(advice, situation);
 * }</pre>
 *
 * <p>A situation read from FHIR passes the same checks as one read from the JSON contract, and a
 * problem is reported through the same {@link InvalidSituationException}, whose {@code path()} is
 * {@code ResourceType/id.element} (for example {@code RelatedPerson/rp-2.relationship[0]}).
 * Messages carry ids and codes, never names or free text. The order of the resources does not
 * matter: caregivers, volunteers and care tasks are listed by id. Which elements are read and
 * written is in {@code docs/fhir.md}.
 *
 * <p>Immutable and thread-safe: share one instance. It uses {@link FhirContext#forR4Cached()}, whose
 * first use costs about a second. Stable since 0.1 (experimental: the FHIR mapping may still grow).
 */
public final class SofaFhir {
    private static final SofaFhir STANDARD = new SofaFhir(FhirMapping.standard());
    private static final int MAX_BYTES = ReadLimits.defaults().maxDocumentBytes();

    private final FhirMapping mapping;

    private SofaFhir(FhirMapping mapping) {
        this.mapping = mapping;
    }

    /** With the mapping that ships with SOFA ({@link FhirMapping#standard()}). */
    public static SofaFhir standard() {
        return STANDARD;
    }

    /** A builder, to use another mapping. */
    public static Builder builder() {
        return new Builder();
    }

    /** The mapping of codes this instance reads and writes with. */
    public FhirMapping mapping() {
        return mapping;
    }

    /** The HAPI context used: R4, shared. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /**
     * Reads a situation from a FHIR R4 Bundle in JSON (UTF-8).
     *
     * @throws InvalidSituationException naming {@code Type/id.element} of the first problem, or
     *     {@code Bundle} when the document is no readable Bundle
     */
    public Situation readSituation(byte[] bundleJson) {
        Objects.requireNonNull(bundleJson, "bundleJson");
        if (bundleJson.length > MAX_BYTES) {
            throw new InvalidSituationException("Bundle", "the document is larger than " + MAX_BYTES + " bytes");
        }
        return readSituation(new String(bundleJson, StandardCharsets.UTF_8));
    }

    /**
     * Reads a situation from a FHIR R4 Bundle in JSON.
     *
     * @throws InvalidSituationException naming {@code Type/id.element} of the first problem
     */
    public Situation readSituation(String bundleJson) {
        Objects.requireNonNull(bundleJson, "bundleJson");
        IBaseResource resource = parse(bundleJson);
        if (!(resource instanceof Bundle bundle)) {
            throw new InvalidSituationException("Bundle", "the document must be a Bundle, not a " + resource.fhirType());
        }
        return toSituation(bundle);
    }

    /**
     * Reads a situation from a FHIR R4 Bundle in JSON, reading at most the contract's document
     * size (4 MiB) plus one byte. The stream is not closed.
     *
     * @throws InvalidSituationException naming {@code Type/id.element} of the first problem
     * @throws UncheckedIOException when the stream cannot be read
     */
    public Situation readSituation(InputStream in) {
        try {
            return readSituation(in.readNBytes(MAX_BYTES + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle", e);
        }
    }

    /**
     * Reads one FHIR R4 resource in JSON (a Bundle or any other), as strictly as
     * {@link #readSituation(String)}: an unknown element or a wrong type is refused, not skipped. For
     * hosts that receive resources one by one, such as a CDS Hooks prefetch.
     *
     * @throws InvalidSituationException with path {@code Bundle} and what is wrong, without values
     */
    public Resource readResource(String json) {
        Objects.requireNonNull(json, "json");
        IBaseResource resource = parse(json);
        if (!(resource instanceof Resource r)) {
            throw new InvalidSituationException("Bundle", "the document is not an R4 resource");
        }
        return r;
    }

    /**
     * The situation in a Bundle's resources.
     *
     * @throws InvalidSituationException naming {@code Type/id.element} of the first problem
     */
    public Situation toSituation(Bundle bundle) {
        return new BundleReader(mapping.tables()).read(BundleReader.inputs(Objects.requireNonNull(bundle, "bundle")));
    }

    /**
     * The situation in these resources (as a server search would return them).
     *
     * @throws InvalidSituationException naming {@code Type/id.element} of the first problem
     */
    public Situation toSituation(Collection<? extends Resource> resources) {
        List<BundleReader.Input> inputs = new ArrayList<>();
        int i = 0;
        for (Resource resource : resources) {
            inputs.add(new BundleReader.Input(Objects.requireNonNull(resource, "resource"), null, i++));
        }
        return new BundleReader(mapping.tables()).read(inputs);
    }

    /**
     * A situation as a FHIR collection Bundle, which {@link #toSituation(Bundle)} reads back to the
     * same situation (with caregivers, volunteers and care tasks listed by id).
     *
     * @throws IllegalArgumentException when the mapping lists no code for a value of the situation
     */
    public Bundle toBundle(Situation situation) {
        return new BundleWriter(mapping.tables()).write(Objects.requireNonNull(situation, "situation"));
    }

    /**
     * The SOFA id a resource stands for: its SOFA identifier ({@link FhirCanonicals#SOFA_ID}) when the
     * writer had to derive the FHIR id, else the FHIR id. This is the id the situation and the advice
     * use for that caregiver, volunteer or task.
     *
     * @param resource a Patient, RelatedPerson, EpisodeOfCare, CarePlan or Task
     * @return the SOFA id
     */
    public static String sofaId(DomainResource resource) {
        return BundleReader.sofaId(Objects.requireNonNull(resource, "resource"));
    }

    /** {@link #toBundle(Situation)} as indented JSON; equal situations give byte-identical text. */
    public String writeSituation(Situation situation) {
        return json(toBundle(situation));
    }

    /**
     * An advice as a FHIR collection Bundle: a GuidanceResponse whose result is a RequestGroup with
     * one action per suggestion, and one DetectedIssue per flag. The situation gives the client and
     * the resources a flag implicates.
     */
    public Bundle toBundle(Advice advice, Situation situation) {
        return new AdviceWriter().write(Objects.requireNonNull(advice, "advice"),
                Objects.requireNonNull(situation, "situation"));
    }

    /** {@link #toBundle(Advice, Situation)} as indented JSON; byte-identical for equal input. */
    public String writeAdvice(Advice advice, Situation situation) {
        return json(toBundle(advice, situation));
    }

    /** Any FHIR resource as indented JSON. */
    public static String json(Resource resource) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource);
    }

    private static IBaseResource parse(String json) {
        IParser parser = context().newJsonParser().setParserErrorHandler(new StrictHandler());
        try {
            return parser.parseResource(json);
        } catch (InvalidSituationException e) {
            throw e;
        } catch (RuntimeException e) {
            // HAPI's messages can quote the document's values; ours says what, without them.
            throw new InvalidSituationException("Bundle", "the document is not FHIR R4 JSON that SOFA can read ("
                    + e.getClass().getSimpleName() + ")", null, null, null);
        }
    }

    /** Refuses what HAPI would otherwise skip with a warning: a typo must not silently drop data. */
    private static final class StrictHandler implements IParserErrorHandler {
        @Override
        public void containedResourceWithNoId(IParseLocation location) {
            fail(location, "a contained resource has no id");
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String elementName,
                BaseJsonLikeValue.ValueType expected, BaseJsonLikeValue.ScalarType expectedScalar,
                BaseJsonLikeValue.ValueType found, BaseJsonLikeValue.ScalarType foundScalar) {
            fail(location, "element " + elementName + " has the wrong JSON type (expected " + expected + ")");
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            fail(location, "an element has an invalid value");
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String elementName) {
            fail(location, "element " + elementName + " is required");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            fail(location, "element " + elementName + " does not repeat");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attributeName) {
            fail(location, "unknown attribute " + attributeName);
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            fail(location, "unknown element " + elementName);
        }

        @Override
        public void unknownReference(IParseLocation location, String reference) {
            // References are resolved by SOFA against the resources, with their own error.
        }

        @Override
        public void invalidInternalReference(IParseLocation location, String reference) {
            fail(location, "a reference to a contained resource names none");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            fail(location, "an extension has both a value and nested extensions");
        }

        private static void fail(IParseLocation location, String problem) {
            String at = location == null || location.getParentElementName() == null ? ""
                    : " in " + location.getParentElementName();
            throw new InvalidSituationException("Bundle", "not valid FHIR R4: " + problem + at);
        }
    }

    /** Builds a {@link SofaFhir}. */
    public static final class Builder {
        private FhirMapping mapping = FhirMapping.standard();

        private Builder() {
        }

        /** Uses this mapping instead of the standard one (see {@link FhirMapping#extendedWith}). */
        public Builder mapping(FhirMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /** An immutable, thread-safe {@link SofaFhir}. */
        public SofaFhir build() {
            return new SofaFhir(mapping);
        }
    }
}
