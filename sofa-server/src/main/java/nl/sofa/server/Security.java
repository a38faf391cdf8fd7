package nl.sofa.server;

import nl.sofa.cds.auth.CdsAuthenticator;
import nl.sofa.cds.auth.TrustedIssuers;
import nl.sofa.server.http.CallerCheck;

/** Builds the caller check the options ask for. */
final class Security {
    private Security() {
    }

    /**
     * The JWT check of CDS Hooks for every call, or none with {@code --no-auth}.
     *
     * @throws nl.sofa.cds.auth.TrustedIssuersException (an IllegalArgumentException: exit 2) naming the
     *     file and JSON path of a bad trusted-issuers file
     */
    static CallerCheck callerCheck(ServerOptions options) {
        if (options.noAuth()) {
            return CallerCheck.NONE;
        }
        CdsAuthenticator authenticator = CdsAuthenticator.builder(TrustedIssuers.read(options.trustedIssuers())).build();
        return authenticator::authenticate;
    }
}
