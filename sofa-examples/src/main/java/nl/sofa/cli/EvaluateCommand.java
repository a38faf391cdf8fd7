package nl.sofa.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.sofa.advice.Advice;
import nl.sofa.advice.text.AdviceText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.RuleInfo;
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
@Command(name = "evaluate", description = "Prints the advice for a situation, or for each line of an ndjson batch.")
final class EvaluateCommand implements Callable<Integer> {
    private static final SofaJson COMPACT = SofaJson.standard();
    private static final SofaJson PRETTY = SofaJson.standard().withPrettyPrinting(true);

    @ParentCommand
    private SofaCli cli;

    @Mixin
    private EngineOptions engineOptions;

    @Mixin
    private FhirInput fhirInput;

    @Option(names = "--ndjson", description = "FILE holds one situation per line; prints one advice per line.")
    private boolean ndjson;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Evaluates an ndjson batch on N threads (output identical to one thread). Default: 1.")
    private int threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the advice contract), text (for a person to read) or fhir (a FHIR R4 Bundle:"
                    + " GuidanceResponse, RequestGroup, DetectedIssue). Default: json.")
    private String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "nl",
            description = "The language of --format text: nl or en (JSON holds both). Default: nl.")
    private String lang;

    @Parameters(index = "0", paramLabel = "FILE", description = "The situation (JSON), or - for standard input.")
    private String file;

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
        SofaEngine engine = engineOptions.engine();
        return ndjson ? batch(engine) : single(engine);
    }

    private int single(SofaEngine engine) {
        Situation situation = fhirInput.read(file, cli);
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
        NdjsonBatch batch = new NdjsonBatch((number, line) -> line(engine, number, line), threads,
                COMPACT.limits().maxDocumentBytes());
        long failed;
        try (InputStream in = Inputs.open(file, cli.stdin())) {
            failed = batch.run(in, out, number -> failedLine(number, new CliFailure(CliFailure.Kind.INVALID_SITUATION,
                    "the line is longer than " + COMPACT.limits().maxDocumentBytes() + " bytes", "$", null, null)));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failed == 0 ? 0 : 2;
    }

    /** One ndjson line: its advice, or its error in its place; a bug in the engine still fails the run. */
    private static NdjsonBatch.LineResult line(SofaEngine engine, long number, byte[] line) {
        try {
            Situation situation = COMPACT.readSituation(line);
            return new NdjsonBatch.LineResult(COMPACT.writeAdvice(evaluate(engine, situation))
                    .getBytes(StandardCharsets.UTF_8), false);
        } catch (InvalidSituationException e) {
            return failedLine(number, new CliFailure(CliFailure.Kind.INVALID_SITUATION, e.problem(), e.path(), null,
                    e.line()));
        } catch (CliFailure e) {
            if (e.kind == CliFailure.Kind.INTERNAL) {
                throw e;
            }
            return failedLine(number, e);
        }
    }

    private static NdjsonBatch.LineResult failedLine(long number, CliFailure failure) {
        return new NdjsonBatch.LineResult(ErrorObjects.ofLine(number, failure).getBytes(StandardCharsets.UTF_8), true);
    }

    /**
     * Evaluates; a rule of an added pack that fails is INVALID_PACK (the pack is at fault), a
     * built-in rule that fails is INTERNAL (a bug in SOFA).
     */
    private static Advice evaluate(SofaEngine engine, Situation situation) {
        try {
            return engine.evaluate(situation);
        } catch (EvaluationException e) {
            boolean builtin = e.ruleId() == null || engine.rules().stream()
                    .anyMatch(r -> r.ruleId().equals(e.ruleId()) && r.packId().equals("sofa-builtin"));
            String message = e.getMessage();
            if (builtin) {
                throw new CliFailure(CliFailure.Kind.INTERNAL, "an internal error occurred (a bug in sofa): " + message,
                        null, null, null);
            }
            String packId = engine.rules().stream().filter(r -> r.ruleId().equals(e.ruleId())).map(RuleInfo::packId)
                    .findFirst().orElse(null);
            throw new CliFailure(CliFailure.Kind.INVALID_PACK, "pack " + packId + ": " + message, null, null, null);
        }
    }
}
