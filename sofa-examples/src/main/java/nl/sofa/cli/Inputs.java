package nl.sofa.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens a FILE argument: a path, or {@code -} for standard input. */
final class Inputs {
    static final String STDIN = "-";

    private Inputs() {
    }

    /** Opens the file; the caller closes it (closing stdin's wrapper leaves stdin open). */
    static InputStream open(String file, InputStream stdin) {
        if (STDIN.equals(file)) {
            return new java.io.FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input belongs to the process
                }
            };
        }
        Path path = Path.of(file);
        try {
            if (Files.isDirectory(path)) {
                throw CliFailure.usage("cannot read the situation: it is a directory", file);
            }
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw CliFailure.usage("cannot read the situation: the file does not exist", file);
        } catch (AccessDeniedException e) {
            throw CliFailure.usage("cannot read the situation: permission denied", file);
        } catch (IOException e) {
            throw CliFailure.usage("cannot read the situation: " + e.getClass().getSimpleName(), file);
        }
    }

    /** The name to report in an error: the file, or null for standard input. */
    static String name(String file) {
        return STDIN.equals(file) ? null : file;
    }
}
