package nl.sofa.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import nl.sofa.advice.Advice;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.json.internal.JsonOutput;
import nl.sofa.json.internal.SituationParser;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;

/**
 * The JSON contract v1: reads situations (validating every rule of the contract) and writes
 * situations, advice and the catalog.
 *
 * <pre>{@code
 * SofaJson json = SofaJson.standard();
 * Situation situation = json.readSituation(bytes);   // InvalidSituationException names the path
 * String out = json.writeAdvice(advice);
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance. The {@code with…} methods return a new
 * instance. Reading never returns a partial situation: a document is accepted whole or rejected
 * with one {@link InvalidSituationException} that names the JSON path of the first problem in
 * document order. Writing is deterministic: equal values give byte-identical output.
 *
 * <p>Stable since 0.1.
 */
public final class SofaJson {
    private static final SofaJson STANDARD = new SofaJson(ReadLimits.defaults(), false);

    private final ReadLimits limits;
    private final boolean pretty;
    private final SituationParser parser;
    private final JsonOutput output;

    private SofaJson(ReadLimits limits, boolean pretty) {
        this.limits = limits;
        this.pretty = pretty;
        this.parser = new SituationParser(limits);
        this.output = new JsonOutput(pretty);
    }

    /** Default limits, compact output (one line). */
    public static SofaJson standard() {
        return STANDARD;
    }

    /** A copy reading with these limits. */
    public SofaJson withLimits(ReadLimits limits) {
        return new SofaJson(Objects.requireNonNull(limits, "limits"), pretty);
    }

    /** A copy that writes indented JSON (two spaces, {@code \n}) instead of one line. */
    public SofaJson withPrettyPrinting(boolean pretty) {
        return new SofaJson(limits, pretty);
    }

    /** The limits this instance reads with. */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * Reads and validates a situation from UTF-8 JSON.
     *
     * @throws InvalidSituationException naming the path of the first problem
     */
    public Situation readSituation(byte[] json) {
        return parser.parse(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads and validates a situation.
     *
     * @throws InvalidSituationException naming the path of the first problem
     */
    public Situation readSituation(String json) {
        return readSituation(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads and validates a situation from a UTF-8 stream, reading at most
     * {@link ReadLimits#maxDocumentBytes()} (plus one, to tell that it is too long). The stream is
     * not closed.
     *
     * @throws InvalidSituationException naming the path of the first problem
     * @throws UncheckedIOException when the stream cannot be read
     */
    public Situation readSituation(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the situation", e);
        }
        return readSituation(bytes);
    }

    /** Writes a situation as JSON in the contract's field order. */
    public String writeSituation(Situation situation) {
        return output.situation(Objects.requireNonNull(situation, "situation"));
    }

    /** Writes an advice as JSON in the contract's field and entry order. */
    public String writeAdvice(Advice advice) {
        return output.advice(Objects.requireNonNull(advice, "advice"));
    }

    /** Writes an advice as UTF-8 JSON to {@code out}, which is flushed but not closed. */
    public void writeAdvice(Advice advice, OutputStream out) {
        output.advice(Objects.requireNonNull(advice, "advice"), new NonClosing(out));
    }

    /**
     * Writes a catalog as {@code {"actions": [{"id", "role", "phase", "text": {"nl", "en"}}, ...],
     * "flags": [{"code", "text": {"nl", "en"}}, ...]}}.
     */
    public String writeCatalog(ActionCatalog catalog) {
        return output.catalog(catalog.all(), catalog.flags());
    }

    /** Lets a generator close its output without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
