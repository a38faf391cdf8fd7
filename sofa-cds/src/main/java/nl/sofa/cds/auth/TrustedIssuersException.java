package nl.sofa.cds.auth;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A trusted-issuers file (or a JWK Set file it names) that SOFA cannot use: one problem, with the
 * file and the JSON path where it is. The message never repeats key material (a file that holds a
 * private member is refused before its key is parsed); a server turns this into a start-up error and
 * an exit code.
 */
public final class TrustedIssuersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String jsonPath;
    private final String problem;

    /**
     * @param file the file with the problem
     * @param jsonPath where in it, e.g. {@code $.issuers[0].jwks.keys[1]}; {@code $} for the whole file
     * @param problem what is wrong, one sentence without values from the file
     */
    public TrustedIssuersException(Path file, String jsonPath, String problem) {
        super(file + ": " + jsonPath + ": " + problem);
        this.file = Objects.requireNonNull(file, "file");
        this.jsonPath = Objects.requireNonNull(jsonPath, "jsonPath");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The file with the problem: the trusted-issuers file, or a JWK Set file it names. */
    public Path file() {
        return file;
    }

    /** Where in the file, as a JSON path: {@code $.issuers[0].iss}; {@code $} for the whole file. */
    public String jsonPath() {
        return jsonPath;
    }

    /** What is wrong, one sentence. */
    public String problem() {
        return problem;
    }
}
