package nl.sofa.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import nl.sofa.advice.Advice;
import nl.sofa.advice.text.AdviceText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sofa evaluate FILE}: the advice for one situation; with {@code --ndjson}, one advice per
 * input line, in order, on {@code --threads} threads. {@code --format text [--lang nl|en]} prints the
 * one advice for a person to read ({@link AdviceText}) instead of JSON.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = SofaCli.Version.class,
        description = "Prints the advice for a situation, or for each line of an ndjson batch.")
final class EvaluateCommand implements Callable<Integer> {
    private static final SofaJson COMPACT = SofaJson.standard();
    private static final SofaJson PRETTY = SofaJson.standard().withPrettyPrinting(true);
    private static final String BUILTIN_PACK = "sofa-builtin";

    @ParentCommand
    private SofaCli cli;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    FhirInput fhirInput;

    @Option(names = "--ndjson", description = "FILE holds one situation per line; prints one advice per line.")
    boolean ndjson;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Evaluates an ndjson batch on N threads (output identical to one thread). Default: 1.")
    int threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the advice contract), text (for a person to read) or fhir (a FHIR R4 Bundle:"
                    + " GuidanceResponse, RequestGroup, DetectedIssue). Default: json.")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl",
            description = "The language of --format text: nl or en (JSON holds both). Default: nl.")
    String lang;

    @Option(names = "--rule-exception-messages", description = "When a pack's rule throws, puts the exception's"
            + " message into the error. Off by default: the message may quote the situation (a name, a condition),"
            + " and errors are often logged.")
    boolean ruleExceptionMessages;

    @Parameters(index = "0", paramLabel = "FILE", description = "The situation (JSON), or - for standard input.")
    String file;

    /** For picocli, which sets the fields. */
    EvaluateCommand() {
    }

    /** For {@link PlainEvaluate}, which sets the options itself; the defaults are picocli's. */
    EvaluateCommand(SofaCli cli, EngineOptions engineOptions, FhirInput fhirInput) {
        this.cli = cli;
        this.engineOptions = engineOptions;
        this.fhirInput = fhirInput;
        this.threads = 1;
        this.format = "json";
        this.lang = "nl";
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw CliFailure.usage("--threads must be at least 1");
        }
        if (threads > 1 && !ndjson) {
            throw CliFailure.usage("--threads applies to an ndjson batch: add --ndjson");
        }
        if (!format.equals("json") && !format.equals("text") && !format.equals("fhir")) {
            throw CliFailure.usage("--format must be json, text or fhir");
        }
        if (!lang.equals("nl") && !lang.equals("en")) {
            throw CliFailure.usage("--lang must be nl or en");
        }
        if (ndjson && format.equals("text")) {
            // An ndjson batch is read by programs, one JSON advice per line; text has no lines to keep apart.
            throw CliFailure.usage("--format text applies to one situation, not to an ndjson batch");
        }
        fhirInput.start(format, ndjson, file, cli);
        if (ndjson) {
            return batch(engineOptions.engine());
        }
        if (engineOptions.isDefault()) {
            // No pack can be at fault, so no error changes place: read the situation while the
            // default engine is being built on its own thread.
            Situation situation = fhirInput.read(file, cli);
            return single(engineOptions.engine(), situation);
        }
        SofaEngine engine = engineOptions.engine();
        return single(engine, fhirInput.read(file, cli));
    }

    private int single(SofaEngine engine, Situation situation) {
        Advice advice = evaluate(engine, situation);
        if (format.equals("text")) {
            cli.stdout().print(AdviceText.render(advice, Locale.forLanguageTag(lang)));
        } else {
            cli.stdout().println(fhirInput.fhirOutput() ? FhirInput.write(advice, situation) : PRETTY.writeAdvice(advice));
        }
        return 0;
    }

    private int batch(SofaEngine engine) {
        OutputStream out = new BufferedOutputStream(cli.stdout(), 1 << 16);
        BatchSummary summary = new BatchSummary();
        NdjsonBatch batch = new NdjsonBatch((number, line) -> line(engine, number, line, summary), threads,
                COMPACT.limits().maxDocumentBytes());
        long failed;
        try (InputStream in = Inputs.open(file, cli.stdin())) {
            failed = batch.run(in, out, number -> summary.failed(number, new CliFailure(
                    CliFailure.Kind.INVALID_SITUATION, "the line is longer than " + COMPACT.limits().maxDocumentBytes()
                            + " bytes", "$", null, null)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (failed == 0) {
            return 0;
        }
        // The lines' own errors are on stdout in their places; stderr ends with the one error object
        // of contract v1 §3, so a script that reads only the last line of stderr learns why it was 2.
        throw summary.failure("-".equals(file) ? null : file);
    }

    /** One ndjson line: its advice, or its error in its place; a bug in the engine still fails the run. */
    private NdjsonBatch.LineResult line(SofaEngine engine, long number, byte[] line, BatchSummary summary) {
        try {
            Situation situation = COMPACT.readSituation(line);
            return new NdjsonBatch.LineResult(adviceBytes(evaluate(engine, situation)), false);
        } catch (InvalidSituationException e) {
            return summary.failed(number, new CliFailure(CliFailure.Kind.INVALID_SITUATION, e.problem(), e.path(), null,
                    e.line()));
        } catch (CliFailure e) {
            if (e.kind == CliFailure.Kind.INTERNAL) {
                throw e;
            }
            return summary.failed(number, e);
        }
    }

    /**
     * The advice as compact UTF-8 JSON, written straight to bytes: the String in between (a char
     * writer, then the encoding) took about a fifth of a batch worker's time. Equal to the
     * String's bytes, except where text holds an unpaired surrogate: the byte writer escapes it (a
     * backslash-u escape D800 to DFFF) where the String encodes it as a question mark; then the
     * String path is taken.
     */
    static byte[] adviceBytes(Advice advice) {
        LineBuffer out = LINE_BUFFER.get();
        out.reset();
        COMPACT.writeAdvice(advice, out);
        byte[] json = out.toByteArray();
        if (out.capacity() > LineBuffer.MOST_KEPT) {
            // A huge advice grew this thread's buffer: let it go rather than keep it for the thread's life.
            LINE_BUFFER.remove();
        }
        return mayHoldEscapedSurrogate(json) ? COMPACT.writeAdvice(advice).getBytes(StandardCharsets.UTF_8) : json;
    }

    /**
     * Each thread's buffer for one line's advice, reused from line to line: a fresh buffer grew from
     * 4 KB by copies to hold a typical advice (10–16 KB), and those copies were most of what writing
     * a batch line allocated.
     */
    private static final ThreadLocal<LineBuffer> LINE_BUFFER = ThreadLocal.withInitial(LineBuffer::new);

    private static final class LineBuffer extends java.io.ByteArrayOutputStream {
        static final int FIRST = 32 * 1024;
        static final int MOST_KEPT = 1024 * 1024;

        LineBuffer() {
            super(FIRST);
        }

        int capacity() {
            return buf.length;
        }
    }

    /** Whether the bytes hold a backslash-u escape D800 to DFFF (or an escaped backslash before such text). */
    private static boolean mayHoldEscapedSurrogate(byte[] json) {
        for (int i = 0; i + 3 < json.length; i++) {
            if (json[i] == '\\' && json[i + 1] == 'u' && (json[i + 2] | 0x20) == 'd') {
                int c = json[i + 3] | 0x20;
                if (c == '8' || c == '9' || c >= 'a' && c <= 'f') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Counts the failed lines of a batch by kind, from any worker thread. */
    private static final class BatchSummary {
        private final ConcurrentMap<CliFailure.Kind, LongAdder> byKind = new ConcurrentSkipListMap<>();
        private final AtomicLong firstLine = new AtomicLong(Long.MAX_VALUE);

        NdjsonBatch.LineResult failed(long number, CliFailure failure) {
            byKind.computeIfAbsent(failure.kind, k -> new LongAdder()).increment();
            firstLine.accumulateAndGet(number, Math::min);
            return new NdjsonBatch.LineResult(ErrorObjects.ofLine(number, failure).getBytes(StandardCharsets.UTF_8),
                    true);
        }

        /** The batch's one error: the kind of most failed lines (a pack's fault before the input's on a tie). */
        CliFailure failure(String file) {
            CliFailure.Kind kind = null;
            long most = 0;
            long total = 0;
            StringJoiner counts = new StringJoiner(", ");
            for (var entry : byKind.entrySet()) {
                long count = entry.getValue().sum();
                total += count;
                counts.add(count + " " + entry.getKey());
                if (count > most || count == most && entry.getKey() == CliFailure.Kind.INVALID_PACK) {
                    most = count;
                    kind = entry.getKey();
                }
            }
            return new CliFailure(kind, total + (total == 1 ? " line" : " lines") + " of the batch failed (" + counts
                    + "); the first is line " + firstLine.get() + "; each line's error is in its place on stdout",
                    null, file, null);
        }
    }

    /**
     * Evaluates; a rule of an added pack that fails is INVALID_PACK (the pack is at fault), a
     * built-in rule that fails is INTERNAL (a bug in SOFA).
     */
    private Advice evaluate(SofaEngine engine, Situation situation) {
        try {
            return engine.evaluate(situation);
        } catch (EvaluationException e) {
            if (e.packId() == null || e.packId().equals(BUILTIN_PACK)) {
                throw new CliFailure(CliFailure.Kind.INTERNAL, "an internal error occurred (a bug in sofa): "
                        + e.getMessage(), null, null, null);
            }
            String message = e.getMessage();
            if (ruleExceptionMessages && e.thrownType() != null) {
                message += "; its message: " + e.thrownMessage();
            }
            throw new CliFailure(CliFailure.Kind.INVALID_PACK, message, null, e.file(), e.line());
        }
    }
}
