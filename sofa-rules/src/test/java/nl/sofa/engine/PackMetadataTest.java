package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.advice.Advice;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.PackStatus;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, part 6: a pack's publisher and status, from pack.json to the engine and the advice. */
class PackMetadataTest {
    @TempDir
    Path dir;

    private static final String DRL = """
            package acme;
            import nl.sofa.caregiver.Caregiver;
            import nl.sofa.engine.fact.RiskFactor;
            import nl.sofa.engine.fact.Because;
            rule "%s.factor"
                @description("Every caregiver who lives with the client gets a factor of this pack")
            when
                Caregiver( $id : id, livesWithClient )
            then
                insert( new RiskFactor( $id, "%s.FACTOR", drools.getRule().getName(), Because.of( "%s.factor", "caregiverId", $id ) ) );
            end
            """;

    private RulePack pack(String id, String fields) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(id));
        Files.writeString(folder.resolve("pack.json"), "{\"id\": \"" + id + "\", \"version\": \"2.1.0\","
                + " \"description\": \"d\"" + fields + "}");
        Files.writeString(folder.resolve("rules.drl"), DRL.formatted(id, id, id));
        Files.writeString(folder.resolve("actions.json"), "{\"reasons\": [{\"key\": \"" + id + ".factor\", \"text\":"
                + " {\"nl\": \"{caregiverId} woont bij de cliënt\", \"en\": \"{caregiverId} lives with the client\"}}]}");
        return RulePacks.load(folder);
    }

    private static Situation partner() {
        return situation(Phase.DAILY).id("sit-1").addCaregiver(caregiver("cg-1").livesWithClient(true).build()).build();
    }

    @Test
    void publisherAndStatusGoFromPackJsonIntoTheEngineAndTheAdvice() throws IOException {
        RulePack pack = pack("acme", ", \"publisher\": \"Acme Zorg\", \"status\": \"DRAFT\"");
        assertThat(pack.publisher()).isEqualTo("Acme Zorg");
        assertThat(pack.status()).isEqualTo(PackStatus.DRAFT);

        SofaEngine engine = SofaEngine.builder().addPack(pack).build();
        Advice advice = engine.evaluate(partner());

        PackInfo expected = new PackInfo("acme", "2.1.0", "Acme Zorg", PackStatus.DRAFT);
        assertThat(engine.packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"), expected);
        assertThat(advice.engine().packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"), expected);
        assertThat(SofaJson.standard().writeAdvice(advice)).contains(
                "{\"id\":\"sofa-builtin\",\"version\":\"2.0.0\"},{\"id\":\"acme\",\"version\":\"2.1.0\","
                        + "\"publisher\":\"Acme Zorg\",\"status\":\"DRAFT\"}");
    }

    @Test
    void aPackThatStatesNeitherWritesNeitherSoItsAdviceKeepsItsBytes() throws IOException {
        SofaEngine engine = SofaEngine.builder().addPack(pack("acme", "")).build();

        assertThat(SofaJson.standard().writeAdvice(engine.evaluate(partner())))
                .contains("{\"id\":\"acme\",\"version\":\"2.1.0\"}");
    }

    @Test
    void aRetiredPackIsListedWithItsRulesOffAndNeverRuns() throws IOException {
        SofaEngine engine = SofaEngine.builder().addPack(pack("acme", ", \"status\": \"RETIRED\"")).build();

        assertThat(engine.packs()).extracting(PackInfo::status).containsExactly(null, PackStatus.RETIRED);
        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("acme")).extracting(RuleInfo::enabled)
                .containsExactly(false);
        Advice advice = engine.evaluate(partner());
        assertThat(advice.engine().packs()).extracting(PackInfo::id).containsExactly("sofa-builtin");
        assertThat(advice.assessmentOf("cg-1").orElseThrow().factors()).doesNotContain("acme.FACTOR");
    }

    @Test
    void anUnknownStatusOrABlankPublisherIsRefusedAtItsPath() throws IOException {
        InvalidPackException status = catchThrowableOfType(InvalidPackException.class,
                () -> pack("acme", ", \"status\": \"active\""));
        assertThat(status.path()).isEqualTo("$.status");
        assertThat(status.getMessage()).endsWith("must be one of DRAFT, ACTIVE, RETIRED");

        InvalidPackException publisher = catchThrowableOfType(InvalidPackException.class,
                () -> pack("other", ", \"publisher\": 7"));
        assertThat(publisher.path()).isEqualTo("$.publisher");
        assertThat(publisher.getMessage()).endsWith("must be a non-blank string");
    }
}
