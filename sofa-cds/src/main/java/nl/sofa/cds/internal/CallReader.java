package nl.sofa.cds.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.sofa.cds.InvalidCdsRequestException;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CDS Hooks request body into a {@link CdsCall}, checking what the specification requires of
 * a {@code patient-view} call. Bounded: body size, nesting depth and string length, so that a hostile
 * body is a 400, not an exhausted heap or stack.
 */
public final class CallReader {
    /** FHIR ids: 1–64 of these characters (FHIR R4 id datatype). */
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private final ObjectMapper mapper;
    private final int maxBytes;

    /**
     * @param maxBytes the largest body
     * @param maxDepth the deepest nesting (FHIR resources inside prefetch Bundles nest deeply)
     */
    public CallReader(int maxBytes, int maxDepth) {
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth)
                        .maxStringLength(maxBytes)
                        .maxDocumentLength(maxBytes)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** The largest body this reader accepts, in bytes. */
    public int maxBytes() {
        return maxBytes;
    }

    /** Parses any JSON body within the limits (also feedback bodies). */
    public JsonNode tree(byte[] body) {
        if (body.length > maxBytes) {
            throw new InvalidCdsRequestException("$", "the body is larger than " + maxBytes + " bytes");
        }
        if (body.length == 0) {
            throw new InvalidCdsRequestException("$", "the body is empty; a JSON object is expected");
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new InvalidCdsRequestException("$", "the body must be a JSON object");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidCdsRequestException("$", "the body is not JSON within the limits" + where);
        } catch (IOException e) {
            throw new InvalidCdsRequestException("$", "the body could not be read");
        }
    }

    /**
     * Reads and checks a {@code patient-view} call.
     *
     * @throws InvalidCdsRequestException naming the JSON path of the first problem
     */
    public CdsCall read(byte[] body) {
        JsonNode root = tree(body);
        String hook = text(root, "hook", "$.hook");
        if (!"patient-view".equals(hook)) {
            throw new InvalidCdsRequestException("$.hook", "this service answers the hook patient-view only");
        }
        String hookInstance = text(root, "hookInstance", "$.hookInstance");
        try {
            UUID.fromString(hookInstance);
        } catch (IllegalArgumentException e) {
            throw new InvalidCdsRequestException("$.hookInstance", "must be a UUID");
        }
        JsonNode context = root.get("context");
        if (context == null || !context.isObject()) {
            throw new InvalidCdsRequestException("$.context", "is required and must be an object");
        }
        String patientId = text(context, "patientId", "$.context.patientId");
        if (!FHIR_ID.matcher(patientId).matches()) {
            throw new InvalidCdsRequestException("$.context.patientId", "must be a FHIR id (letters, digits, '-', '.'; at most 64)");
        }
        String userId = text(context, "userId", "$.context.userId");
        @Nullable String fhirServer = optionalText(root, "fhirServer", "$.fhirServer");
        @Nullable String accessToken = null;
        JsonNode auth = root.get("fhirAuthorization");
        if (auth != null && !auth.isNull()) {
            if (!auth.isObject()) {
                throw new InvalidCdsRequestException("$.fhirAuthorization", "must be an object");
            }
            if (fhirServer == null) {
                throw new InvalidCdsRequestException("$.fhirServer", "is required when fhirAuthorization is given");
            }
            accessToken = text(auth, "access_token", "$.fhirAuthorization.access_token");
            String type = text(auth, "token_type", "$.fhirAuthorization.token_type");
            if (!"Bearer".equals(type)) {
                throw new InvalidCdsRequestException("$.fhirAuthorization.token_type", "must be Bearer");
            }
        }
        if (fhirServer != null && !(fhirServer.startsWith("https://") || fhirServer.startsWith("http://"))) {
            throw new InvalidCdsRequestException("$.fhirServer", "must be an http(s) URL");
        }
        Map<String, JsonNode> prefetch = new LinkedHashMap<>();
        JsonNode pre = root.get("prefetch");
        if (pre != null && !pre.isNull()) {
            if (!pre.isObject()) {
                throw new InvalidCdsRequestException("$.prefetch", "must be an object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = pre.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                prefetch.put(e.getKey(), e.getValue());
            }
        }
        return new CdsCall(hookInstance, patientId, userId, fhirServer, accessToken, prefetch);
    }

    private static String text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidCdsRequestException(path, "is required");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCdsRequestException(path, "must be a non-empty string");
        }
        return value.asText();
    }

    private static @Nullable String optionalText(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidCdsRequestException(path, "must be a non-empty string");
        }
        return value.asText();
    }
}
