package nl.sofa.cds;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.cds.internal.CallReader;
import nl.sofa.cds.internal.CardPhrases;
import nl.sofa.cds.internal.CardWriter;
import nl.sofa.cds.internal.CdsCall;
import nl.sofa.cds.feedback.FeedbackEntry;
import nl.sofa.cds.feedback.FeedbackJson;
import nl.sofa.cds.feedback.FeedbackRequest;
import nl.sofa.cds.feedback.FeedbackStore;
import nl.sofa.cds.feedback.InMemoryFeedbackStore;
import nl.sofa.cds.internal.Names;
import nl.sofa.cds.internal.PrefetchResolver;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.SwappableEngine;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.text.Vocabulary;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SOFA as a CDS Hooks 2.0 service, as JSON in and JSON out, for any web stack: discovery, the
 * {@code patient-view} call and (with {@link nl.sofa.cds.feedback}) feedback. The host routes the
 * three endpoints, checks the caller's JWT ({@link nl.sofa.cds.auth}) and turns a
 * {@link CdsException} into its status and {@link #errorJson(CdsException)}.
 *
 * <pre>{@code
 * CdsHooksService cds = CdsHooksService.builder().engine(SofaEngine.builder().build()).build();
 * // GET  {base}/cds-services                    -> 200 cds.discovery()
 * // POST {base}/cds-services/sofa-patient-view  -> 200 cds.call("sofa-patient-view", body)
 * }</pre>
 *
 * <p>A call goes: prefetch (or the client's FHIR server) → FHIR resources → situation (sofa-fhir's
 * mapping) → advice (the rule engine) → cards. Every prefetch key is needed; missing ones are fetched
 * when the call names a {@code fhirServer} and a {@link FhirFetcher} is configured, else the call gets
 * 412. The cards are deterministic: the same call gives byte-identical cards with the same uuids.
 *
 * <p>Immutable and thread-safe. Logs ids and counts only.
 */
public final class CdsHooksService {
    /** The id of the one service, under {@code {base}/cds-services/}. */
    public static final String SERVICE_ID = "sofa-patient-view";
    /** The hook it answers. */
    public static final String HOOK = "patient-view";
    /** The largest request body by default: 4 MiB, the situation contract's document limit. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    /** The deepest JSON nesting by default; a prefetch Bundle of the FHIR mapping nests about 12 deep. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    /** The most feedback entries one read returns. */
    public static final int MAX_FEEDBACK_PAGE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CdsHooksService.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Function<Situation, Advice> engine;
    private final SofaFhir fhir;
    private final Locale locale;
    private final Map<String, String> prefetch;
    private final CallReader reader;
    private final PrefetchResolver resolver;
    private final CardWriter cards;
    private final CardPhrases phrases = CardPhrases.standard();
    private final String discovery;
    private final FeedbackStore feedback;
    private final Clock clock;

    private CdsHooksService(Builder b) {
        this.engine = Objects.requireNonNull(b.engine, "an engine is required: builder().engine(...)");
        this.fhir = b.fhir;
        this.locale = b.locale;
        this.prefetch = b.prefetch;
        this.reader = new CallReader(b.maxRequestBytes, b.maxDepth);
        this.resolver = new PrefetchResolver(prefetch, fhir, b.fetcher);
        this.cards = new CardWriter(phrases, locale);
        this.discovery = writeDiscovery();
        this.feedback = b.feedback != null ? b.feedback : new InMemoryFeedbackStore();
        this.clock = b.clock;
    }

    /** A builder; only the engine is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The prefetch templates SOFA asks for: every resource the FHIR mapping reads, for the patient in
     * context. An ECD whose data sits elsewhere replaces them with {@link Builder#prefetch(Map)}.
     */
    public static Map<String, String> standardPrefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("episodeOfCare", "EpisodeOfCare?patient={{context.patientId}}&status=planned,waitlist,active,onhold,finished");
        p.put("conditions", "Condition?patient={{context.patientId}}&clinical-status=active");
        p.put("relatedPersons", "RelatedPerson?patient={{context.patientId}}&active=true");
        p.put("carePlans", "CarePlan?patient={{context.patientId}}&category=http://snomed.info/sct|243114000&status=active");
        p.put("tasks", "Task?patient={{context.patientId}}&status=requested,accepted,in-progress,on-hold");
        p.put("consents", "Consent?patient={{context.patientId}}&status=active");
        p.put("observations", "Observation?patient={{context.patientId}}&code="
                + "https://sofa-mantelzorg.github.io/sofa/fhir/CodeSystem/burden-instrument|,"
                + "https://sofa-mantelzorg.github.io/sofa/fhir/CodeSystem/overload-signal|,"
                + "https://sofa-mantelzorg.github.io/sofa/fhir/CodeSystem/derailment-signal|");
        return p;
    }

    /** The discovery document: {@code {"services":[…]}}, the same text on every call. */
    public String discovery() {
        return discovery;
    }

    /** The prefetch templates this service announces, in order. */
    public Map<String, String> prefetch() {
        return prefetch;
    }

    /** The largest request body accepted, in bytes; a host should refuse larger bodies before reading them. */
    public int maxRequestBytes() {
        return reader.maxBytes();
    }

    /**
     * Answers a {@code patient-view} call.
     *
     * @param serviceId the service id from the URL
     * @param body the request body (UTF-8 JSON)
     * @return {@code {"cards":[…]}}
     * @throws UnknownServiceException (404) for another service id
     * @throws InvalidCdsRequestException (400) for a body that is not such a call
     * @throws PrefetchUnavailableException (412) when data is missing and cannot be fetched
     * @throws UnusableFhirDataException (422) when the FHIR data does not map to a situation
     * @throws EvaluationFailedException (500) when the rules fail
     */
    public String call(String serviceId, byte[] body) {
        requireService(serviceId);
        long start = System.nanoTime();
        CdsCall call = reader.read(body);
        List<Resource> resources = resolver.resolve(call);
        requireSamePatient(resources, call.patientId());
        Situation situation;
        try {
            situation = fhir.toSituation(resources);
        } catch (InvalidSituationException e) {
            LOG.info("hook {}: the FHIR data does not map to a situation at {}", call.hookInstance(), e.path());
            throw new UnusableFhirDataException(e);
        }
        Advice advice;
        try {
            advice = engine.apply(situation);
        } catch (EvaluationException e) {
            LOG.warn("hook {}: evaluation of situation {} failed: {}", call.hookInstance(), situation.id(), e.getMessage());
            throw new EvaluationFailedException(e);
        }
        Names names = Names.of(resources, situation, locale, phrases);
        ArrayNode list = cards.cards(SERVICE_ID, call.patientId(), advice, situation, names);
        ObjectNode response = NODES.objectNode();
        response.set("cards", list);
        String json = response.toPrettyString();
        LOG.info("hook {}: situation {} gave {} cards in {} ms", call.hookInstance(), situation.id(), list.size(),
                (System.nanoTime() - start) / 1_000_000);
        return json;
    }

    /**
     * Keeps the outcomes a client reports for cards ({@code POST …/{id}/feedback}).
     *
     * @param serviceId the service id from the URL
     * @param body the feedback body
     * @return {@code {}}: the specification asks for 200 OK and nothing more
     * @throws UnknownServiceException (404) for another service id
     * @throws nl.sofa.cds.feedback.InvalidFeedbackException (400) naming the JSON path of the problem
     * @throws nl.sofa.cds.feedback.FeedbackStoreException (503) when the store refused; nothing was kept
     */
    public String feedback(String serviceId, byte[] body) {
        requireService(serviceId);
        List<FeedbackEntry> entries = FeedbackRequest.parse(serviceId, body, clock.instant());
        feedback.store(entries);
        LOG.info("feedback on {}: {} outcomes kept", serviceId, entries.size());
        return "{ }";
    }

    /**
     * The feedback kept since a moment, oldest first, so that an organisation sees which suggestions
     * are overridden and why ({@code GET …/{id}/feedback?since=…&limit=…}).
     *
     * @param serviceId the service id from the URL
     * @param since the earliest receipt time
     * @param limit the most entries, 1 to {@link #MAX_FEEDBACK_PAGE}
     * @return {@code {"feedback":[…]}}
     */
    public String feedbackSince(String serviceId, Instant since, int limit) {
        requireService(serviceId);
        if (limit < 1 || limit > MAX_FEEDBACK_PAGE) {
            throw new InvalidCdsRequestException("limit", "must be 1 to " + MAX_FEEDBACK_PAGE);
        }
        return FeedbackJson.write(feedback.since(since, limit));
    }

    /**
     * The error body for a failure: {@code {"error": code, "message": …}}, without personal data.
     *
     * @param e the failure
     * @return the JSON text
     */
    public static String errorJson(CdsException e) {
        ObjectNode node = NODES.objectNode();
        node.put("error", e.code());
        node.put("message", e.getMessage());
        if (e instanceof PrefetchUnavailableException p) {
            ArrayNode keys = node.putArray("missingPrefetch");
            p.missingKeys().forEach(keys::add);
        }
        if (e instanceof InvalidCdsRequestException r) {
            node.put("path", r.path());
        }
        if (e instanceof UnusableFhirDataException u) {
            node.put("path", u.path());
        }
        if (e instanceof nl.sofa.cds.feedback.InvalidFeedbackException f) {
            node.put("path", f.path());
        }
        return node.toPrettyString();
    }

    private void requireService(String serviceId) {
        if (!SERVICE_ID.equals(serviceId)) {
            throw new UnknownServiceException(serviceId);
        }
    }

    private static void requireSamePatient(List<Resource> resources, String patientId) {
        for (Resource r : resources) {
            // Advice about another client than the one on screen is the worst mistake a card can make.
            if (r instanceof Patient p && !patientId.equals(p.getIdElement().getIdPart())) {
                throw new InvalidCdsRequestException("$.prefetch",
                        "holds a Patient other than context.patientId; SOFA advises on the patient in context only");
            }
        }
    }

    private String writeDiscovery() {
        ObjectNode root = NODES.objectNode();
        ObjectNode service = root.putArray("services").addObject();
        service.put("hook", HOOK);
        service.put("title", phrases.get("service.title", locale));
        service.put("description", phrases.get("service.description", locale));
        service.put("id", SERVICE_ID);
        ObjectNode pre = service.putObject("prefetch");
        prefetch.forEach(pre::put);
        return root.toPrettyString();
    }

    /** Builds a {@link CdsHooksService}. */
    public static final class Builder {
        private @Nullable Function<Situation, Advice> engine;
        private SofaFhir fhir = SofaFhir.standard();
        private Locale locale = Vocabulary.DUTCH;
        private Map<String, String> prefetch = standardPrefetch();
        private @Nullable FhirFetcher fetcher;
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int maxDepth = DEFAULT_MAX_DEPTH;
        private @Nullable FeedbackStore feedback;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The engine that judges each situation. */
        public Builder engine(SofaEngine engine) {
            Objects.requireNonNull(engine, "engine");
            this.engine = engine::evaluate;
            return this;
        }

        /** An engine whose packs may be swapped while the service runs ({@code --packs} with a watch). */
        public Builder engine(SwappableEngine engine) {
            Objects.requireNonNull(engine, "engine");
            this.engine = engine::evaluate;
            return this;
        }

        /** The FHIR mapping; {@link SofaFhir#standard()} by default. */
        public Builder fhir(SofaFhir fhir) {
            this.fhir = Objects.requireNonNull(fhir, "fhir");
            return this;
        }

        /** The language of cards and discovery: Dutch by default, English for any non-Dutch locale. */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** Replaces the prefetch templates (keys and queries); every key is then required per call. */
        public Builder prefetch(Map<String, String> templates) {
            if (templates.isEmpty()) {
                throw new IllegalArgumentException("at least one prefetch template is needed");
            }
            this.prefetch = new LinkedHashMap<>(templates);
            return this;
        }

        /** Fetches missing prefetch from the client's {@code fhirServer}; without one, such calls get 412. */
        public Builder fhirFetcher(FhirFetcher fetcher) {
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /** The largest request body, in bytes (default 4 MiB). */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /** The deepest JSON nesting of a request (default 64). */
        public Builder maxDepth(int depth) {
            if (depth < 16) {
                throw new IllegalArgumentException("maxDepth must be at least 16 (FHIR resources nest)");
            }
            this.maxDepth = depth;
            return this;
        }

        /**
         * Where feedback is kept: {@code sofa-server} uses a JDBC database; by default an
         * {@link InMemoryFeedbackStore} (lost at restart, bounded).
         */
        public Builder feedbackStore(FeedbackStore store) {
            this.feedback = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock that stamps feedback on receipt (tests). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** An immutable, thread-safe service. */
        public CdsHooksService build() {
            return new CdsHooksService(this);
        }
    }
}
