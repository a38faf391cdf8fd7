package nl.sofa.pack.tables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePacks;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of mistake in a table is refused, naming the file, the sheet, the row and the column. */
class TableErrorsTest {
    @TempDir
    Path dir;

    private static final String MANIFEST = "{\"id\": \"acme\", \"version\": \"1\", \"description\": \"Acme's policy\"}";
    private static final List<String> VOLUNTEER_ROW = List.of("acme.vrijwilliger.medicatie", "", "MEDICATION", "WARNING",
            "G-POLICY", "TASK_OUTSIDE_POLICY", "Vrijwilligers geven geen medicatie (taak {taskId})",
            "Volunteers give no medication (task {taskId})");

    /** A correct table: one row of volunteer policy, one threshold, one action and one extra action. */
    private static Map<String, List<List<String>>> goodRows() {
        return Map.of(
                "Drempels", List.of(List.of("intensiveHoursAbove", "6")),
                "Acties", List.of(List.of("acme.STEUNPUNT", "ONDERSTEUNEN", "ANY", "Verwijzen naar het steunpunt",
                        "Refer to the support centre")),
                "RuleTable Zorghandelingen vrijwilligers", List.of(VOLUNTEER_ROW),
                "RuleTable Extra acties", List.of(List.of("acme.steunpunt", "", "HIGH", "HIGH", "acme.STEUNPUNT",
                        "{caregiverId} kan steun gebruiken", "{caregiverId} could use support")));
    }

    private Path pack(String csv) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(pack.resolve("pack.json"), MANIFEST);
        Files.writeString(pack.resolve("beleid.drl.csv"), csv);
        return pack;
    }

    private static InvalidPackException refusal(Path pack) {
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> RulePacks.load(pack));
        assertThat(e).as("the table must be refused").isNotNull();
        return e;
    }

    /** The 1-based row of the first line that starts with {@code start}. */
    private static int rowOf(String csv, String start) {
        String[] lines = csv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line starts with " + start);
    }

    private static String csvWith(String keyword, List<String> row) {
        Map<String, List<List<String>>> rows = new java.util.HashMap<>(goodRows());
        rows.put(keyword, List.of(row));
        return RuleTableTemplate.csv(rows);
    }

    private static List<String> replace(List<String> row, int column, String value) {
        List<String> changed = new ArrayList<>(row);
        changed.set(column, value);
        return changed;
    }

    private void assertCell(InvalidPackException e, Path pack, int row, String column, String... says) {
        assertThat(e.file()).isEqualTo(pack.resolve("beleid.drl.csv").toString());
        assertThat(e.sheet()).isEqualTo("beleid.drl.csv");
        assertThat(e.line()).as("row").isEqualTo(row);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.path()).isEqualTo("beleid.drl.csv!" + column + row);
        assertThat(e.packId()).isEqualTo("acme");
        assertThat(e.getMessage()).contains("sheet beleid.drl.csv, row " + row + ", column " + column).contains(says);
    }

    @Test
    void theGoodTableLoadsAndBuildsAnEngine() throws IOException {
        Path pack = pack(RuleTableTemplate.csv(goodRows()));

        SofaEngine engine = SofaEngine.builder().addPack(RulePacks.load(pack)).build();

        assertThat(engine.rules()).filteredOn(rule -> rule.packId().equals("acme")).extracting(rule -> rule.ruleId())
                .containsExactlyInAnyOrder("acme.vrijwilliger.medicatie", "acme.steunpunt");
    }

    @Test
    void theLockFilesOfASpreadsheetProgramBesideTheTableAreNoTables() throws IOException {
        Path pack = pack(RuleTableTemplate.csv(goodRows()));
        Files.write(pack.resolve("~$beleid.drl.xlsx"), new byte[] {0, 1, 2});
        Files.write(pack.resolve(".~lock.beleid.drl.xlsx#"), new byte[] {0, 1, 2});

        assertThat(RulePacks.load(pack).reasons()).containsOnlyKeys("acme.vrijwilliger.medicatie", "acme.steunpunt");
    }

    @Test
    void anUnknownCareActNamesItsCell() throws IOException {
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", replace(VOLUNTEER_ROW, 2, "MEDICIJNEN"));

        InvalidPackException e = refusal(pack(csv));

        assertCell(e, dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger"), "C", "Zorghandeling", "'MEDICIJNEN'",
                "HOIST_TRANSFER");
    }

    @Test
    void aMissingTextNamesItsCell() throws IOException {
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", replace(VOLUNTEER_ROW, 7, ""));

        InvalidPackException e = refusal(pack(csv));

        assertCell(e, dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger"), "H", "Toelichting (en)", "is empty");
    }

    @Test
    void aThresholdThatIsNoNumberNamesItsCell() throws IOException {
        String csv = csvWith("Drempels", List.of("intensiveHoursAbove", "zes"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "intensiveHoursAbove"), "B", "Waarde",
                "'zes' is not a number");
    }

    @Test
    void aThresholdOutOfRangeNamesItsCell() throws IOException {
        String csv = csvWith("Drempels", List.of("intensiveHoursAbove", "-1"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "intensiveHoursAbove"), "B", "does not fit");
    }

    @Test
    void anUnknownThresholdNamesItsCell() throws IOException {
        String csv = csvWith("Drempels", List.of("urenPerWeek", "6"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "urenPerWeek"), "A", "no threshold 'urenPerWeek'");
    }

    @Test
    void anUnknownColumnHeaderNamesItsCell() throws IOException {
        String good = RuleTableTemplate.csv(goodRows());
        int types = rowOf(good, "RuleTable Zorghandelingen vrijwilligers") + 1;
        List<String> lines = new ArrayList<>(List.of(good.split("\n", -1)));
        lines.set(types - 1, lines.get(types - 1).replaceFirst("NAME,CONDITION", "NAME,VOORWAARDE"));

        assertCell(refusal(pack(String.join("\n", lines))), dir.resolve("acme"), types, "B", "technical row",
                "'CONDITION'");
    }

    @Test
    void anExtraColumnNamesItsCell() throws IOException {
        List<String> wide = new ArrayList<>(VOLUNTEER_ROW);
        wide.add("opmerking");
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", wide);

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger"), "I", "8 columns (A to H)");
    }

    @Test
    void aMissingRuleSetRowNamesTheFirstRow() throws IOException {
        String csv = RuleTableTemplate.csv(goodRows());
        csv = csv.substring(csv.indexOf('\n') + 1);

        assertCell(refusal(pack(csv)), dir.resolve("acme"), 1, "A", "RuleSet");
    }

    @Test
    void aChangedRuleCodeNamesItsCell() throws IOException {
        String good = RuleTableTemplate.csv(goodRows());
        String csv = good.replaceFirst("kind == TaskKind.\\$param", "kind != TaskKind.\\$param");

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(good, "RuleTable Zorghandelingen mantelzorgers") + 3, "C",
                "the rule code");
    }

    @Test
    void anActionThatIsNotDeclaredNamesItsCell() throws IOException {
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", replace(VOLUNTEER_ROW, 4, "acme.ONBEKEND"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger"), "E", "no action acme.ONBEKEND");
    }

    @Test
    void aRuleIdWithoutThePackIdNamesItsCell() throws IOException {
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", replace(VOLUNTEER_ROW, 0, "vrijwilliger.medicatie"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "vrijwilliger.medicatie"), "A", "acme.");
    }

    @Test
    void aRuleIdUsedTwiceNamesTheSecondRow() throws IOException {
        Map<String, List<List<String>>> rows = new java.util.HashMap<>(goodRows());
        rows.put("RuleTable Zorghandelingen vrijwilligers", List.of(VOLUNTEER_ROW, replace(VOLUNTEER_ROW, 2, "WOUND_CARE")));
        String csv = RuleTableTemplate.csv(rows);

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger") + 1, "A", "earlier row");
    }

    @Test
    void anUnknownNameInATextNamesItsCell() throws IOException {
        String csv = csvWith("RuleTable Zorghandelingen vrijwilligers", replace(VOLUNTEER_ROW, 6, "{naam} geeft medicatie"));

        assertCell(refusal(pack(csv)), dir.resolve("acme"), rowOf(csv, "acme.vrijwilliger"), "G", "{naam}", "{caregiverId}");
    }

    @Test
    void aWorkbookErrorNamesTheSheet() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(pack.resolve("pack.json"), MANIFEST);
        int row;
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(TemplateFilesTest.XLSX));
                OutputStream out = Files.newOutputStream(pack.resolve("beleid.drl.xlsx"))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row drempel = null;
            for (Row candidate : sheet) {
                if (candidate.getCell(0) != null && "Drempel".equals(candidate.getCell(0).getStringCellValue())) {
                    drempel = sheet.getRow(candidate.getRowNum() + 1);
                }
            }
            drempel.getCell(0).setCellValue("intensiveHoursAbove");
            drempel.getCell(1).setCellValue("veel");
            row = drempel.getRowNum() + 1;
            workbook.write(out);
        }

        InvalidPackException e = refusal(pack);

        assertThat(e.sheet()).isEqualTo("Beleid");
        assertThat(e.line()).isEqualTo(row);
        assertThat(e.column()).isEqualTo("B");
        assertThat(e.getMessage()).contains("sheet Beleid, row " + row + ", column B: Waarde: 'veel' is not a number");
    }

    @Test
    void anActionInTheTableAndInActionsJsonIsRefusedNamingBoth() throws IOException {
        Path pack = pack(RuleTableTemplate.csv(goodRows()));
        Files.writeString(pack.resolve("actions.json"), "{\"actions\": [{\"id\": \"acme.STEUNPUNT\", \"role\":"
                + " \"ONDERSTEUNEN\", \"phase\": \"ANY\", \"text\": {\"nl\": \"Steunpunt\", \"en\": \"Support centre\"}}]}");

        InvalidPackException e = refusal(pack);

        assertThat(e.getMessage()).contains("acme.STEUNPUNT").contains("beleid.drl.csv").contains("actions.json");
    }

    @Test
    void aThresholdInTheTableAndInPackJsonIsRefusedNamingBoth() throws IOException {
        Path pack = pack(RuleTableTemplate.csv(goodRows()));
        Files.writeString(pack.resolve("pack.json"), MANIFEST.replace("}", ", \"thresholds\": {\"intensiveHoursAbove\": 6}}"));

        InvalidPackException e = refusal(pack);

        assertThat(e.file()).endsWith("beleid.drl.csv");
        assertThat(e.getMessage()).contains("intensiveHoursAbove").contains("pack.json $.thresholds.intensiveHoursAbove");
    }
}
