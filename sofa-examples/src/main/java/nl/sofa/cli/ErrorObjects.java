package nl.sofa.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes the one-line JSON error object of contract v1 §3. */
final class ErrorObjects {
    private static final JsonFactory JSON = new JsonFactory();

    private ErrorObjects() {
    }

    /** {@code {"error", "path", "file", "line", "message"}} on one line. */
    static String of(CliFailure failure) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            writeFields(g, failure);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code {"line": N, "error": {…}}}: an ndjson line that could not be evaluated. */
    static String ofLine(long lineNumber, CliFailure failure) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("line", lineNumber);
            g.writeObjectFieldStart("error");
            writeFields(g, failure);
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void writeFields(JsonGenerator g, CliFailure failure) throws IOException {
        g.writeStringField("error", failure.kind.name());
        g.writeStringField("path", failure.path);
        g.writeStringField("file", failure.file);
        if (failure.line == null) {
            g.writeNullField("line");
        } else {
            g.writeNumberField("line", failure.line);
        }
        g.writeStringField("message", failure.getMessage());
    }
}
