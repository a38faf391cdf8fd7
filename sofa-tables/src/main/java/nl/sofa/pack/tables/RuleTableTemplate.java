package nl.sofa.pack.tables;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.pack.tables.internal.Template;
import nl.sofa.pack.tables.internal.Template.Column;
import nl.sofa.pack.tables.internal.Template.Part;
import nl.sofa.pack.tables.internal.XlsxTemplate;

/**
 * SOFA's template for spreadsheet rule tables, written as CSV or as an Excel workbook whose
 * technical rows are locked. A policy author fills in the rows under each part's column names;
 * the rows above them are the template's and must stay as they are ({@link RuleTableCompiler}
 * refuses a table whose technical rows differ, naming the cell).
 *
 * <p>The parts, in order: {@code Drempels} (the organisation's thresholds), {@code Acties} (its
 * own actions with their texts), {@code Signalen} (its own flag codes with their titles), and the
 * rule tables {@code Zorghandelingen mantelzorgers} and {@code Zorghandelingen vrijwilligers}
 * (care acts the organisation's policy does not accept from caregivers or volunteers, per setting)
 * and {@code Extra acties} (actions it adds at a level of overload risk).
 *
 * <p>Experimental since 0.2.
 */
public final class RuleTableTemplate {
    private RuleTableTemplate() {
    }

    /**
     * The template as CSV text (for a {@code *.drl.csv} file), optionally with rows of the
     * author's below each part's column names.
     *
     * @param rows for each part's keyword ({@code Drempels}, {@code RuleTable Extra acties}, …),
     *     its rows; parts not in the map are written empty
     * @return the CSV, lines ending in {@code \n}
     */
    public static String csv(java.util.Map<String, List<List<String>>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows(rows)) {
            List<String> fields = new ArrayList<>();
            for (String cell : row) {
                fields.add(quote(cell));
            }
            csv.append(String.join(",", fields)).append('\n');
        }
        return csv.toString();
    }

    /** The empty template as CSV text. */
    public static String csv() {
        return csv(java.util.Map.of());
    }

    /**
     * Writes the empty template as an Excel workbook ({@code .xlsx}): the first sheet, Beleid, with
     * the technical rows locked (the sheet is protected; the rows for the author's entries are
     * not), lists to choose codes from, and a note on each column name; a second sheet, Uitleg,
     * says how to fill it in.
     *
     * @param out where to write; not closed
     * @throws IOException when writing fails
     */
    public static void writeXlsx(OutputStream out) throws IOException {
        XlsxTemplate.write(out);
    }

    /** The template's rows, each a list of cells ("" for an empty cell). */
    public static List<List<String>> rows(java.util.Map<String, List<List<String>>> data) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("RuleSet", Template.RULE_SET));
        rows.add(List.of("Import", Template.importCell()));
        for (Part part : Template.PARTS) {
            rows.add(List.of());
            rows.add(List.of(part.keyword()));
            if (part.ruleTable()) {
                rows.add(part.columns().stream().map(Column::type).toList());
                rows.add(List.of());
                rows.add(part.columns().stream().map(Column::code).toList());
            }
            rows.add(part.labels());
            rows.addAll(data.getOrDefault(part.keyword(), List.of()));
        }
        return rows;
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || !cell.strip().equals(cell)) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
