package nl.sofa.server;

/** The runnable SOFA CDS Hooks service. */
public final class SofaServer {
    private SofaServer() {
    }

    /**
     * Starts the server.
     *
     * @param args the command-line options
     */
    public static void main(String[] args) {
        throw new UnsupportedOperationException("not yet");
    }
}
