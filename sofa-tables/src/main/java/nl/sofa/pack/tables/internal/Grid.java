package nl.sofa.pack.tables.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.sofa.pack.InvalidPackException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.drools.decisiontable.parser.csv.CsvParser;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;

/**
 * The cells of a table's first sheet, as Drools' own parsers read them (so that what SOFA checks
 * is what Drools compiles): rows and columns 0-based, values trimmed, empty cells left out.
 *
 * @param sheet the sheet's name (for CSV, the file's name)
 * @param rows the non-empty cells by row and column
 */
public record Grid(String sheet, SortedMap<Integer, SortedMap<Integer, String>> rows) {

    /** Reads a CSV file ({@code .drl.csv}): one sheet, named after the file. */
    public static Grid csv(String fileName, byte[] content) {
        Recorder recorder = new Recorder();
        new CsvParser(recorder, new CsvLineParser()).parseFile(new ByteArrayInputStream(content));
        return new Grid(fileName, recorder.rows);
    }

    /**
     * Reads the first sheet of a workbook ({@code .drl.xlsx}, {@code .drl.xls}); Drools reads only
     * that one, so further sheets (the template's explanation) are free.
     */
    public static Grid workbook(byte[] content, String packId, String file) {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new InvalidPackException(packId, file, null, null,
                    "is not a spreadsheet that can be read (save it as .xlsx): " + e.getClass().getSimpleName(), e);
        }
        if (workbook.getNumberOfSheets() == 0) {
            throw new InvalidPackException(packId, file, null, null, "the workbook has no sheet", null);
        }
        String sheet = workbook.getSheetName(0);
        Recorder recorder = new Recorder();
        new ExcelParser(recorder).parseWorkbook(workbook);
        return new Grid(sheet, recorder.rows);
    }

    /** The cell, or "" when empty. */
    public String cell(int row, int column) {
        Map<Integer, String> cells = rows.get(row);
        return cells == null ? "" : cells.getOrDefault(column, "");
    }

    /** The row's cells (empty when the row is). */
    public SortedMap<Integer, String> row(int row) {
        return rows.getOrDefault(row, new TreeMap<>());
    }

    /** A column's letters: 0 is A, 26 is AA. */
    public static String letters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }

    private static final class Recorder implements DataListener {
        private final SortedMap<Integer, SortedMap<Integer, String>> rows = new TreeMap<>();

        @Override
        public void startSheet(String name) {
        }

        @Override
        public void finishSheet() {
        }

        @Override
        public void newRow(int row, int columns) {
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                rows.computeIfAbsent(row, r -> new TreeMap<>()).put(column, value.strip());
            }
        }
    }
}
