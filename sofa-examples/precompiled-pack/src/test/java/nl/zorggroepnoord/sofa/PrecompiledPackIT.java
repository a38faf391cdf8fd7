package nl.zorggroepnoord.sofa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.sofa.advice.PackInfo;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.engine.RuleInfo;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.pack.internal.PackFiles;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries the executable model, SOFA loads the pack from it without compiling
 * DRL, and the pack advises exactly as the same pack as a folder of DRL does.
 */
class PrecompiledPackIT {
    private static final Path JAR = Path.of(System.getProperty("pack.jar"));
    private static final Path FOLDER = Path.of(System.getProperty("pack.folder"));

    private static List<Situation> situations() {
        Caregiver partner = Caregiver.builder("cg-1").relationToClient(RelationToClient.PARTNER).hoursPerWeek(40)
                .monthsCaring(36).livesWithClient(true).build();
        Caregiver daughter = Caregiver.builder("cg-2").relationToClient(RelationToClient.CHILD).hoursPerWeek(7)
                .monthsCaring(12).build();
        return List.of(
                Situation.builder("s-1", Phase.DAILY).referenceDate(java.time.LocalDate.of(2026, 11, 23))
                        .client(Client.of("c")).addCaregiver(partner).build(),
                Situation.builder("s-2", Phase.DAILY).referenceDate(java.time.LocalDate.of(2026, 11, 23))
                        .client(Client.of("c")).addCaregiver(partner).addCaregiver(daughter)
                        .addCareTask(CareTask.builder("t-1").kind(TaskKind.HOIST_TRANSFER).performedBy("cg-2").build())
                        .build());
    }

    @Test
    void theJarCarriesTheExecutableModelAndSofaLoadsItInsteadOfCompilingDrl() throws Exception {
        assertThat(Files.isRegularFile(JAR)).as(JAR.toString()).isTrue();

        RulePack pack = RulePacks.load(JAR);

        assertThat(pack).isInstanceOfSatisfying(PackFiles.FilePack.class,
                files -> assertThat(files.precompiled()).as("the model was generated (kie-maven-plugin needs"
                        + " drools-model-compiler on the module's class path)").isNotNull().isNotEmpty());
        SofaEngine engine = SofaEngine.builder().addPack(pack).build();
        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("zorggroep-noord")).extracting(RuleInfo::ruleId)
                .containsExactly("zorggroep-noord.hoist.two-people", "zorggroep-noord.refer.steunpunt");
        assertThat(engine.packs()).contains(new PackInfo("zorggroep-noord", "2.0.0",
                "Zorggroep Noord (example organisation)", nl.sofa.advice.PackStatus.ACTIVE));
    }

    @Test
    void thePrecompiledPackAdvisesExactlyAsTheDrlFolder() {
        SofaEngine precompiled = SofaEngine.builder().addPack(RulePacks.load(JAR)).build();
        SofaEngine compiled = SofaEngine.builder().addPack(RulePacks.load(FOLDER)).build();
        SofaJson json = SofaJson.standard();

        for (Situation situation : situations()) {
            assertThat(json.writeAdvice(precompiled.evaluate(situation)))
                    .isEqualTo(json.writeAdvice(compiled.evaluate(situation)));
        }
        assertThat(precompiled.evaluate(situations().get(1)).flags()).extracting(f -> f.code())
                .contains("zorggroep-noord.HOIST_WITHOUT_SECOND_PERSON");
    }
}
