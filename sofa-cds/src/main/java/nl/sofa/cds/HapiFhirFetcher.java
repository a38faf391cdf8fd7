package nl.sofa.cds;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.sofa.fhir.SofaFhir;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * Fetches prefetch queries with HAPI FHIR's generic client: a read ({@code Type/id}) or a search
 * ({@code Type?params}), following a search's {@code next} links up to a bounded number of pages.
 * Connect and socket timeouts are bounded too, because a CDS service must answer in about half a
 * second.
 */
public final class HapiFhirFetcher implements FhirFetcher {
    /** Enough for any client's caregivers and tasks; a search with more pages is refused, never cut off. */
    public static final int MAX_PAGES = 10;

    private final Duration timeout;

    /** @param timeout the connect and read timeout per request */
    public HapiFhirFetcher(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public List<Resource> fetch(String fhirServer, @Nullable String accessToken, String query) {
        IRestfulClientFactory factory = SofaFhir.context().getRestfulClientFactory();
        IGenericClient client;
        synchronized (factory) {
            // The factory is shared by the FHIR context: set once, read under the same lock.
            factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
            factory.setConnectTimeout((int) timeout.toMillis());
            factory.setSocketTimeout((int) timeout.toMillis());
            client = factory.newGenericClient(fhirServer);
        }
        if (accessToken != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(accessToken));
        }
        String url = fhirServer.endsWith("/") ? fhirServer + query : fhirServer + "/" + query;
        int q = query.indexOf('?');
        if (q < 0 && query.indexOf('/') > 0) {
            Resource read = (Resource) client.read().resource(query.substring(0, query.indexOf('/')))
                    .withUrl(url).execute();
            return List.of(read);
        }
        List<Resource> found = new ArrayList<>();
        Bundle page = client.search().byUrl(url).returnBundle(Bundle.class).execute();
        for (int pages = 1; ; pages++) {
            for (Bundle.BundleEntryComponent entry : page.getEntry()) {
                if (entry.getResource() != null && (!entry.hasSearch()
                        || entry.getSearch().getMode() != Bundle.SearchEntryMode.OUTCOME)) {
                    found.add(entry.getResource());
                }
            }
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            if (pages >= MAX_PAGES) {
                // Advice from part of the caregivers would be confidently wrong: refuse instead.
                throw new IllegalStateException("the search has more than " + MAX_PAGES + " pages");
            }
            page = client.loadPage().next(page).execute();
        }
        return found;
    }
}
