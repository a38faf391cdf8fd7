package nl.sofa.examples.lean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.pack.RuleSource;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The engine on the class path that {@code sofa-rules} gives an application: the minimal Drools
 * runtime, without the DRL compiler. The built-in pack and a precompiled pack work on it; a pack
 * of DRL is refused with an error that names the dependency to add.
 */
class LeanRuntimeIT {
    private static final Path PACK_JAR = Path.of(System.getProperty("pack.jar"));
    private static final Path DRL_FOLDER = Path.of(System.getProperty("pack.folder"));
    private static final Path GOLDEN = Path.of(System.getProperty("golden.file"));
    /** The clock the golden file was written with (sofa-rules' GoldenAdvice.CLOCK). */
    private static final Clock GOLDEN_CLOCK = Clock.fixed(LocalDate.of(2026, 6, 1).atTime(12, 0)
            .toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final SofaJson json = SofaJson.standard();

    @Test
    void theDrlCompilerIsNotOnThisClassPath() {
        // The premise of every other test here: were the compiler present, they would prove nothing.
        assertThatThrownBy(() -> Class.forName("org.drools.model.codegen.ExecutableModelProject"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.drools.drl.parser.DrlParser"))
                .isInstanceOf(ClassNotFoundException.class);
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).getFileName().toString()).toList();
        assertThat(jars).as("the test class path").anyMatch(jar -> jar.startsWith("drools-model-compiler-"))
                .noneMatch(jar -> jar.startsWith("drools-model-codegen-") || jar.startsWith("ecj-")
                        || jar.startsWith("javaparser-core-") || jar.startsWith("drools-mvel-")
                        || jar.startsWith("drools-drl-parser-"));
    }

    @Test
    void theBuiltinPackAdvisesOnTheGoldenSituationsByteForByteAsTheGoldenFileSays() throws IOException {
        String[] lines = golden();
        assertThat(lines.length).isGreaterThan(1200).isEven();
        SofaEngine engine = SofaEngine.builder().clock(GOLDEN_CLOCK).build();

        for (int i = 0; i < lines.length; i += 2) {
            String advice = json.writeAdvice(engine.evaluate(json.readSituation(lines[i].getBytes(StandardCharsets.UTF_8))));
            assertThat(advice).as("advice of golden case %d", i / 2).isEqualTo(lines[i + 1]);
        }
    }

    @Test
    void aPrecompiledPackJarRunsBesideTheBuiltinPack() {
        assertThat(Files.isRegularFile(PACK_JAR)).as(PACK_JAR.toString()).isTrue();
        SofaEngine engine = SofaEngine.builder().addPack(RulePacks.load(PACK_JAR)).build();

        // The pack's rule: a hoist transfer (tillift) by a caregiver alone is a warning on that task.
        Advice withHoist = engine.evaluate(situation(true));
        Advice withoutHoist = engine.evaluate(situation(false));

        assertThat(withHoist.flags()).filteredOn(flag -> flag.code().equals("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON"))
                .singleElement().satisfies(flag -> {
                    assertThat(flag.severity()).isEqualTo(Severity.WARNING);
                    assertThat(flag.caregiverId()).isEqualTo("cg-2");
                    assertThat(flag.taskId()).isEqualTo("t-1");
                    assertThat(flag.rules()).contains("zorggroep-noord.hoist.two-people");
                });
        assertThat(withoutHoist.flags()).extracting(Flag::code).doesNotContain("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON");
        assertThat(withHoist.engine().packs()).extracting(p -> p.id()).contains("sofa-builtin", "zorggroep-noord");
    }

    @Test
    void aPackFolderOfDrlIsRefusedWithTheDependencyToAddAndNoStackTraceFromDrools() {
        RulePack pack = RulePacks.load(DRL_FOLDER); // reading the files needs no compiler

        assertThatThrownBy(() -> SofaEngine.builder().addPack(pack).build())
                .isInstanceOfSatisfying(InvalidPackException.class, e -> {
                    assertThat(e.packId()).isEqualTo("zorggroep-noord");
                    assertThat(e.file()).isEqualTo(DRL_FOLDER.resolve("hoist-policy.drl").toString());
                    assertThat(e.getMessage()).contains("nl.sofa:sofa-drl-compiler")
                            .contains("org.drools:drools-model-codegen is missing").contains("2 files")
                            .contains("precompiled");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void aPackMadeInCodeWithDrlIsRefusedTheSameWay() {
        RulePack pack = new RulePack() {
            @Override
            public String id() {
                return "acme-policy";
            }

            @Override
            public String version() {
                return "1.0.0";
            }

            @Override
            public String description() {
                return "one rule";
            }

            @Override
            public List<RuleSource> rules() {
                return List.of(new RuleSource("acme/policy.drl", "package acme\n"));
            }
        };

        assertThatThrownBy(() -> SofaEngine.builder().addPack(pack).build())
                .isInstanceOfSatisfying(InvalidPackException.class, e -> {
                    assertThat(e.packId()).isEqualTo("acme-policy");
                    assertThat(e.file()).isEqualTo("acme/policy.drl");
                    assertThat(e.getMessage()).startsWith("pack acme-policy, acme/policy.drl: ")
                            .contains("1 file)").contains("nl.sofa:sofa-drl-compiler");
                });
    }

    private static Situation situation(boolean hoist) {
        Caregiver partner = Caregiver.builder("cg-1").relationToClient(RelationToClient.PARTNER).hoursPerWeek(40)
                .monthsCaring(36).livesWithClient(true).build();
        Caregiver daughter = Caregiver.builder("cg-2").relationToClient(RelationToClient.CHILD).hoursPerWeek(7)
                .monthsCaring(12).build();
        Situation.Builder builder = Situation.builder("s-1", Phase.DAILY).referenceDate(LocalDate.of(2026, 11, 23))
                .client(Client.of("c")).addCaregiver(partner).addCaregiver(daughter);
        builder.addCareTask(CareTask.builder("t-1").kind(hoist ? TaskKind.HOIST_TRANSFER : TaskKind.PERSONAL_CARE)
                .performedBy("cg-2").build());
        return builder.build();
    }

    private static String[] golden() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLDEN))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
    }
}
