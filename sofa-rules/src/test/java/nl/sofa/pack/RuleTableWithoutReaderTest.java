package nl.sofa.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sofa-rules alone cannot read a spreadsheet rule table (the optional module sofa-tables does): a
 * pack that holds one is refused, naming the file and the artifact to add, never loaded without it.
 */
class RuleTableWithoutReaderTest {
    @TempDir
    Path dir;

    private static final String MANIFEST = "{\"id\": \"acme-policy\", \"version\": \"1.0.0\", \"description\": \"Acme's policy\"}";
    private static final String DRL = "package acme;\nrule \"acme-policy.r\" @description(\"d\") when eval(false) then end\n";

    @Test
    void aPackWithATableBesideItsDrlIsRefusedNamingTheTableAndTheArtifact() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.json"), MANIFEST);
        Files.writeString(pack.resolve("rules.drl"), DRL);
        Files.writeString(pack.resolve("beleid.drl.csv"), "RuleSet,acme\n");

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> RulePacks.load(pack));

        assertThat(e).as("the pack must be refused, not loaded without its table").isNotNull();
        assertThat(e.file()).isEqualTo(pack.resolve("beleid.drl.csv").toString());
        assertThat(e.packId()).isEqualTo("acme-policy");
        assertThat(e.getMessage()).contains("nl.sofa:sofa-tables");
    }

    @Test
    void anXlsxTableInASubfolderIsRefusedToo() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("pack.json"), MANIFEST);
        Files.createDirectories(pack.resolve("tabellen"));
        Files.write(pack.resolve("tabellen/Beleid.DRL.XLSX"), new byte[] {1, 2, 3});

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> RulePacks.load(pack));

        assertThat(e).isNotNull();
        assertThat(e.file()).endsWith("Beleid.DRL.XLSX");
        assertThat(e.getMessage()).contains("nl.sofa:sofa-tables");
    }
}
