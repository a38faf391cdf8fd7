package nl.sofa.pack;

import nl.sofa.SofaException;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack cannot be used: its manifest or actions are invalid, its DRL does not compile, or
 * it clashes with another pack (a pack id, a rule id or an action id used twice). Thrown when a
 * pack is loaded or when an engine is built; an engine is never built with a bad pack, and engines
 * already built are not touched.
 *
 * <p>Carries where the problem is: the pack, the file, and the line (for DRL) or the JSON path (for
 * {@code pack.json} and {@code actions.json}). For DRL, the message keeps the Drools compiler's own
 * text.
 *
 * <p>Stable since 0.1.
 */
public final class InvalidPackException extends SofaException {
    private static final long serialVersionUID = 1L;

    private final String packId;
    private final String file;
    private final Integer line;
    private final String path;

    /**
     * @param packId the pack, or null when its id is not known (yet)
     * @param file the file, or null
     * @param line the 1-based line in the file, or null
     * @param path the JSON path in the file, or null
     * @param message what is wrong
     * @param cause the underlying failure, or null
     */
    public InvalidPackException(@Nullable String packId, @Nullable String file, @Nullable Integer line,
            @Nullable String path, String message, @Nullable Throwable cause) {
        super(describe(packId, file, line, path, message), cause);
        this.packId = packId;
        this.file = file;
        this.line = line;
        this.path = path;
    }

    private static String describe(String packId, String file, Integer line, String path, String message) {
        StringBuilder where = new StringBuilder();
        if (packId != null) {
            where.append("pack ").append(packId);
        }
        if (file != null) {
            where.append(where.length() == 0 ? "" : ", ").append(file);
            if (line != null) {
                where.append(':').append(line);
            }
        }
        if (path != null) {
            where.append(where.length() == 0 ? "" : " ").append(path);
        }
        return where.length() == 0 ? message : where + ": " + message;
    }

    /** The pack's id, or null when it is not known. */
    public @Nullable String packId() {
        return packId;
    }

    /** The file with the problem, or null. */
    public @Nullable String file() {
        return file;
    }

    /** The 1-based line in {@link #file()}, or null. */
    public @Nullable Integer line() {
        return line;
    }

    /** The JSON path in {@link #file()} ({@code pack.json}, {@code actions.json}), or null. */
    public @Nullable String path() {
        return path;
    }
}
