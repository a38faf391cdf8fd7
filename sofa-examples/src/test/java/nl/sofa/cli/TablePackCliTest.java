package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line loads the spreadsheet pack sofa-examples/packs/zorggroep-noord-tabel with
 * --pack, as a DRL pack, and refuses a table with a mistake naming the file and the cell.
 */
class TablePackCliTest {
    private static final Path PACK = Path.of("packs/zorggroep-noord-tabel");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path TEMPLATE = Path.of("..", "docs", "templates", "sofa-beleid-sjabloon.drl.xlsx");

    @TempDir
    Path dir;

    @Test
    void aVolunteersHoistTransferInResidentialCareIsOutsideTheTablesPolicy() throws IOException {
        CliRun run = CliRun.of("evaluate", "--pack", PACK.toString(), "situations/daily-volunteer-hoist-transfer.json");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode advice = MAPPER.readTree(run.stdout());
        assertThat(advice.get("engine").get("packs").toString()).contains("\"zorggroep-noord-tabel\"");
        JsonNode flag = null;
        for (JsonNode candidate : advice.get("flags")) {
            if (candidate.get("code").asText().equals("zorggroep-noord-tabel.VOLUNTEER_NOT_ALLOWED")) {
                flag = candidate;
            }
        }
        assertThat(flag).as("the table's flag on the volunteer's hoist transfer").isNotNull();
        assertThat(flag.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(flag.get("taskId").asText()).isEqualTo("tillift");
        assertThat(flag.get("rules").toString()).contains("zorggroep-noord-tabel.vrijwilliger.tillift.intramuraal");
        assertThat(run.stdout()).contains("In onze instellingen doen vrijwilligers geen transfer met de tillift (taak tillift)");
    }

    @Test
    void theTablesRulesAreListedWithTheBuiltInOnes() {
        CliRun run = CliRun.of("rules", "--pack", PACK.toString());

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("zorggroep-noord-tabel.vrijwilliger.medicatie")
                .contains("zorggroep-noord-tabel.verwijzing.steunpunt").contains("builtin.overload.tally");
    }

    @Test
    void aWorkbookPackLoadsAndNothingIsPrintedOnStderr() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("werkboek"));
        Files.writeString(pack.resolve("pack.json"), "{\"id\": \"acme\", \"version\": \"1\", \"description\": \"Acme\"}");
        try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(TEMPLATE));
                OutputStream out = Files.newOutputStream(pack.resolve("Beleid.drl.xlsx"))) {
            Sheet sheet = workbook.getSheet("Beleid");
            Row row = null;
            for (Row candidate : sheet) {
                if (candidate.getCell(0) != null && "Regel-id".equals(candidate.getCell(0).getStringCellValue())) {
                    row = sheet.getRow(candidate.getRowNum() + 1);
                    break;
                }
            }
            String[] values = {"acme.mantelzorger.injectie", "HOME", "INJECTION", "WARNING", "", "TASK_OUTSIDE_POLICY",
                "Injecties door {caregiverId} bespreken we met de wijkverpleging", "We discuss injections by {caregiverId}"
                        + " with the district nurses"};
            for (int c = 0; c < values.length; c++) {
                row.getCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
        }

        // POI logs through the Log4j API; without a provider Log4j writes its complaint to the
        // process's own System.err, which CliRun does not capture.
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream processErr = new java.io.ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new java.io.PrintStream(processErr, true, java.nio.charset.StandardCharsets.UTF_8));
            run = CliRun.of("rules", "--pack", pack.toString());
        } finally {
            System.setErr(stderr);
        }

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("acme.mantelzorger.injectie");
        assertThat(run.stderr()).isEmpty();
        assertThat(processErr.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Log4j");
    }

    @Test
    void aTableWithAnUnknownCareActIsInvalidPackNamingTheCell() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("tabel"));
        Files.copy(PACK.resolve("pack.json"), pack.resolve("pack.json"));
        String table = Files.readString(PACK.resolve("beleid.drl.csv"));
        Files.writeString(pack.resolve("beleid.drl.csv"), table.replace(",MEDICATION,", ",MEDICIJNEN,"));
        int row = 1 + (int) table.substring(0, table.indexOf(",MEDICATION,")).chars().filter(c -> c == '\n').count();

        CliRun run = CliRun.of("evaluate", "--pack", pack.toString(), "situations/daily-volunteer-hoist-transfer.json");

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode error = run.error();
        assertThat(error.get("error").asText()).isEqualTo("INVALID_PACK");
        assertThat(error.get("file").asText()).isEqualTo(pack.resolve("beleid.drl.csv").toString());
        assertThat(error.get("line").asInt()).isEqualTo(row);
        assertThat(error.get("path").asText()).isEqualTo("beleid.drl.csv!C" + row);
        assertThat(error.get("message").asText()).contains("sheet beleid.drl.csv, row " + row + ", column C: Zorghandeling:"
                + " 'MEDICIJNEN' is not a value of this column");
    }
}
