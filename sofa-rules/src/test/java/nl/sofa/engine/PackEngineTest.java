package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.sofa.advice.Advice;
import nl.sofa.advice.PackInfo;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.pack.RuleSource;
import nl.sofa.pack.TestClasspathPack;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packs in an engine: their rules run, their actions and thresholds apply, they can be switched
 * off, and every way a set of packs can be wrong is refused when the engine is built, with the
 * message a user sees.
 */
class PackEngineTest {
    @TempDir
    Path dir;

    private static final String REFER_DRL = """
            package acme.referral;

            import nl.sofa.advice.Priority;
            import nl.sofa.engine.fact.Because;
            import nl.sofa.engine.fact.OverloadLevel;
            import nl.sofa.engine.fact.SuggestedAction;
            import nl.sofa.advice.OverloadRisk;

            rule "acme.refer-regional"
                @description("A caregiver at high risk is referred to the regional support centre")
                salience -2000
            when
                OverloadLevel( $id : caregiverId, risk == OverloadRisk.HIGH )
            then
                insert( new SuggestedAction( "acme.REFER", $id, null, Priority.HIGH, drools.getRule().getName(),
                        Because.of( "acme.referred", "caregiverId", $id ) ) );
            end
            """;

    private static final Action REFER = new Action("acme.REFER", SofaRole.ONDERSTEUNEN, ActionPhase.ANY,
            new LocalizedText("Verwijzen naar het regionale steunpunt", "Refer to the regional support centre"));

    /** The reason template of REFER_DRL, which a pack that runs it must declare (contract v2). */
    private static final Map<String, LocalizedText> REFER_REASONS = Map.of("acme.referred",
            new LocalizedText("{caregiverId} wordt verwezen naar het regionale steunpunt",
                    "{caregiverId} is referred to the regional support centre"));

    private record Pack(String id, String version, String description, List<RuleSource> rules, List<Action> actions,
            Map<String, Double> thresholds, Map<String, LocalizedText> reasons) implements RulePack {
        static Pack of(String id, String drl) {
            return new Pack(id, "1.0.0", "test pack " + id, List.of(new RuleSource(id + ".drl", drl)), List.of(), Map.of(),
                    drl.contains("acme.referred") ? REFER_REASONS : Map.of());
        }

        Pack withActions(Action... actions) {
            return new Pack(id, version, description, rules, List.of(actions), thresholds, reasons);
        }

        Pack withThresholds(Map<String, Double> thresholds) {
            return new Pack(id, version, description, rules, actions, thresholds, reasons);
        }
    }

    private static String emptyRule(String ruleId) {
        return "package p;\nrule \"" + ruleId + "\" @description(\"d\") when eval(false) then end\n";
    }

    private static Situation highRisk() {
        return situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(60).monthsCaring(48)
                .livesWithClient(true).age(80).build()).build();
    }

    private static InvalidPackException refusal(SofaEngine.Builder builder) {
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, builder::build);
        assertThat(e).as("the engine must not be built").isNotNull();
        return e;
    }

    @Test
    void aPacksRuleSuggestsItsOwnActionWithTheCatalogText() {
        SofaEngine engine = SofaEngine.builder()
                .addPack(Pack.of("acme", REFER_DRL).withActions(REFER)).build();

        Advice advice = engine.evaluate(highRisk());

        assertThat(advice.suggestions()).filteredOn(s -> s.action().equals("acme.REFER")).singleElement()
                .satisfies(s -> {
                    assertThat(s.caregiverId()).isEqualTo("cg-1");
                    assertThat(s.text().nl()).isEqualTo("Verwijzen naar het regionale steunpunt");
                    assertThat(s.rules()).containsExactly("acme.refer-regional");
                    assertThat(s.reasons()).singleElement().satisfies(r -> {
                        assertThat(r.key()).isEqualTo("acme.referred");
                        assertThat(r.text().nl()).isEqualTo("cg-1 wordt verwezen naar het regionale steunpunt");
                        assertThat(r.text().en()).isEqualTo("cg-1 is referred to the regional support centre");
                    });
                });
        assertThat(advice.engine().packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"),
                new PackInfo("acme", "1.0.0"));
        assertThat(engine.catalog().contains("acme.REFER")).isTrue();
    }

    @Test
    void aPackLoadsFromAFolderAsAnIntegratorWritesIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("acme"));
        Files.writeString(folder.resolve("pack.json"), "{\"id\": \"acme\", \"version\": \"3.1.0\", \"description\": \"Acme\"}");
        Files.writeString(folder.resolve("referral.drl"), REFER_DRL);
        Files.writeString(folder.resolve("actions.json"), "{\"actions\": [{\"id\": \"acme.REFER\", \"role\": \"ONDERSTEUNEN\","
                + " \"phase\": \"ANY\", \"text\": {\"nl\": \"Verwijzen\", \"en\": \"Refer\"}}],"
                + " \"reasons\": [{\"key\": \"acme.referred\", \"text\": {\"nl\": \"{caregiverId} verwezen\","
                + " \"en\": \"{caregiverId} referred\"}}]}");

        SofaEngine engine = SofaEngine.builder().addPack(RulePacks.load(folder)).build();

        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("acme")).singleElement()
                .isEqualTo(new RuleInfo("acme", "3.1.0", "acme.refer-regional",
                        "A caregiver at high risk is referred to the regional support centre", true));
        assertThat(engine.evaluate(highRisk()).suggestions()).extracting(s -> s.action()).contains("acme.REFER");
    }

    @Test
    void packsOnTheClassPathAreAddedWhenAskedFor() throws IOException {
        Path services = Files.createDirectories(dir.resolve("cp/META-INF/services"));
        Files.writeString(services.resolve(RulePack.class.getName()), TestClasspathPack.class.getName());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                getClass().getClassLoader())) {
            SofaEngine engine = SofaEngine.builder().discoverPacks(loader).build();
            assertThat(engine.rules()).extracting(RuleInfo::ruleId).contains("test-classpath.nothing");
            assertThat(engine.catalog().contains("test-classpath.CALL")).isTrue();
        }
        assertThat(SofaEngine.builder().build().rules()).extracting(RuleInfo::packId).containsOnly("sofa-builtin");
    }

    @Test
    void aSwitchedOffPackIsListedButDoesNothing() {
        SofaEngine engine = SofaEngine.builder()
                .addPack(Pack.of("acme", REFER_DRL).withActions(REFER)).disablePack("acme").build();

        assertThat(engine.rules()).filteredOn(r -> r.packId().equals("acme")).extracting(RuleInfo::enabled)
                .containsExactly(false);
        Advice advice = engine.evaluate(highRisk());
        assertThat(advice.suggestions()).extracting(s -> s.action()).doesNotContain("acme.REFER");
        assertThat(advice.engine().packs()).containsExactly(new PackInfo("sofa-builtin", "2.0.0"));
        assertThat(engine.catalog().contains("acme.REFER")).isFalse();
    }

    @Test
    void aPacksRuleCanBeSwitchedOffById() {
        SofaEngine engine = SofaEngine.builder()
                .addPack(Pack.of("acme", REFER_DRL).withActions(REFER)).disableRule("acme.refer-regional").build();
        assertThat(engine.evaluate(highRisk()).suggestions()).extracting(s -> s.action()).doesNotContain("acme.REFER");
        assertThat(engine.rules()).filteredOn(r -> r.ruleId().equals("acme.refer-regional"))
                .extracting(RuleInfo::enabled).containsExactly(false);
    }

    @Test
    void switchingOffWhatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> SofaEngine.builder().disablePack("nope").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot disable pack nope: no pack has that id");
        assertThatThrownBy(() -> SofaEngine.builder().disablePack("sofa-builtin").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be disabled");
        assertThatThrownBy(() -> SofaEngine.builder().disableRule("builtin.nope").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot disable rule builtin.nope: no loaded rule has that id");
    }

    @Test
    void twoPacksWithOneIdAreRefused() {
        InvalidPackException e = refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("acme.a")))
                .addPack(Pack.of("acme", emptyRule("acme.b"))));
        assertThat(e.getMessage()).isEqualTo("pack acme: two packs have the id acme; a pack id must be unique");
    }

    @Test
    void aRuleIdOutsideThePacksNamespaceIsRefusedNamingTheFile() {
        InvalidPackException e = refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("builtin.overload.tally"))));
        assertThat(e.packId()).isEqualTo("acme");
        assertThat(e.file()).isEqualTo("acme.drl");
        assertThat(e.getMessage()).isEqualTo(
                "pack acme, acme.drl:2: rule builtin.overload.tally: the id of a rule of this pack must start with acme.");
    }

    @Test
    void aRuleIdUsedByTwoPacksIsRefused() {
        InvalidPackException e = refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("acme.care.x")))
                .addPack(Pack.of("acme.care", emptyRule("acme.care.x"))));
        assertThat(e.packId()).isEqualTo("acme.care");
        assertThat(e.getMessage()).contains("rule id acme.care.x is already used by pack acme");
    }

    @Test
    void anActionIdClashOrOutsideThePacksNamespaceIsRefused() {
        Action shared = new Action("acme.care.CALL", SofaRole.SAMENWERKEN, ActionPhase.ANY, REFER.text());
        InvalidPackException clash = refusal(SofaEngine.builder()
                .addPack(Pack.of("acme", emptyRule("acme.a")).withActions(shared))
                .addPack(Pack.of("acme.care", emptyRule("acme.care.a")).withActions(shared)));
        assertThat(clash.getMessage()).contains("action id acme.care.CALL is already in the catalog");

        Action foreign = new Action("S-B9", SofaRole.SAMENWERKEN, ActionPhase.BEGIN, REFER.text());
        InvalidPackException outside = refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("acme.a")).withActions(foreign)));
        assertThat(outside.getMessage()).contains("action S-B9: the id of an action of this pack must start with acme.");
    }

    @Test
    void drlThatDoesNotParseIsRefusedWithThePackTheFileDroolsLineAndDroolsOwnMessage() {
        String broken = "package acme;\n\nrule \"acme.broken\"\nwhen\n    Caregiver( age > )\nthen\nend\n";
        InvalidPackException e = refusal(SofaEngine.builder().addPack(Pack.of("acme", broken)));
        assertThat(e.packId()).isEqualTo("acme");
        assertThat(e.file()).isEqualTo("acme.drl");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).startsWith("pack acme, acme.drl:5: the DRL does not compile: acme.drl:5: ");
    }

    @Test
    void anUnknownTypeIsRefusedAtTheLineThatNamesIt() {
        String broken = "package acme;\n\nrule \"acme.broken\"\nwhen\n    NoSuchFact( x > 1 )\nthen\nend\n";
        InvalidPackException e = refusal(SofaEngine.builder().addPack(Pack.of("acme", broken)));
        assertThat(e.file()).isEqualTo("acme.drl");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).isEqualTo(
                "pack acme, acme.drl:5: the DRL does not compile: acme.drl:5: Unable to find class: NoSuchFact");
    }

    @Test
    void aPackMaySetAThreshold() {
        Situation sevenHours = situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(7).monthsCaring(4).build())
                .addCaregiver(caregiver("cg-2").build()).build();
        assertThat(Fixtures.ENGINE.evaluate(sevenHours).assessmentOf("cg-1").orElseThrow().factors()).isEmpty();

        SofaEngine stricter = SofaEngine.builder()
                .addPack(Pack.of("acme", emptyRule("acme.a")).withThresholds(Map.of("intensiveHoursAbove", 6.0))).build();

        assertThat(stricter.thresholds().intensiveHoursAbove()).isEqualTo(6.0);
        assertThat(stricter.evaluate(sevenHours).assessmentOf("cg-1").orElseThrow().factors()).isEmpty(); // 1 factor: NONE
        Situation withPartner = sevenHours.toBuilder().caregivers(List.of(sevenHours.caregivers().get(0).toBuilder()
                .livesWithClient(true).build(), sevenHours.caregivers().get(1))).build();
        assertThat(stricter.evaluate(withPartner).assessmentOf("cg-1").orElseThrow().factors())
                .containsExactly("INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT");
        assertThat(Fixtures.ENGINE.evaluate(withPartner).assessmentOf("cg-1").orElseThrow().factors()).isEmpty();
    }

    @Test
    void aPacksRuleThatMatchesTheThresholdsFactStillGetsIt() {
        // With the built-in pack alone the engine leaves the Thresholds fact out (no rule matches it);
        // a pack that matches it must get it, with the pack's own values.
        String drl = REFER_DRL.replace("import nl.sofa.advice.OverloadRisk;", "import nl.sofa.advice.OverloadRisk;\n"
                + "import nl.sofa.engine.Thresholds;").replace("OverloadLevel( $id : caregiverId, risk == OverloadRisk.HIGH )",
                "Thresholds( intensiveHoursAbove == 6.0 )\n    OverloadLevel( $id : caregiverId, risk == OverloadRisk.HIGH )");
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("acme", drl).withActions(REFER)
                .withThresholds(Map.of("intensiveHoursAbove", 6.0))).build();

        assertThat(engine.evaluate(highRisk()).suggestions()).filteredOn(s -> s.action().equals("acme.REFER"))
                .extracting(s -> s.caregiverId()).containsExactly("cg-1");
    }

    @Test
    void twoPacksThatSetOneThresholdDifferentlyAreRefused() {
        InvalidPackException e = refusal(SofaEngine.builder()
                .addPack(Pack.of("acme", emptyRule("acme.a")).withThresholds(Map.of("intensiveHoursAbove", 6.0)))
                .addPack(Pack.of("other", emptyRule("other.a")).withThresholds(Map.of("intensiveHoursAbove", 4.0))));
        assertThat(e.packId()).isEqualTo("other");
        assertThat(e.path()).isEqualTo("$.thresholds.intensiveHoursAbove");
        assertThat(e.getMessage()).contains("pack acme already set threshold intensiveHoursAbove to another value");
    }

    @Test
    void aThresholdThatDoesNotExistOrDoesNotFitIsRefused() {
        assertThat(refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("acme.a"))
                .withThresholds(Map.of("hours", 6.0)))).getMessage()).contains("there is no threshold hours");
        assertThat(refusal(SofaEngine.builder().addPack(Pack.of("acme", emptyRule("acme.a"))
                .withThresholds(Map.of("youngAgeBelow", 24.5)))).getMessage()).contains("must be a whole number");
    }

    @Test
    void aFailedBuildLeavesAnEngineAlreadyBuiltUntouched() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("acme", REFER_DRL).withActions(REFER)).build();
        String before = nl.sofa.json.SofaJson.standard().writeAdvice(engine.evaluate(highRisk()));

        refusal(SofaEngine.builder().addPack(Pack.of("acme", "package x; rule \"acme.x\" when Nope() then end")));
        refusal(SofaEngine.builder().addPack(Pack.of("acme", REFER_DRL)).addPack(Pack.of("acme", REFER_DRL)));

        assertThat(nl.sofa.json.SofaJson.standard().writeAdvice(engine.evaluate(highRisk()))).isEqualTo(before);
    }

    @Test
    void aPackSuggestingAnActionNobodyDefinedFailsThatEvaluationNamingTheRule() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("acme", REFER_DRL)).build();
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(highRisk()));
        assertThat(e.ruleId()).isEqualTo("acme.refer-regional");
        assertThat(e.situationId()).isEqualTo(highRisk().id());
        assertThat(e.getMessage()).contains("acme.REFER").contains("not in the catalog");
    }
}
