package nl.sofa.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.sofa.server.http.CallerCheck;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar sofa-server.jar}: every option also reads an environment variable (named in
 * {@code --help}), so that a container or a service manager configures it without a command line.
 */
@Command(name = "sofa-server", mixinStandardHelpOptions = true, version = "sofa-server 0.1.0",
        description = {"SOFA as a CDS Hooks 2.0 service: patient-view cards about informal caregivers.",
                "Listens on 127.0.0.1:8080 by default. Exit codes: 0 stopped, 2 bad options or files, 1 failure."},
        sortOptions = false)
final class ServerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "${env:SOFA_PORT:-8080}",
            description = "Port to listen on (env SOFA_PORT; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "${env:SOFA_BIND:-127.0.0.1}",
            description = "Address to listen on (env SOFA_BIND; default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String bind;

    @Option(names = "--public-url", defaultValue = "${env:SOFA_PUBLIC_URL}",
            description = "Base URL clients use, e.g. https://cds.example.nl (env SOFA_PUBLIC_URL); the JWT audience is "
                    + "this plus the path. Default: http://BIND:PORT.")
    @Nullable String publicUrl;

    @Option(names = "--packs", defaultValue = "${env:SOFA_PACKS}", paramLabel = "DIR",
            description = "Folder of rule packs, watched and swapped in while serving (env SOFA_PACKS).")
    @Nullable Path packs;

    @Option(names = "--trusted-issuers", defaultValue = "${env:SOFA_TRUSTED_ISSUERS}", paramLabel = "FILE",
            description = "JSON file of the JWT issuers allowed to call and their public keys (env SOFA_TRUSTED_ISSUERS).")
    @Nullable Path trustedIssuers;

    @Option(names = "--cors-origins", defaultValue = "${env:SOFA_CORS_ORIGINS}", split = ",", paramLabel = "ORIGIN",
            description = "Browser origins allowed to call, comma-separated, e.g. https://ecd.example.nl (env SOFA_CORS_ORIGINS).")
    @Nullable List<String> corsOrigins;

    @Option(names = "--database-url", defaultValue = "${env:SOFA_DATABASE_URL:-" + ServerOptions.DEFAULT_DATABASE_URL + "}",
            paramLabel = "JDBC_URL", description = "Where feedback is stored (env SOFA_DATABASE_URL; default ${DEFAULT-VALUE}).")
    String databaseUrl;

    @Option(names = "--no-auth", defaultValue = "${env:SOFA_NO_AUTH:-false}",
            description = "Turn JWT checking off. For local development only (env SOFA_NO_AUTH).")
    boolean noAuth;

    @Option(names = "--max-request-bytes", defaultValue = "4194304", hidden = true)
    int maxRequestBytes;

    @Option(names = "--threads", defaultValue = "16", description = "Requests served at once (default ${DEFAULT-VALUE}).")
    int threads;

    private final CountDownLatch stopped = new CountDownLatch(1);

    static int run(String[] args) {
        CommandLine cli = new CommandLine(new ServerCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            System.err.println("sofa-server: " + e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        List<String> origins = new ArrayList<>();
        if (corsOrigins != null) {
            for (String o : corsOrigins) {
                if (!o.isBlank()) {
                    origins.add(o.strip());
                }
            }
        }
        ServerOptions options = new ServerOptions(bind, port, publicUrl, packs, trustedIssuers, noAuth, origins,
                databaseUrl, maxRequestBytes, threads, 64, Duration.ofSeconds(30), Duration.ofSeconds(5));
        CallerCheck check = Security.callerCheck(options);
        SofaServer server = SofaServer.start(options, check);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "sofa-server-stop"));
        stopped.await();
        return 0;
    }
}
