package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.internal.BuiltinPack;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.pack.RuleSource;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, part 2: every failure a pack causes is blamed on that pack, with the file and the line
 * or JSON path the guide promises, and never escapes as another exception type. Each test is a
 * fault the pack trial found.
 */
class PackBlameTest {
    @TempDir
    Path dir;

    private static final String RULE = """
            package acme;

            import nl.sofa.caregiver.Caregiver;

            rule "%s"
                @description("Never fires")
            when
                Caregiver( id == "nobody-has-this-id" )
            then
            end
            """;

    private Path pack(String name, String manifest, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("pack.json"), manifest);
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return folder;
    }

    private static String manifest(String id, String extra) {
        return "{\"id\": \"" + id + "\", \"version\": \"1.0.0\", \"description\": \"d\"" + extra + "}";
    }

    private static InvalidPackException refusal(Runnable build) {
        InvalidPackException e = catchThrowableOfType(InvalidPackException.class, build::run);
        assertThat(e).as("the pack must be refused with an InvalidPackException").isNotNull();
        return e;
    }

    @Test
    void aRuleIdThatTwoPacksUseIsRefusedNamingTheFileAndLineOfBothDeclarations() throws IOException {
        Path first = pack("first", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.care.x")));
        Path second = pack("second", manifest("acme.care", ""), Map.of("b.drl", "// a comment\n" + RULE.formatted("acme.care.x")));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(first))
                .addPack(RulePacks.load(second)).build());

        assertThat(e.packId()).isEqualTo("acme.care");
        assertThat(e.file()).isEqualTo(second.resolve("b.drl").toString());
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.getMessage()).isEqualTo("pack acme.care, " + second.resolve("b.drl") + ":6: rule id acme.care.x is"
                + " already used by pack acme (" + first.resolve("a.drl") + ":5)");
    }

    @Test
    void aRuleIdDeclaredTwiceInOnePackNamesTheSecondDeclaration() throws IOException {
        Path folder = pack("twice", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.x"),
                "b.drl", RULE.formatted("acme.x").replace("package acme;", "package other;")));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(folder)).build());

        assertThat(e.file()).isEqualTo(folder.resolve("b.drl").toString());
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).endsWith("rule id acme.x is already used by this pack (" + folder.resolve("a.drl") + ":5)");
    }

    @Test
    void twoPacksWithOneIdAreRefusedNamingBothPaths() throws IOException {
        Path first = pack("first", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.a")));
        Path second = pack("second", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.b")));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(first))
                .addPack(RulePacks.load(second)).build());

        assertThat(e.file()).isEqualTo(second.toString());
        assertThat(e.getMessage()).isEqualTo("pack acme, " + second + ": two packs have the id acme (" + first + " and "
                + second + "); a pack id must be unique");
    }

    @Test
    void aThresholdOutOfRangeNamesTheManifestAndTheJsonPath() throws IOException {
        Path folder = pack("acme", manifest("acme", ", \"thresholds\": {\"youngAgeBelow\": -3}"),
                Map.of("a.drl", RULE.formatted("acme.a")));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(folder)).build());

        assertThat(e.file()).isEqualTo(folder.resolve("pack.json").toString());
        assertThat(e.path()).isEqualTo("$.thresholds.youngAgeBelow");
        assertThat(e.getMessage()).contains("youngAgeBelow must be zero or more");
    }

    @Test
    void aThresholdTwoPacksSetDifferentlyNamesBothManifestsAndTheJsonPath() throws IOException {
        Path first = pack("first", manifest("acme", ", \"thresholds\": {\"intensiveHoursAbove\": 6}"),
                Map.of("a.drl", RULE.formatted("acme.a")));
        Path second = pack("second", manifest("other", ", \"thresholds\": {\"intensiveHoursAbove\": 4}"),
                Map.of("a.drl", RULE.formatted("other.a")));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(first))
                .addPack(RulePacks.load(second)).build());

        assertThat(e.file()).isEqualTo(second.resolve("pack.json").toString());
        assertThat(e.path()).isEqualTo("$.thresholds.intensiveHoursAbove");
        assertThat(e.getMessage()).contains("pack acme (" + first.resolve("pack.json") + ") already set threshold"
                + " intensiveHoursAbove to another value");
    }

    @Test
    void aThresholdGivenTwiceInOneManifestNamesItsLineAndJsonPath() throws IOException {
        Path folder = pack("acme", "{\"id\": \"acme\", \"version\": \"1\", \"description\": \"d\",\n"
                + "\"thresholds\": {\"intensiveHoursAbove\": 6,\n\"intensiveHoursAbove\": 7}}", Map.of("a.drl", RULE.formatted("acme.a")));

        InvalidPackException e = refusal(() -> RulePacks.load(folder));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.path()).isEqualTo("$.thresholds.intensiveHoursAbove");
        assertThat(e.getMessage()).contains("Duplicate field 'intensiveHoursAbove'");
    }

    @Test
    void aDuplicateActionIdInActionsJsonNamesBothPlaces() throws IOException {
        String action = "{\"id\": \"acme.CALL\", \"role\": \"SAMENWERKEN\", \"phase\": \"ANY\", \"text\": {\"nl\": \"Bellen\","
                + " \"en\": \"Call\"}}";
        Path folder = pack("acme", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.a"),
                "actions.json", "{\"actions\": [" + action + ", " + action + "]}"));

        InvalidPackException e = refusal(() -> RulePacks.load(folder));

        assertThat(e.file()).isEqualTo(folder.resolve("actions.json").toString());
        assertThat(e.path()).isEqualTo("$.actions[1].id");
        assertThat(e.getMessage()).endsWith("the action id acme.CALL is already used at $.actions[0]");
    }

    @Test
    void aDuplicateActionIdInAPackMadeInCodeIsAnInvalidPackException() {
        Action call = new Action("acme.CALL", SofaRole.SAMENWERKEN, ActionPhase.ANY, new LocalizedText("Bellen", "Call"));
        RulePack pack = new RulePack() {
            @Override public String id() { return "acme"; }
            @Override public String version() { return "1"; }
            @Override public String description() { return "d"; }
            @Override public List<RuleSource> rules() { return List.of(new RuleSource("a.drl", RULE.formatted("acme.a"))); }
            @Override public List<Action> actions() { return List.of(call, call); }
        };

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(pack).build());

        assertThat(e.path()).isEqualTo("$.actions[1].id");
        assertThat(e.getMessage()).isEqualTo("pack acme $.actions[1].id: the pack has two actions with the id acme.CALL");
    }

    @Test
    void theRulesEveryOverloadLevelDependsOnCannotBeSwitchedOff() {
        assertThat(SofaEngine.builder().build().rules()).extracting(RuleInfo::ruleId)
                .as("every required rule exists").containsAll(BuiltinPack.REQUIRED_RULES);
        for (String required : BuiltinPack.REQUIRED_RULES) {
            IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                    () -> SofaEngine.builder().disableRule(required).build());
            assertThat(e).as(required).isNotNull();
            assertThat(e.getMessage()).startsWith("cannot disable rule " + required + ": every caregiver's overload level"
                    + " depends on it");
        }
        assertThat(SofaEngine.builder().disableRule("builtin.begin.residential").build().rules())
                .filteredOn(r -> !r.enabled()).extracting(RuleInfo::ruleId).containsExactly("builtin.begin.residential");
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsPackFileLineAndSituationAndTheExceptionClassButNotItsMessage() throws IOException {
        Path folder = pack("thrower", manifest("thrower", ""), Map.of("rules.drl", """
                package t;
                import nl.sofa.caregiver.Caregiver;

                rule "thrower.age"
                    @description("Throws, quoting a value of the situation")
                when
                    Caregiver( $id : id, age != null, $age : age )
                then
                    throw new IllegalStateException("caregiver aged " + $age);
                end
                """));
        SofaEngine engine = SofaEngine.builder().addPack(RulePacks.load(folder)).build();
        Situation situation = situation(Phase.DAILY).id("sit-1").addCaregiver(caregiver("cg-1").age(47).build()).build();

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));

        assertThat(e.packId()).isEqualTo("thrower");
        assertThat(e.ruleId()).isEqualTo("thrower.age");
        assertThat(e.file()).isEqualTo(folder.resolve("rules.drl").toString());
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.situationId()).isEqualTo("sit-1");
        assertThat(e.getMessage()).isEqualTo("situation sit-1, pack thrower, rule thrower.age (" + folder.resolve("rules.drl")
                + ":4): the rule's consequence threw java.lang.IllegalStateException");
        assertThat(e.thrownType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(e.thrownMessage()).as("kept apart for the pack author").isEqualTo("caregiver aged 47");
        assertThat(e.getMessage()).as("the message a host logs").doesNotContain("aged");
    }

    @Test
    void aBuiltInRuleThatFailsIsNamedAsTheBuiltInPacks() {
        // The built-in pack never fails on a valid situation; a loop limit of 1 per fact makes it.
        SofaEngine engine = SofaEngine.builder().fireLimitPerFact(1).build();
        Situation situation = situation(Phase.DAILY).id("sit-2").addCaregiver(caregiver("cg-1").hoursPerWeek(40)
                .monthsCaring(24).livesWithClient(true).build()).build();

        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));

        assertThat(e.packId()).isEqualTo("sofa-builtin");
        assertThat(e.file()).isNull();
        assertThat(e.getMessage()).startsWith("situation sit-2, pack sofa-builtin, rule builtin.");
    }

    @Test
    void drlInSubfoldersIsLoadedLikeDrlAtTheTop() throws IOException {
        Path folder = pack("acme", manifest("acme", ""), Map.of("a.drl", RULE.formatted("acme.top"),
                "policy/hoist/b.drl", RULE.formatted("acme.nested")));

        RulePack pack = RulePacks.load(folder);

        assertThat(pack.rules()).extracting(RuleSource::name).containsExactly(folder.resolve("a.drl").toString(),
                folder.resolve("policy/hoist/b.drl").toString());
        assertThat(SofaEngine.builder().addPack(pack).build().rules()).extracting(RuleInfo::ruleId)
                .contains("acme.top", "acme.nested");
    }

    @Test
    void drlInASubfolderOfAJarIsLoaded() throws IOException {
        Path jar = dir.resolve("acme.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (var file : Map.of("pack.json", manifest("acme", ""), "policy/b.drl", RULE.formatted("acme.nested"))
                    .entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThat(RulePacks.load(jar).rules()).extracting(RuleSource::name).containsExactly(jar + "!/policy/b.drl");
    }

    @Test
    void aDrlFileTheManifestDoesNotListIsRefusedNotSkipped() throws IOException {
        Path folder = pack("acme", manifest("acme", ", \"rules\": [\"a.drl\"]"), Map.of("a.drl", RULE.formatted("acme.a"),
                "extra/b.drl", RULE.formatted("acme.b")));

        InvalidPackException e = refusal(() -> RulePacks.load(folder));

        assertThat(e.file()).isEqualTo(folder.resolve("pack.json").toString());
        assertThat(e.path()).isEqualTo("$.rules");
        assertThat(e.getMessage()).endsWith("extra/b.drl is in the pack but pack.json's rules do not list it (list it,"
                + " or remove the file)");
    }

    @Test
    void aRuleWithoutDescriptionIsRefusedAtItsLine() throws IOException {
        Path folder = pack("acme", manifest("acme", ""), Map.of("a.drl",
                "package acme;\n\nrule \"acme.silent\"\nwhen\n    eval(false)\nthen\nend\n"));

        InvalidPackException e = refusal(() -> SofaEngine.builder().addPack(RulePacks.load(folder)).build());

        assertThat(e.file()).isEqualTo(folder.resolve("a.drl").toString());
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).endsWith("rule acme.silent has no @description(\"...\"): say in one line what it"
                + " decides");
    }
}
