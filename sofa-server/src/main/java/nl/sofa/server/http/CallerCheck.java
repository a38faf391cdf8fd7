package nl.sofa.server.http;

import org.jspecify.annotations.Nullable;

/** Checks the caller of a CDS Hooks endpoint; throws a {@link nl.sofa.cds.CdsException} (401) to refuse. */
@FunctionalInterface
public interface CallerCheck {
    /** Lets everyone in: {@code --no-auth}, for local development only. */
    CallerCheck NONE = (authorization, audience) -> { };

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param audience the URL called, which the token's {@code aud} must equal
     */
    void check(@Nullable String authorization, String audience);
}
