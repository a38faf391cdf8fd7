package nl.sofa.server;

import nl.sofa.server.http.CallerCheck;

/** Builds the caller check the options ask for. */
final class Security {
    private Security() {
    }

    static CallerCheck callerCheck(ServerOptions options) {
        if (options.noAuth()) {
            return CallerCheck.NONE;
        }
        throw new IllegalArgumentException("JWT checking is not wired yet");
    }
}
