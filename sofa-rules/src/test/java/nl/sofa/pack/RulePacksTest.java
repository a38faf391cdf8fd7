package nl.sofa.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.role.SofaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading packs from folders, jars and the classpath, and every problem in their files. */
class RulePacksTest {
    @TempDir
    Path dir;

    private static final String MANIFEST = "{\"id\": \"acme-policy\", \"version\": \"1.0.0\", \"description\": \"Acme's policy\"}";
    private static final String DRL = "package acme;\nrule \"acme-policy.r\" when eval(false) then end\n";
    private static final String ACTIONS = "{\"actions\": [{\"id\": \"acme-policy.REFER\", \"role\": \"ONDERSTEUNEN\","
            + " \"phase\": \"ANY\", \"text\": {\"nl\": \"Verwijs naar het steunpunt\", \"en\": \"Refer to the support centre\"}}]}";

    private Path folder(Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pack"));
        for (var file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private Path jar(Map<String, String> files) throws IOException {
        Path jar = dir.resolve("pack.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static InvalidPackException refusal(Runnable load) {
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, load::run);
        assertThat(e).as("the pack must be refused").isNotNull();
        return e;
    }

    @Test
    void loadsAFolderWithItsRulesInNameOrderAndItsActions() throws IOException {
        Path folder = folder(Map.of("pack.json", MANIFEST, "b.drl", DRL, "a.drl", DRL.replace("\"acme-policy.r\"", "\"acme-policy.a\""),
                "actions.json", ACTIONS, "notes.txt", "ignored"));

        RulePack pack = RulePacks.load(folder);

        assertThat(pack.id()).isEqualTo("acme-policy");
        assertThat(pack.version()).isEqualTo("1.0.0");
        assertThat(pack.description()).isEqualTo("Acme's policy");
        assertThat(pack.rules()).extracting(r -> Path.of(r.name()).getFileName().toString()).containsExactly("a.drl", "b.drl");
        assertThat(pack.actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("acme-policy.REFER");
            assertThat(a.role()).isEqualTo(SofaRole.ONDERSTEUNEN);
            assertThat(a.phase()).isEqualTo(ActionPhase.ANY);
        });
    }

    @Test
    void loadsAJarWithTheSameLayout() throws IOException {
        RulePack pack = RulePacks.load(jar(Map.of("pack.json", MANIFEST, "policy.drl", DRL, "actions.json", ACTIONS)));
        assertThat(pack.id()).isEqualTo("acme-policy");
        assertThat(pack.rules()).singleElement().satisfies(r -> {
            assertThat(r.name()).endsWith("pack.jar!/policy.drl");
            assertThat(r.drl()).isEqualTo(DRL);
        });
        assertThat(pack.actions()).hasSize(1);
    }

    @Test
    void actionsAreOptional() throws IOException {
        assertThat(RulePacks.fromFolder(folder(Map.of("pack.json", MANIFEST, "p.drl", DRL))).actions()).isEmpty();
    }

    @Test
    void discoversPacksOnTheClasspathThroughServiceLoader() throws IOException {
        Path services = Files.createDirectories(dir.resolve("cp/META-INF/services"));
        Files.writeString(services.resolve(RulePack.class.getName()), TestClasspathPack.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                getClass().getClassLoader())) {
            List<RulePack> packs = RulePacks.discover(loader);
            assertThat(packs).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("test-classpath");
                assertThat(p.version()).isEqualTo("2.0.0");
                assertThat(p.rules()).singleElement().satisfies(r -> assertThat(r.drl()).contains("test-classpath.nothing"));
                assertThat(p.actions()).extracting(a -> a.id()).containsExactly("test-classpath.CALL");
            });
        }
    }

    @Test
    void aClasspathWithoutPacksHasNone() {
        assertThat(RulePacks.discover(new URLClassLoader(new URL[0], null))).isEmpty();
    }

    @Test
    void aClasspathPackThatCannotBeMadeIsRefusedNamingTheServicesFile() throws IOException {
        Path services = Files.createDirectories(dir.resolve("cp/META-INF/services"));
        Files.writeString(services.resolve(RulePack.class.getName()), "com.example.Missing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                getClass().getClassLoader())) {
            InvalidPackException e = refusal(() -> RulePacks.discover(loader));
            assertThat(e.file()).isEqualTo("META-INF/services/nl.sofa.pack.RulePack");
        }
    }

    // ---- problems, each with its file and where in it ----

    @Test
    void aFolderWithoutPackJsonIsRefused() throws IOException {
        Path folder = folder(Map.of("p.drl", DRL));
        InvalidPackException e = refusal(() -> RulePacks.load(folder));
        assertThat(e.file()).endsWith("pack.json");
        assertThat(e.getMessage()).contains("does not exist");
    }

    @Test
    void aPathThatIsNeitherFolderNorJarIsRefused() {
        InvalidPackException e = refusal(() -> RulePacks.load(dir.resolve("nope")));
        assertThat(e.getMessage()).contains("must be a folder or a jar");
    }

    @Test
    void aJarWithoutPackJsonIsRefused() throws IOException {
        Path jar = jar(Map.of("p.drl", DRL));
        assertThat(refusal(() -> RulePacks.load(jar)).getMessage()).contains("no pack.json");
    }

    @Test
    void aFileThatIsNotAJarIsRefused() throws IOException {
        Path notJar = Files.writeString(dir.resolve("x.jar"), "not a zip");
        assertThat(refusal(() -> RulePacks.load(notJar)).file()).isEqualTo(notJar.toString());
    }

    @Test
    void manifestProblemsNameTheirJsonPath() throws IOException {
        record Case(String manifest, String path, String message) {
        }
        for (Case c : List.of(
                new Case("{\"version\": \"1\", \"description\": \"d\"}", "$.id", "is required"),
                new Case("{\"id\": \"Acme Policy\", \"version\": \"1\", \"description\": \"d\"}", "$.id", "lower-case"),
                new Case("{\"id\": \"sofa-builtin\", \"version\": \"1\", \"description\": \"d\"}", "$.id", "reserved"),
                new Case("{\"id\": \"acme\", \"description\": \"d\"}", "$.version", "is required"),
                new Case("{\"id\": \"acme\", \"version\": \"1\", \"description\": \"\"}", "$.description", "non-blank"),
                new Case("{\"id\": \"acme\", \"version\": \"1\", \"description\": \"d\", \"author\": \"x\"}", "$.author",
                        "is not a field"),
                new Case("[]", "$", "JSON object"),
                new Case("{\"id\": \"acme\", \"version\": \"1\", \"description\": \"d\", \"rules\": []}", "$.rules",
                        "non-empty"))) {
            Files.writeString(folder(Map.of("p.drl", DRL)).resolve("pack.json"), c.manifest());
            InvalidPackException e = refusal(() -> RulePacks.load(dir.resolve("pack")));
            assertThat(e.path()).as(c.manifest()).isEqualTo(c.path());
            assertThat(e.getMessage()).as(c.manifest()).contains(c.message());
            assertThat(e.file()).endsWith("pack.json");
        }
    }

    @Test
    void malformedJsonNamesTheLine() throws IOException {
        Path folder = folder(Map.of("pack.json", "{\n\"id\": \"acme\",\n\"id\": \"x\"}", "p.drl", DRL));
        InvalidPackException e = refusal(() -> RulePacks.load(folder));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("not well-formed JSON");
    }

    @Test
    void actionProblemsNameTheirJsonPath() throws IOException {
        record Case(String actions, String path, String message) {
        }
        for (Case c : List.of(
                new Case(ACTIONS.replace("acme-policy.REFER", "REFER"), "$.actions[0].id", "must start with acme-policy."),
                new Case(ACTIONS.replace("ONDERSTEUNEN", "HELPEN"), "$.actions[0].role", "must be one of"),
                new Case(ACTIONS.replace("\"ANY\"", "\"LATER\""), "$.actions[0].phase", "must be one of"),
                new Case(ACTIONS.replace("\"en\": \"Refer to the support centre\"", "\"en\": \"\""), "$.actions[0].text.en",
                        "non-blank"),
                new Case(ACTIONS.replace("\"phase\"", "\"fase\""), "$.actions[0].fase", "is not a field"),
                new Case("{\"acties\": []}", "$.acties", "is not a field of actions.json"))) {
            Files.writeString(folder(Map.of("pack.json", MANIFEST, "p.drl", DRL)).resolve("actions.json"), c.actions());
            InvalidPackException e = refusal(() -> RulePacks.load(dir.resolve("pack")));
            assertThat(e.path()).as(c.actions()).isEqualTo(c.path());
            assertThat(e.getMessage()).as(c.actions()).contains(c.message());
            assertThat(e.packId()).isEqualTo("acme-policy");
        }
    }

    @Test
    void aPackNeedsAtLeastOneDrlFile() throws IOException {
        Path folder = folder(Map.of("pack.json", MANIFEST));
        assertThat(refusal(() -> RulePacks.load(folder)).getMessage()).contains("no .drl file");
    }

    @Test
    void rulesListedInTheManifestMustExist() throws IOException {
        Path folder = folder(Map.of("pack.json", MANIFEST.replace("}", ", \"rules\": [\"p.drl\", \"gone.drl\"]}"), "p.drl", DRL));
        InvalidPackException e = refusal(() -> RulePacks.load(folder));
        assertThat(e.getMessage()).contains("gone.drl");
    }

    @Test
    void drlMustBeUtf8() throws IOException {
        Path folder = folder(Map.of("pack.json", MANIFEST));
        try (OutputStream out = Files.newOutputStream(folder.resolve("p.drl"))) {
            out.write(new byte[] {'r', 'u', 'l', 'e', (byte) 0xC3, ' '});
        }
        InvalidPackException e = refusal(() -> RulePacks.load(folder));
        assertThat(e.file()).endsWith("p.drl");
        assertThat(e.getMessage()).contains("not UTF-8");
    }
}
