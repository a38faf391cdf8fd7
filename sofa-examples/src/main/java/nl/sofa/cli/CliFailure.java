package nl.sofa.cli;

/**
 * A failure the command line reports as one JSON error object on stderr (contract v1 §3), with
 * its exit code. Internal to the command line.
 */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error kinds of contract v1 §3, plus INTERNAL for a bug (exit 1). */
    enum Kind {
        INVALID_SITUATION(2), INVALID_PACK(2), USAGE(2), INTERNAL(1);

        final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }
    }

    final Kind kind;
    final String path;
    final String file;
    final Integer line;

    CliFailure(Kind kind, String message, String path, String file, Integer line) {
        super(message, null, false, false);
        this.kind = kind;
        this.path = path;
        this.file = file;
        this.line = line;
    }

    static CliFailure usage(String message) {
        return new CliFailure(Kind.USAGE, message, null, null, null);
    }

    static CliFailure usage(String message, String file) {
        return new CliFailure(Kind.USAGE, message, null, file, null);
    }
}
