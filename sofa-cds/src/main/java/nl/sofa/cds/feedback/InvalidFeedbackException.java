package nl.sofa.cds.feedback;

import java.util.Objects;
import nl.sofa.cds.CdsException;

/**
 * A feedback body is not valid CDS Hooks 2.0 feedback; 400, code {@code invalid-feedback}. It names
 * the first problem: its JSON path ({@code $.feedback[1].outcome}) and, in one sentence, what is
 * wrong. The body is refused whole; nothing of it is stored.
 *
 * <p>The message never repeats the professional's comment or another value from the body, except a
 * short lower-case code that is not one of the spec's words (an {@code outcome} such as
 * {@code "maybe"}), so that a host may log and return it as it is.
 *
 * <p>Stable since 0.1.
 */
public final class InvalidFeedbackException extends CdsException {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;

    /**
     * @param path the JSON path of the problem, {@code $} for the whole body
     * @param problem one sentence saying what is wrong, without values from the body
     */
    public InvalidFeedbackException(String path, String problem) {
        super(400, "invalid-feedback", path + ": " + problem, null);
        this.path = Objects.requireNonNull(path, "path");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The JSON path of the first problem, for example {@code $.feedback[0].outcomeTimestamp}. */
    public String path() {
        return path;
    }

    /** What is wrong, in one sentence, without the path. */
    public String problem() {
        return problem;
    }
}
