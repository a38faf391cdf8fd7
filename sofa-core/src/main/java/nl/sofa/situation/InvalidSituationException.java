package nl.sofa.situation;

import java.util.Objects;
import nl.sofa.SofaException;
import org.jspecify.annotations.Nullable;

/**
 * A situation is not valid: thrown when a JSON document is read and when a {@link Situation} is
 * built in code. It names the first problem: its JSON path ({@code $.caregivers[1].hoursPerWeek})
 * and, in one sentence, what is wrong. The document is rejected whole; nothing of it is returned.
 *
 * <p>The message never repeats a value from the document (a value could be a name or a
 * condition), only the path and what was expected. For a document that is not well-formed JSON,
 * {@link #line()} and {@link #column()} say where the parser stopped.
 *
 * <p>Stable since 0.1.
 */
public final class InvalidSituationException extends SofaException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final Integer line;
    private final Integer column;

    /**
     * @param path the JSON path of the problem, {@code $} for the whole document
     * @param problem one sentence saying what is wrong, without document values
     */
    public InvalidSituationException(String path, String problem) {
        this(path, problem, null, null, null);
    }

    /**
     * @param path the JSON path where the problem was found
     * @param problem one sentence saying what is wrong, without document values
     * @param line the 1-based line in the document, or null
     * @param column the 1-based column in the document, or null
     * @param cause the underlying failure, or null
     */
    public InvalidSituationException(String path, String problem, @Nullable Integer line,
            @Nullable Integer column, @Nullable Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.line = line;
        this.column = column;
    }

    /** The JSON path of the first problem, for example {@code $.careTasks[2].agreement.nextEvaluation}. */
    public String path() {
        return path;
    }

    /** What is wrong, in one sentence, without the path. */
    public String problem() {
        return problem;
    }

    /** The 1-based line where a malformed document stopped parsing, or null. */
    public @Nullable Integer line() {
        return line;
    }

    /** The 1-based column where a malformed document stopped parsing, or null. */
    public @Nullable Integer column() {
        return column;
    }
}
