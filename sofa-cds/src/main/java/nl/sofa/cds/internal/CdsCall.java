package nl.sofa.cds.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A {@code patient-view} call as read from its body.
 *
 * @param hookInstance the call's UUID
 * @param patientId {@code context.patientId}
 * @param userId {@code context.userId}
 * @param fhirServer the client's FHIR base URL, or null
 * @param accessToken {@code fhirAuthorization.access_token}, or null
 * @param prefetch the prefetch entries as sent: a key with a JSON null means "no data"; a key
 *     absent means "not prefetched"
 */
public record CdsCall(String hookInstance, String patientId, String userId, @Nullable String fhirServer,
        @Nullable String accessToken, Map<String, JsonNode> prefetch) {
}
