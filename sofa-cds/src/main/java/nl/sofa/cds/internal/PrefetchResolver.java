package nl.sofa.cds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.cds.FhirFetcher;
import nl.sofa.cds.InvalidCdsRequestException;
import nl.sofa.cds.PrefetchUnavailableException;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.situation.InvalidSituationException;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a call's prefetch into the FHIR resources the mapping reads. Every key of the discovery's
 * prefetch is needed: SOFA does not judge a caregiver's load without, say, the consents, because
 * missing data would give confident but wrong advice. A key sent as JSON null means "the client has no
 * such data" and is fine. A key not sent is fetched from the client's {@code fhirServer} when there is
 * one, else the call is refused with 412, as the specification asks.
 *
 * <p>Each value may be a resource or a Bundle (a search result). The same resource arriving under two
 * keys (a Patient included twice) is kept once.
 */
public final class PrefetchResolver {
    private static final Logger LOG = LoggerFactory.getLogger(PrefetchResolver.class);

    /** The discovery's templates, in its order: messages and fetches follow it. */
    private final Map<String, String> templates;
    private final SofaFhir fhir;
    private final @Nullable FhirFetcher fetcher;

    /**
     * @param templates the discovery's prefetch templates, in order
     * @param fhir reads resources strictly
     * @param fetcher fetches what is missing, or null to answer 412 instead
     */
    public PrefetchResolver(Map<String, String> templates, SofaFhir fhir, @Nullable FhirFetcher fetcher) {
        this.templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        this.fhir = fhir;
        this.fetcher = fetcher;
    }

    /**
     * The resources of the call, each once, in key order.
     *
     * @throws PrefetchUnavailableException when a key is missing and cannot be fetched
     * @throws InvalidCdsRequestException when a prefetch value is not FHIR R4 JSON SOFA can read
     */
    public List<Resource> resolve(CdsCall call) {
        List<String> missing = new ArrayList<>();
        for (String key : templates.keySet()) {
            if (!call.prefetch().containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty() && (call.fhirServer() == null || fetcher == null)) {
            throw new PrefetchUnavailableException(missing, "the prefetch lacks " + String.join(", ", missing)
                    + " and the call names no fhirServer to fetch them from", null);
        }
        Map<String, Resource> byKey = new LinkedHashMap<>();
        for (String key : templates.keySet()) {
            JsonNode value = call.prefetch().get(key);
            List<Resource> resources;
            if (value == null) {
                resources = fetch(call, key, missing);
            } else if (value.isNull()) {
                resources = List.of();
            } else if (!value.isObject()) {
                throw new InvalidCdsRequestException("$.prefetch." + key, "must be a FHIR resource, a Bundle or null");
            } else {
                resources = read(key, value);
            }
            for (Resource resource : resources) {
                String id = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
                byKey.putIfAbsent(id, resource);
            }
        }
        return List.copyOf(byKey.values());
    }

    private List<Resource> read(String key, JsonNode value) {
        Resource resource;
        try {
            resource = fhir.readResource(value.toString());
        } catch (InvalidSituationException e) {
            throw new InvalidCdsRequestException("$.prefetch." + key, e.problem());
        }
        if (resource instanceof Bundle bundle) {
            List<Resource> entries = new ArrayList<>();
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                // A search's OperationOutcome entries say how the search went; they are not data.
                if (entry.getResource() != null && !(entry.hasSearch()
                        && entry.getSearch().getMode() == Bundle.SearchEntryMode.OUTCOME)) {
                    entries.add(entry.getResource());
                }
            }
            return entries;
        }
        return List.of(resource);
    }

    private List<Resource> fetch(CdsCall call, String key, List<String> missing) {
        String query = fill(templates.get(key), call);
        try {
            List<Resource> fetched = fetcher.fetch(call.fhirServer(), call.accessToken(), query);
            LOG.debug("fetched prefetch key {} from the client's FHIR server: {} resources", key, fetched.size());
            return fetched;
        } catch (RuntimeException e) {
            // The server's message may quote data; the log and the answer carry the key and the type only.
            LOG.info("hook {}: fetching prefetch key {} failed ({})", call.hookInstance(), key, e.getClass().getSimpleName());
            throw new PrefetchUnavailableException(missing, "the prefetch lacks " + key
                    + " and the client's FHIR server did not give it (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Fills the tokens of a template; values are URL-encoded so that an id cannot add a parameter. */
    static String fill(String template, CdsCall call) {
        return template.replace("{{context.patientId}}", enc(call.patientId()))
                .replace("{{context.userId}}", enc(call.userId()));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
