package nl.sofa.server.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/**
 * CORS for browser-based CDS clients, for exactly the configured origins. Written out rather than a
 * plugin, because what it allows is a security decision a reviewer should see on one page: an origin
 * in the list gets {@code Access-Control-Allow-Origin} with that origin (never {@code *}, since calls
 * carry an {@code Authorization} header), any other origin gets no CORS headers at all, and its
 * preflight is refused with 403.
 */
public final class Cors {
    private static final String METHODS = "GET, POST, OPTIONS";
    private static final String HEADERS = "Authorization, Content-Type";
    private final Set<String> origins;

    /** @param origins the allowed origins, {@code scheme://host[:port]} */
    public Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /**
     * Adds the headers for an allowed origin; answers a preflight.
     *
     * @return whether the request is finished (a preflight)
     */
    public boolean handle(Context ctx) {
        String origin = ctx.header("Origin");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        ctx.header("Vary", "Origin");
        if (origin == null) {
            return false;
        }
        if (!origins.contains(origin)) {
            if (preflight) {
                ctx.status(403).contentType("application/json")
                        .result("{\"error\":\"origin-not-allowed\",\"message\":\"this origin may not call the service\"}");
                return true;
            }
            return false;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        if (preflight) {
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", HEADERS);
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
            return true;
        }
        return false;
    }
}
