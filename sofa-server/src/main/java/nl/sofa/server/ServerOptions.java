package nl.sofa.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link SofaServer} runs. Built by the command line ({@link ServerCommand}) or in code (tests,
 * hosts embedding the server).
 *
 * @param bind the address to listen on; {@code 127.0.0.1} by default, so that nothing is exposed
 *     until someone says so
 * @param port the port; 0 picks a free one (tests)
 * @param publicUrl the base URL clients call, used as the JWT audience ({@code {publicUrl}/cds-services/…});
 *     null means {@code http://{bind}:{port}}
 * @param packs a folder of rule packs, watched and swapped in while serving; or null
 * @param trustedIssuers the trusted-issuers file (JWT issuers and their keys); required unless noAuth
 * @param noAuth whether JWT checking is off (local development only; logged loudly)
 * @param corsOrigins the browser origins allowed to call (exact {@code scheme://host[:port]}); empty: none
 * @param databaseUrl the JDBC URL of the feedback database
 * @param maxRequestBytes the largest request body
 * @param workerThreads the most requests served at once
 * @param queueCapacity the most requests waiting for a worker; beyond it a request is refused (503)
 * @param idleTimeout how long a connection may idle or a body may trickle in
 * @param fetchTimeout the timeout of each fetch from a client's FHIR server
 */
public record ServerOptions(
        String bind,
        int port,
        @Nullable String publicUrl,
        @Nullable Path packs,
        @Nullable Path trustedIssuers,
        boolean noAuth,
        List<String> corsOrigins,
        String databaseUrl,
        int maxRequestBytes,
        int workerThreads,
        int queueCapacity,
        Duration idleTimeout,
        Duration fetchTimeout) {

    /** The default feedback database: an H2 file in {@code ./sofa-data}, created on first start. */
    public static final String DEFAULT_DATABASE_URL = "jdbc:h2:file:./sofa-data/feedback";

    /** Checks the values. */
    public ServerOptions {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        corsOrigins = List.copyOf(corsOrigins);
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        if (!noAuth && trustedIssuers == null) {
            throw new IllegalArgumentException(
                    "JWT checking needs --trusted-issuers FILE; for local development only, --no-auth turns it off");
        }
        if (workerThreads < 2 || queueCapacity < 1 || maxRequestBytes < 1024) {
            throw new IllegalArgumentException("workerThreads >= 2, queueCapacity >= 1, maxRequestBytes >= 1024");
        }
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("a CORS origin is scheme://host[:port], without a path: " + origin);
            }
        }
    }

    /** Defaults for local development: loopback, port 8080, no auth, no CORS, H2 file. */
    public static ServerOptions localDevelopment() {
        return new ServerOptions("127.0.0.1", 8080, null, null, null, true, List.of(), DEFAULT_DATABASE_URL,
                4 * 1024 * 1024, 16, 64, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** A copy listening on another port. */
    public ServerOptions withPort(int newPort) {
        return new ServerOptions(bind, newPort, publicUrl, packs, trustedIssuers, noAuth, corsOrigins, databaseUrl,
                maxRequestBytes, workerThreads, queueCapacity, idleTimeout, fetchTimeout);
    }

    /** A copy with another feedback database. */
    public ServerOptions withDatabaseUrl(String url) {
        return new ServerOptions(bind, port, publicUrl, packs, trustedIssuers, noAuth, corsOrigins, url,
                maxRequestBytes, workerThreads, queueCapacity, idleTimeout, fetchTimeout);
    }

    /** A copy with JWT checking against this trusted-issuers file. */
    public ServerOptions withAuth(Path issuers, @Nullable String url) {
        return new ServerOptions(bind, port, url, packs, issuers, false, corsOrigins, databaseUrl,
                maxRequestBytes, workerThreads, queueCapacity, idleTimeout, fetchTimeout);
    }

    /** A copy allowing these browser origins. */
    public ServerOptions withCorsOrigins(List<String> origins) {
        return new ServerOptions(bind, port, publicUrl, packs, trustedIssuers, noAuth, origins, databaseUrl,
                maxRequestBytes, workerThreads, queueCapacity, idleTimeout, fetchTimeout);
    }

    /** A copy serving the packs in this folder. */
    public ServerOptions withPacks(@Nullable Path folder) {
        return new ServerOptions(bind, port, publicUrl, folder, trustedIssuers, noAuth, corsOrigins, databaseUrl,
                maxRequestBytes, workerThreads, queueCapacity, idleTimeout, fetchTimeout);
    }
}
