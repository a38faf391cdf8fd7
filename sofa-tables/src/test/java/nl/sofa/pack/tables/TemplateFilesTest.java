package nl.sofa.pack.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.pack.spi.CompiledFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The template files in docs/templates are the template (CSV byte for byte; the workbook by its
 * cells), they load, and the workbook's technical rows are locked while the entry rows are not.
 * Run with {@code -Dsofa.writeTemplates=true} to write them again after the template changed.
 */
class TemplateFilesTest {
    static final Path TEMPLATES = Path.of("..", "docs", "templates");
    static final Path CSV = TEMPLATES.resolve("sofa-beleid-sjabloon.drl.csv");
    static final Path XLSX = TEMPLATES.resolve("sofa-beleid-sjabloon.drl.xlsx");

    @TempDir
    Path dir;

    private static boolean writing() {
        return Boolean.getBoolean("sofa.writeTemplates");
    }

    @Test
    void theCsvTemplateInTheDocsIsTheTemplate() throws IOException {
        if (writing()) {
            Files.writeString(CSV, RuleTableTemplate.csv());
        }
        assertThat(Files.readString(CSV)).isEqualTo(RuleTableTemplate.csv());
    }

    @Test
    void theEmptyTemplatesLoadAsTablesWithoutRules() throws IOException {
        CompiledFile csv = new RuleTableCompiler().compile("acme", "t.drl.csv", Files.readAllBytes(CSV));
        CompiledFile xlsx = new RuleTableCompiler().compile("acme", "t.drl.xlsx", Files.readAllBytes(XLSX));

        for (CompiledFile file : new CompiledFile[] {csv, xlsx}) {
            assertThat(file.rules()).isNull();
            assertThat(file.actions()).isEmpty();
            assertThat(file.thresholds()).isEmpty();
        }
    }

    @Test
    void theWorkbookInTheDocsHasTheTemplatesCells() throws IOException {
        ByteArrayOutputStream fresh = new ByteArrayOutputStream();
        RuleTableTemplate.writeXlsx(fresh);
        if (writing()) {
            Files.write(XLSX, fresh.toByteArray());
        }
        try (Workbook committed = WorkbookFactory.create(Files.newInputStream(XLSX));
                Workbook made = WorkbookFactory.create(new java.io.ByteArrayInputStream(fresh.toByteArray()))) {
            assertThat(cells(committed.getSheetAt(0))).isEqualTo(cells(made.getSheetAt(0)));
            assertThat(cells(committed.getSheetAt(1))).isEqualTo(cells(made.getSheetAt(1)));
        }
    }

    @Test
    void theWorkbooksTechnicalRowsAreLockedAndItsEntryRowsOpen() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(XLSX))) {
            Sheet sheet = workbook.getSheet("Beleid");
            assertThat(sheet.getProtect()).as("the sheet is protected").isTrue();
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).as("RuleSet").isTrue();
            int labels = rowOf(sheet, "Regel-id");
            assertThat(sheet.getRow(labels - 1).getCell(0).getCellStyle().getLocked()).as("the rule code").isTrue();
            assertThat(sheet.getRow(labels).getCell(0).getCellStyle().getLocked()).as("the column names").isTrue();
            assertThat(sheet.getRow(labels + 1).getCell(0).getCellStyle().getLocked()).as("the first entry row").isFalse();
            assertThat(sheet.getRow(labels).getCell(2).getCellComment()).as("a note on each column name").isNotNull();
        }
    }

    @Test
    void aWorkbookFilledInFromTheTemplateBuildsAnEngine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(pack.resolve("pack.json"),
                "{\"id\": \"acme\", \"version\": \"1\", \"description\": \"Acme, from the workbook\"}");
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(XLSX));
                OutputStream out = Files.newOutputStream(pack.resolve("Beleid.drl.xlsx"))) {
            Sheet sheet = workbook.getSheet("Beleid");
            Row row = sheet.getRow(rowOf(sheet, "Regel-id") + 1);
            String[] values = {"acme.vrijwilliger.wondzorg", "", "WOUND_CARE", "WARNING", "G-POLICY", "TASK_OUTSIDE_POLICY",
                "Wondzorg door {caregiverId} past niet in ons beleid", "Wound care by {caregiverId} is outside our policy"};
            for (int c = 0; c < values.length; c++) {
                row.getCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
        }

        RulePack loaded = RulePacks.load(pack);
        SofaEngine engine = SofaEngine.builder().addPack(loaded).build();

        assertThat(engine.rules()).anySatisfy(rule -> assertThat(rule.ruleId()).isEqualTo("acme.vrijwilliger.wondzorg"));
        assertThat(loaded.reasons().get("acme.vrijwilliger.wondzorg").nl())
                .isEqualTo("Wondzorg door {caregiverId} past niet in ons beleid");
    }

    private static int rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row starts with " + firstCell);
    }

    private static String cells(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            text.append(row.getRowNum()).append(':');
            row.forEach(cell -> text.append(cell.toString()).append('|'));
            text.append('\n');
        }
        return text.toString();
    }
}
