package nl.sofa.pack;

import nl.sofa.SofaException;
import org.jspecify.annotations.Nullable;

/**
 * A rule pack cannot be used: its manifest or actions are invalid, its DRL does not compile, or
 * it clashes with another pack (a pack id, a rule id or an action id used twice); or its DRL (or
 * spreadsheet tables) must be compiled and the DRL compiler, the optional dependency
 * {@code nl.sofa:sofa-drl-compiler}, is not on the class path. Thrown when a
 * pack is loaded or when an engine is built; an engine is never built with a bad pack, and engines
 * already built are not touched.
 *
 * <p>Carries where the problem is: the pack, the file, and the line (for DRL) or the JSON path (for
 * {@code pack.json} and {@code actions.json}). For DRL, the message keeps the Drools compiler's own
 * text. For a spreadsheet rule table ({@code *.drl.csv}, {@code *.drl.xlsx}, read by the optional
 * module {@code sofa-tables}) it names the sheet, the row ({@link #line()}) and the column, and
 * {@link #path()} is the cell as a spreadsheet writes it ({@code Beleid!C12}).
 *
 * <p>Stable since 0.1; {@link #sheet()} and {@link #column()} since 0.2.
 */
public final class InvalidPackException extends SofaException {
    private static final long serialVersionUID = 1L;

    private final String packId;
    private final String file;
    private final Integer line;
    private final String path;
    private final String sheet;
    private final String column;

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
        this(packId, file, line, path, null, null, message, cause);
    }

    /**
     * A problem in one cell (or row, or sheet) of a spreadsheet rule table.
     *
     * @param packId the pack, or null when its id is not known (yet)
     * @param file the table's file
     * @param sheet the sheet's name (for a CSV file: the file's name)
     * @param row the 1-based row, or null when the problem is the whole sheet
     * @param column the column's letters ({@code C}), or null when the problem is the whole row
     * @param message what is wrong
     * @param cause the underlying failure, or null
     * @return the exception; {@link #path()} is the cell, {@code Beleid!C12}, or the row or sheet
     */
    public static InvalidPackException inTable(@Nullable String packId, String file, String sheet,
            @Nullable Integer row, @Nullable String column, String message, @Nullable Throwable cause) {
        String cell = row == null ? sheet : sheet + "!" + (column == null ? "" : column) + row;
        return new InvalidPackException(packId, file, row, cell, sheet, column, message, cause);
    }

    private InvalidPackException(String packId, String file, Integer line, String path, String sheet,
            String column, String message, Throwable cause) {
        super(sheet == null ? describe(packId, file, line, path, message)
                : describeCell(packId, file, sheet, line, column, message), cause);
        this.packId = packId;
        this.file = file;
        this.line = line;
        this.path = path;
        this.sheet = sheet;
        this.column = column;
    }

    private static String describeCell(String packId, String file, String sheet, Integer row, String column,
            String message) {
        StringBuilder where = new StringBuilder();
        if (packId != null) {
            where.append("pack ").append(packId).append(", ");
        }
        where.append(file).append(", sheet ").append(sheet);
        if (row != null) {
            where.append(", row ").append(row);
        }
        if (column != null) {
            where.append(", column ").append(column);
        }
        return where + ": " + message;
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

    /**
     * The JSON path in {@link #file()} ({@code pack.json}, {@code actions.json}), or, for a
     * spreadsheet rule table, the cell ({@code Beleid!C12}); null when neither applies.
     */
    public @Nullable String path() {
        return path;
    }

    /** For a spreadsheet rule table, the sheet (for a CSV file, the file's name); otherwise null. */
    public @Nullable String sheet() {
        return sheet;
    }

    /** For a spreadsheet rule table, the column's letters ({@code C}), or null. */
    public @Nullable String column() {
        return column;
    }
}
