package nl.sofa.cds;

import java.util.List;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Fetches from the client's FHIR server what the prefetch did not carry. {@link HapiFhirFetcher} does
 * it with HAPI's generic client; a host may bring its own (a test stub, a proxy with its own
 * credentials).
 */
public interface FhirFetcher {

    /**
     * Runs one prefetch query against the client's FHIR server.
     *
     * @param fhirServer the request's {@code fhirServer} base URL
     * @param accessToken the request's {@code fhirAuthorization.access_token}, or {@code null}
     * @param query the prefetch template with its tokens filled in, e.g. {@code Patient/123} or
     *     {@code RelatedPerson?patient=123}
     * @return the resource read, or the resources a search matched (possibly none)
     * @throws RuntimeException when the server cannot be reached or refuses; the service answers 412
     */
    List<Resource> fetch(String fhirServer, @Nullable String accessToken, String query);
}
