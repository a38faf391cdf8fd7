package nl.sofa.pack.tables.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import nl.sofa.pack.tables.RuleTableTemplate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the template as an Excel workbook: technical rows grey and locked, the rows for the
 * author's entries (a block of empty rows under each part's column names) open, code columns with
 * a list to choose from. The sheet protection has no password: it guards against editing by
 * mistake, not against an author who means to change the template.
 */
public final class XlsxTemplate {
    /** Rows left open under each part's column names. */
    public static final int OPEN_ROWS = 30;

    private XlsxTemplate() {
    }

    /** The explanation on the sheet Uitleg, one paragraph a row. */
    static final List<String> EXPLANATION = List.of(
            "Sjabloon voor een SOFA-regelpakket als spreadsheet (zie docs/writing-a-rule-pack.md, 'Spreadsheet packs').",
            "Vul alleen de witte rijen in, onder de kolomnamen van elk deel. De grijze rijen zijn technisch en op slot.",
            "Laat de lege rij tussen twee delen staan: een lege rij sluit een deel af. Een deel zonder rijen mag blijven staan.",
            "Drempels: de getallen van SOFA die uw organisatie anders wil, bijvoorbeeld intensiveHoursAbove = 6.",
            "Acties: uw eigen acties. Het id begint met het id van uw pakket en een punt. Tekst eerst in het Nederlands, dan in het Engels.",
            "Signalen: uw eigen signaal-codes met hun titel.",
            "Zorghandelingen mantelzorgers / vrijwilligers: elke rij is een zorghandeling die uw beleid (in die setting) niet of alleen met een maatregel toestaat.",
            "Extra acties: een actie die uw organisatie voorstelt bij een risico op overbelasting.",
            "Toelichting: de zin die de professional in het advies leest. Namen tussen { } vult SOFA in: {caregiverId}, {taskId}, {kind} (de zorghandeling), {risk}.",
            "Sla op als .drl.xlsx (de '.drl.' in de naam is nodig). SOFA controleert het bestand bij het laden en noemt blad, rij en kolom van een fout.");

    /** Writes the workbook. */
    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Beleid");
            CellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle open = workbook.createCellStyle();
            open.setLocked(false);
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            DataValidationHelper validations = sheet.getDataValidationHelper();
            List<List<String>> rows = RuleTableTemplate.rows(Map.of());
            int r = 0;
            for (List<String> cells : rows) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < Math.max(cells.size(), 8); c++) {
                    row.createCell(c).setCellStyle(locked);
                }
                for (int c = 0; c < cells.size(); c++) {
                    row.getCell(c).setCellValue(cells.get(c));
                }
                Template.Part part = labelRowOf(cells);
                r++;
                if (part != null) {
                    for (int c = 0; c < part.columns().size(); c++) {
                        Comment note = drawing.createCellComment(drawing.createAnchor(0, 0, 0, 0, c, r - 1, c + 3, r + 3));
                        note.setString(workbook.getCreationHelper().createRichTextString(note(part.columns().get(c))));
                        row.getCell(c).setCellComment(note);
                        part.columns().get(c).value().codes().ifPresent(codes -> {
                            DataValidation list = validations.createValidation(
                                    validations.createExplicitListConstraint(codes.toArray(String[]::new)),
                                    new CellRangeAddressList(row.getRowNum() + 1, row.getRowNum() + OPEN_ROWS,
                                            row.getCell(0).getColumnIndex() + codesColumn(part, codes), 
                                            row.getCell(0).getColumnIndex() + codesColumn(part, codes)));
                            list.setShowErrorBox(true);
                            sheet.addValidationData(list);
                        });
                    }
                    for (int i = 0; i < OPEN_ROWS; i++) {
                        Row entry = sheet.createRow(r++);
                        for (int c = 0; c < part.columns().size(); c++) {
                            entry.createCell(c).setCellStyle(open);
                        }
                    }
                }
            }
            for (int c = 0; c < 8; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            sheet.protectSheet("");
            Sheet explanation = workbook.createSheet("Uitleg");
            for (int i = 0; i < EXPLANATION.size(); i++) {
                explanation.createRow(i).createCell(0).setCellValue(EXPLANATION.get(i));
            }
            explanation.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }

    private static int codesColumn(Template.Part part, List<String> codes) {
        for (int c = 0; c < part.columns().size(); c++) {
            if (part.columns().get(c).value().codes().map(codes::equals).orElse(false)) {
                return c;
            }
        }
        throw new IllegalStateException("no column with these codes");
    }

    private static Template.Part labelRowOf(List<String> cells) {
        for (Template.Part part : Template.PARTS) {
            if (part.labels().equals(cells)) {
                return part;
            }
        }
        return null;
    }

    private static String note(Template.Column column) {
        String required = column.required() ? "Verplicht. " : "Mag leeg. ";
        return required + switch (column.value()) {
            case RULE_ID -> "Een vaste naam voor deze rij: het pakket-id, een punt en een korte naam (zorggroep.tillift).";
            case THRESHOLD -> "De naam van een drempel van SOFA (zie de handleiding).";
            case NUMBER -> "Een getal, bijvoorbeeld 6 of 6,5.";
            case ACTION -> "Het id van een actie uit het deel Acties, of een actie van SOFA (G-POLICY, V-REFER ...).";
            case NEW_ACTION -> "Het id van uw actie: pakket-id, punt, naam.";
            case FLAG -> "De code van een signaal uit het deel Signalen.";
            case NEW_FLAG -> "De code van uw signaal: pakket-id, punt, naam.";
            case TEXT -> "Eén regel tekst voor de professional.";
            default -> "Kies uit de lijst.";
        };
    }
}
