package nl.sofa.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.sofa.fhir.SofaFhir;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds {@code patient-view} request bodies from a FHIR Bundle, as an ECD would send them with
 * prefetch: each of {@link CdsHooksService#standardPrefetch()}'s keys holds a search-set Bundle of the
 * resources of its type ({@code patient} the Patient itself), or null when there are none. For the
 * playground, the load benchmark, tests, and integrators checking their mapping.
 */
public final class CdsRequests {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Resource type to prefetch key, read from the templates ("Type/…" or "Type?…"), so the two cannot drift. */
    private static final Map<String, String> KEY_OF_TYPE = keyOfType();

    private CdsRequests() {
    }

    /**
     * A {@code patient-view} request with every standard prefetch key filled from the bundle.
     *
     * @param bundleJson a FHIR Bundle holding one client's resources (as in {@code sofa-examples/fhir})
     * @param hookInstance the call's UUID
     * @param userId the user in context, e.g. {@code Practitioner/123}
     * @return the request body as indented JSON
     * @throws nl.sofa.situation.InvalidSituationException when the bundle is no readable FHIR Bundle
     * @throws IllegalArgumentException when it holds no Patient, or more than one
     */
    public static String patientView(String bundleJson, String hookInstance, String userId) {
        Objects.requireNonNull(hookInstance, "hookInstance");
        Resource parsed = SofaFhir.standard().readResource(bundleJson);
        if (!(parsed instanceof Bundle bundle)) {
            throw new IllegalArgumentException("a Bundle is expected");
        }
        Patient patient = null;
        Map<String, List<Resource>> byKey = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource r = entry.getResource();
            if (r instanceof Patient p) {
                if (patient != null) {
                    throw new IllegalArgumentException("the bundle holds more than one Patient");
                }
                patient = p;
            } else if (r != null && KEY_OF_TYPE.containsKey(r.fhirType())) {
                byKey.computeIfAbsent(KEY_OF_TYPE.get(r.fhirType()), k -> new ArrayList<>()).add(r);
            }
        }
        if (patient == null) {
            throw new IllegalArgumentException("the bundle holds no Patient");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("hook", CdsHooksService.HOOK);
        root.put("hookInstance", hookInstance);
        ObjectNode context = root.putObject("context");
        context.put("userId", userId);
        context.put("patientId", patient.getIdElement().getIdPart());
        ObjectNode prefetch = root.putObject("prefetch");
        for (String key : CdsHooksService.standardPrefetch().keySet()) {
            if (key.equals(KEY_OF_TYPE.get("Patient"))) {
                prefetch.set(key, json(patient));
                continue;
            }
            List<Resource> resources = byKey.get(key);
            if (resources == null) {
                prefetch.putNull(key);
                continue;
            }
            Bundle searchSet = new Bundle();
            searchSet.setType(Bundle.BundleType.SEARCHSET);
            searchSet.setTotal(resources.size());
            for (Resource r : resources) {
                searchSet.addEntry().setFullUrl(r.fhirType() + "/" + r.getIdElement().getIdPart()).setResource(r)
                        .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
            }
            prefetch.set(key, json(searchSet));
        }
        return root.toPrettyString();
    }

    private static Map<String, String> keyOfType() {
        Map<String, String> keys = new LinkedHashMap<>();
        CdsHooksService.standardPrefetch().forEach((key, template) ->
                keys.put(template.split("[/?]", 2)[0], key));
        return Map.copyOf(keys);
    }

    private static JsonNode json(Resource resource) {
        try {
            return MAPPER.readTree(SofaFhir.context().newJsonParser().encodeResourceToString(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
