package nl.sofa.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.sofa.cds.CdsException;
import nl.sofa.cds.CdsHooksService;
import nl.sofa.cds.CdsRequests;
import nl.sofa.cds.HapiFhirFetcher;
import nl.sofa.cds.InvalidCdsRequestException;
import nl.sofa.cds.feedback.FeedbackStore;
import nl.sofa.server.feedback.JdbcFeedbackStore;
import nl.sofa.cds.auth.CdsAuthenticationException;
import nl.sofa.engine.PackFolderWatch;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.SwappableEngine;
import nl.sofa.server.http.CallerCheck;
import nl.sofa.server.http.Cors;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOFA CDS Hooks service on Javalin (Jetty 12): discovery, {@code patient-view}, feedback and the
 * playground page. {@link #main} is the command line ({@link ServerCommand}); {@link #start} runs it in
 * code, for tests and hosts.
 *
 * <p>Bounded: request bodies ({@link ServerOptions#maxRequestBytes()}), JSON depth, worker threads and
 * their queue, idle connections, fetches from a client's FHIR server. Every CDS Hooks endpoint checks
 * the caller's JWT unless started with {@code --no-auth}. Errors are JSON without stack traces or
 * personal data; the log carries ids, counts and times.
 */
public final class SofaServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SofaServer.class);
    private static final String JSON = "application/json";
    private static final String PLAYGROUND = "/nl/sofa/server/playground/";
    private static final String EXAMPLES = "/nl/sofa/server/examples/";
    private static final List<String> EXAMPLE_NAMES = readExampleNames();

    private final Javalin app;
    private final Serving serving;
    private final String baseUrl;

    private SofaServer(Javalin app, Serving serving, String baseUrl) {
        this.app = app;
        this.serving = serving;
        this.baseUrl = baseUrl;
    }

    /**
     * The command line: {@code java -jar sofa-server.jar [options]}; {@code --help} lists them.
     *
     * @param args the options
     */
    public static void main(String[] args) {
        System.exit(ServerCommand.run(args));
    }

    /**
     * Starts a server and returns once it answers.
     *
     * @param options how to run
     * @param check the caller check for the CDS Hooks endpoints ({@link CallerCheck#NONE} with
     *     {@code noAuth})
     * @return the running server; close it to stop
     */
    public static SofaServer start(ServerOptions options, CallerCheck check) {
        Objects.requireNonNull(options, "options");
        long started = System.nanoTime();
        // The rule base compiles (about a second) while Jetty starts: the two overlap, and start()
        // returns when both are done, so that "ready" means ready to answer a call.
        CompletableFuture<Serving> serving = CompletableFuture.supplyAsync(() -> serving(options));
        AtomicReference<@Nullable CdsHooksService> ready = new AtomicReference<>();
        // The JWT audience is built from the configured public URL (or the bound address), never from
        // the request's Host header: a client must not choose the audience its token is checked against.
        AtomicReference<String> publicBase = new AtomicReference<>(options.publicUrl() != null
                ? stripSlash(options.publicUrl()) : "http://" + options.bind() + ":" + options.port());
        Supplier<CdsHooksService> cds = () -> {
            CdsHooksService service = ready.get();
            return service != null ? service : serving.join().cds();
        };
        Cors cors = new Cors(options.corsOrigins());
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = options.bind();
            cfg.jetty.port = options.port();
            cfg.http.maxRequestSize = options.maxRequestBytes();
            // Threads are bounded by the pool; requests in flight by Jetty's QoSHandler, which lets up
            // to queueCapacity more wait (for at most the idle timeout) and answers 503 beyond that.
            // (A bounded pool queue would also reject Jetty's own jobs: Jetty warns against it.)
            QueuedThreadPool pool = new QueuedThreadPool(options.workerThreads() + 8, 4,
                    (int) options.idleTimeout().toMillis());
            pool.setName("sofa-http");
            cfg.jetty.threadPool = pool;
            cfg.jetty.modifyServletContextHandler(context -> {
                QoSHandler qos = new QoSHandler();
                qos.setMaxRequestCount(options.workerThreads());
                qos.setMaxSuspendedRequestCount(options.queueCapacity());
                qos.setMaxSuspend(options.idleTimeout());
                context.insertHandler(qos);
            });
            cfg.jetty.modifyServer(server -> {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector c) {
                        c.setIdleTimeout(options.idleTimeout().toMillis());
                    }
                }
            });
            cfg.routes.before(ctx -> {
                if (cors.handle(ctx)) {
                    ctx.skipRemainingHandlers();
                }
            });
            cfg.routes.before("/cds-services*", ctx -> {
                if (ctx.method() != io.javalin.http.HandlerType.OPTIONS) {
                    check.check(ctx.header("Authorization"), publicBase.get() + ctx.path());
                }
            });
            cfg.routes.options("/cds-services*", ctx -> ctx.status(204));
            cfg.routes.get("/cds-services", ctx -> json(ctx, 200, cds.get().discovery()));
            cfg.routes.post("/cds-services/{id}", ctx -> json(ctx, 200, cds.get().call(ctx.pathParam("id"), body(ctx, options))));
            cfg.routes.post("/cds-services/{id}/feedback", ctx -> json(ctx, 200,
                    cds.get().feedback(ctx.pathParam("id"), body(ctx, options))));
            cfg.routes.get("/cds-services/{id}/feedback", ctx -> json(ctx, 200,
                    cds.get().feedbackSince(ctx.pathParam("id"), since(ctx.queryParam("since")), limit(ctx.queryParam("limit")))));
            cfg.routes.get("/", ctx -> resource(ctx, PLAYGROUND + "index.html", "text/html; charset=utf-8"));
            cfg.routes.get("/playground.js", ctx -> resource(ctx, PLAYGROUND + "playground.js", "text/javascript; charset=utf-8"));
            cfg.routes.get("/playground.css", ctx -> resource(ctx, PLAYGROUND + "playground.css", "text/css; charset=utf-8"));
            cfg.routes.get("/playground/examples", ctx -> json(ctx, 200, examplesJson()));
            cfg.routes.get("/playground/examples/{name}", ctx -> json(ctx, 200, exampleRequest(ctx.pathParam("name"))));
            cfg.routes.exception(CdsException.class, (e, ctx) -> {
                if (e instanceof CdsAuthenticationException auth) {
                    auth.wwwAuthenticate().ifPresent(value -> ctx.header("WWW-Authenticate", value));
                    LOG.info("{} {} refused: {} ({})", ctx.method(), ctx.path(), e.code(), e.getMessage());
                }
                json(ctx, e.status(), CdsHooksService.errorJson(e));
            });
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> json(ctx, e.getStatus(),
                    httpError(e.getStatus(), options)));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                // Unexpected: log the type and where, answer without details (they may quote data).
                LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getName());
                json(ctx, 500, error("internal-error", "the service failed; the log has the details"));
            });
            cfg.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith(JSON)) {
                    json(ctx, 404, error("not-found", "there is nothing at this path"));
                }
            });
        });
        Serving built;
        try {
            app.start();
            built = serving.join();
        } catch (CompletionException e) {
            app.stop();
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } catch (RuntimeException e) {
            serving.thenAccept(Serving::close);
            throw e;
        }
        ready.set(built.cds());
        String base = options.publicUrl() != null ? stripSlash(options.publicUrl())
                : "http://" + options.bind() + ":" + app.port();
        publicBase.set(base); // with port 0, the port is known only now
        if (options.noAuth()) {
            LOG.warn("*** JWT checking is OFF (--no-auth): anyone who can reach {} gets advice. "
                    + "For local development only. ***", base);
        }
        LOG.info("SOFA CDS Hooks service ready at {}/cds-services in {} ms ({} packs folder, {} CORS origins)",
                base, (System.nanoTime() - started) / 1_000_000, options.packs() == null ? "no" : "a",
                options.corsOrigins().size());
        return new SofaServer(app, built, base);
    }

    private static Serving serving(ServerOptions options) {
        // The feedback database (Flyway) and the FHIR parser's first use (it scans its model classes)
        // need no engine: they run beside the rule base's build.
        CompletableFuture<FeedbackStore> store = CompletableFuture.supplyAsync(
                () -> JdbcFeedbackStore.open(options.databaseUrl(), null, null));
        CompletableFuture<Void> fhir = CompletableFuture.runAsync(SofaServer::warmUpFhir);
        SwappableEngine engine;
        PackFolderWatch watch = null;
        if (options.packs() != null) {
            var build = SwappableEngine.fromFolder(SofaEngine::builder, options.packs());
            engine = SwappableEngine.of(build.get());
            watch = PackFolderWatch.start(engine, options.packs(), build, result -> {
                // Pack authors see why a new version was refused; the old packs keep serving.
                if (result.failure() != null) {
                    LOG.warn("the changed packs were refused, the previous ones keep serving: {}", result.failure().getMessage());
                } else {
                    LOG.info("packs swapped: {} packs serving", result.serving().packs().size());
                }
            });
        } else {
            engine = SwappableEngine.of(SofaEngine.builder().build());
        }
        FeedbackStore feedback = store.join();
        fhir.join();
        CdsHooksService cds = CdsHooksService.builder()
                .engine(engine)
                .feedbackStore(feedback)
                .fhirFetcher(new HapiFhirFetcher(options.fetchTimeout()))
                .maxRequestBytes(options.maxRequestBytes())
                .build();
        warmUp(cds);
        return new Serving(cds, watch, feedback);
    }

    /**
     * One call with a bundled example before the server says it is ready: the first call otherwise
     * pays for loading and compiling the FHIR parser, the rule network and the card writer (seconds
     * on a cold JVM), which an ECD waiting on a professional's screen should not.
     */
    private static void warmUp(CdsHooksService cds) {
        long start = System.nanoTime();
        try {
            cds.call(CdsHooksService.SERVICE_ID, exampleRequest("daily-overload-sole-caregiver").getBytes(StandardCharsets.UTF_8));
            LOG.debug("warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            // Only an optimisation: a pack that changes the example's advice is no reason not to start.
            LOG.warn("the warm-up call failed ({}); serving anyway", e.getClass().getSimpleName());
        }
    }

    private static void warmUpFhir() {
        try {
            CdsRequests.patientView(exampleBundle("daily-overload-sole-caregiver"), UUID.randomUUID().toString(), "Practitioner/warm-up");
        } catch (IOException | RuntimeException e) {
            LOG.warn("the FHIR warm-up failed ({}); serving anyway", e.getClass().getSimpleName());
        }
    }

    /** What serves the calls, built beside the HTTP server. */
    private record Serving(CdsHooksService cds, @Nullable PackFolderWatch watch, FeedbackStore feedback) {
        void close() {
            if (watch != null) {
                watch.close();
            }
            try {
                feedback.close();
            } catch (Exception e) {
                LOG.warn("closing the feedback store failed: {}", e.getClass().getName());
            }
        }
    }

    private static Instant since(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidCdsRequestException("since", "must be an instant such as 2026-12-01T00:00:00Z");
        }
    }

    private static int limit(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidCdsRequestException("limit", "must be a number from 1 to " + CdsHooksService.MAX_FEEDBACK_PAGE);
        }
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL of the service, e.g. {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Stops listening, then releases the pack watch and the feedback database. */
    @Override
    public void close() {
        app.stop();
        serving.close();
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static byte[] body(Context ctx, ServerOptions options) {
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxRequestBytes()) {
            throw new HttpResponseException(413, "too large");
        }
        return ctx.bodyAsBytes();
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType(JSON).result(body);
    }

    private static String httpError(int status, ServerOptions options) {
        return switch (status) {
            case 404 -> error("not-found", "there is nothing at this path");
            case 405 -> error("method-not-allowed", "this path does not take this method");
            case 413 -> error("body-too-large", "the body is larger than " + options.maxRequestBytes() + " bytes");
            default -> error("http-" + status, "the request cannot be served");
        };
    }

    private static String error(String code, String message) {
        return "{\n  \"error\" : \"" + code + "\",\n  \"message\" : \"" + message + "\"\n}";
    }

    private static void resource(Context ctx, String path, String type) {
        InputStream in = SofaServer.class.getResourceAsStream(path);
        if (in == null) {
            json(ctx, 404, error("not-found", "there is nothing at this path"));
            return;
        }
        ctx.contentType(type).header("Cache-Control", "no-cache")
                .header("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'")
                .result(in);
    }

    /** The example names, from the index built with the jar; read once. */
    static List<String> exampleNames() {
        return EXAMPLE_NAMES;
    }

    private static List<String> readExampleNames() {
        try (InputStream in = SofaServer.class.getResourceAsStream(EXAMPLES + "index.txt")) {
            if (in == null) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String examplesJson() {
        StringBuilder out = new StringBuilder("{\n  \"examples\" : [");
        List<String> names = exampleNames();
        for (int i = 0; i < names.size(); i++) {
            out.append(i == 0 ? " " : ", ").append('"').append(names.get(i)).append('"');
        }
        return out.append(" ]\n}").toString();
    }

    private static String exampleBundle(String name) throws IOException {
        try (InputStream in = SofaServer.class.getResourceAsStream(EXAMPLES + name + ".json")) {
            if (in == null) {
                throw new HttpResponseException(404, "no such example");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String exampleRequest(String name) throws IOException {
        if (!exampleNames().contains(name)) {
            throw new HttpResponseException(404, "no such example");
        }
        String bundle = exampleBundle(name);
        // A fixed hookInstance per example keeps the playground's request the same on every load.
        String instance = UUID.nameUUIDFromBytes(("playground|" + name).getBytes(StandardCharsets.UTF_8)).toString();
        return CdsRequests.patientView(bundle, instance, "Practitioner/playground");
    }
}
