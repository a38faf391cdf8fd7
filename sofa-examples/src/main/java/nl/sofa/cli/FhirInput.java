package nl.sofa.cli;

import ca.uhn.fhir.context.PerformanceOptionsEnum;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.sofa.advice.Advice;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import picocli.CommandLine.Option;

/**
 * The FHIR options of {@code sofa evaluate}: {@code --fhir} reads FILE as a FHIR R4 Bundle, and
 * {@code --format fhir} (an option of EvaluateCommand) prints the advice as a FHIR Bundle. Kept apart from EvaluateCommand so that
 * the JSON path stays as it is; HAPI is loaded only when one of them is given.
 */
final class FhirInput {
    @Option(names = "--fhir", description = "FILE is a FHIR R4 Bundle (JSON) of the client's resources (see docs/fhir.md).")
    boolean fhir;

    /** The value of {@code evaluate --format}, which EvaluateCommand owns and checks. */
    private String format = "json";

    /** Whether this run writes the advice as FHIR. */
    boolean fhirOutput() {
        return "fhir".equals(format);
    }

    private CompletableFuture<Situation> reading;

    /**
     * Checks the combination of options, then starts reading the Bundle on another thread: HAPI's
     * first parse costs about as much as building the engine, which runs meanwhile.
     */
    void start(String format, boolean ndjson, String file, SofaCli cli) {
        this.format = format;
        if (ndjson && (fhir || fhirOutput())) {
            throw CliFailure.usage("--fhir and --format fhir read and write one situation: leave out --ndjson");
        }
        if (fhir || fhirOutput()) {
            // A one-shot process: HAPI scans each model class when first met instead of all at once
            // (about 15% less CPU at start-up, measured in docs/performance.md). Set by the
            // application, not the library: the context is shared by everything in the JVM.
            SofaFhir.context().setPerformanceOptions(PerformanceOptionsEnum.DEFERRED_MODEL_SCANNING);
        }
        if (fhir) {
            reading = CompletableFuture.supplyAsync(() -> readBundle(file, cli));
        } else if (fhirOutput()) {
            CompletableFuture.runAsync(() -> SofaFhir.json(new org.hl7.fhir.r4.model.Bundle()));
        }
    }

    /** FILE as a situation: a FHIR Bundle with --fhir, else the JSON contract. */
    Situation read(String file, SofaCli cli) {
        if (!fhir) {
            return ValidateCommand.readSituation(file, cli);
        }
        try {
            return (reading != null ? reading : CompletableFuture.completedFuture(readBundle(file, cli))).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static Situation readBundle(String file, SofaCli cli) {
        try (InputStream in = Inputs.open(file, cli.stdin())) {
            return SofaFhir.standard().readSituation(in);
        } catch (InvalidSituationException e) {
            throw new CliFailure(CliFailure.Kind.INVALID_SITUATION, e.problem(), e.path(), Inputs.name(file), null);
        } catch (UncheckedIOException | IOException e) {
            throw CliFailure.usage("cannot read the situation: " + e.getClass().getSimpleName(), Inputs.name(file));
        }
    }

    /** The advice as a FHIR Bundle, indented. */
    static String write(Advice advice, Situation situation) {
        return SofaFhir.standard().writeAdvice(advice, situation);
    }
}
