package nl.sofa.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack jar with an executable model index that cannot be used is refused naming the index; the
 * working case (a jar built by kie-maven-plugin) is PrecompiledPackIT in sofa-examples/precompiled-pack.
 */
class PrecompiledJarTest {
    private static final String INDEX = "META-INF/kie/com.acme/acme-pack/drools-model";

    @TempDir
    Path dir;

    private Path jar(String index) throws IOException {
        Map<String, String> files = new TreeMap<>(Map.of(
                "pack.json", "{\"id\": \"acme\", \"version\": \"1\", \"description\": \"d\"}", INDEX, index));
        Path jar = dir.resolve("acme.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aModelBuiltWithAnotherDroolsVersionIsRefused() throws IOException {
        Path jar = jar("Drools-Model-Version:9.44.0\ncom.acme.Rules0123\n");

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> RulePacks.load(jar));

        assertThat(e.file()).isEqualTo(jar + "!/" + INDEX);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).endsWith("the executable model was built with Drools 9.44.0, and this SOFA runs"
                + " Drools 10.2.0: build the pack with kie-maven-plugin 10.2.0");
    }

    @Test
    void aModelWhoseClassesAreMissingIsRefused() throws IOException {
        Path jar = jar("Drools-Model-Version:10.2.0\ncom.acme.Rules0123\n");

        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> RulePacks.load(jar));

        assertThat(e.file()).isEqualTo(jar + "!/" + INDEX);
        assertThat(e.getMessage()).contains("the precompiled rules cannot be loaded: cannot load the precompiled rule"
                + " model com.acme.Rules0123");
    }
}
