package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.PackProperties;
import nl.sofa.testkit.PropertyFailure;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, part 1: a pack can add to the built-in advice but not corrupt it. Each test is a pack
 * the trial wrote (or one of its kind); before the {@code PackGuard} each gave a wrong advice with
 * exit 0.
 */
class PackSafetyTest {
    private static final String IMPORTS = """
            package acme;
            import nl.sofa.advice.OverloadRisk;
            import nl.sofa.caregiver.Caregiver;
            import nl.sofa.engine.fact.OverloadLevel;
            import nl.sofa.engine.fact.RaisedFlag;
            import nl.sofa.engine.fact.RiskFactor;
            import nl.sofa.engine.fact.Because;
            """;

    private record Pack(String id, String version, String description, List<RuleSource> rules) implements RulePack {
        static Pack of(String drl) {
            return new Pack("acme", "1.0.0", "test pack", List.of(new RuleSource("acme.drl", IMPORTS + drl)));
        }

        @Override
        public java.util.Map<String, nl.sofa.catalog.LocalizedText> reasons() {
            return java.util.Map.of("acme.factor", new nl.sofa.catalog.LocalizedText("{caregiverId}: een factor van acme",
                    "{caregiverId}: a factor of acme"));
        }
    }

    /** Two risk factors (lives with the client, sole caregiver): ELEVATED; one more makes it... still ELEVATED; three more HIGH. */
    private static Situation partner() {
        return situation(Phase.DAILY).id("sit-partner").addCaregiver(caregiver("cg-1").hoursPerWeek(30).monthsCaring(24)
                .livesWithClient(true).age(80).build()).build();
    }

    private static EvaluationException failure(SofaEngine engine, Situation situation) {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> engine.evaluate(situation));
        assertThat(e).as("the evaluation must be refused, not give a wrong advice").isNotNull();
        return e;
    }

    private static final String LATE_FACTOR = """
            rule "acme.late-factor"
                @description("Adds a risk factor after reading the level: too late")
                salience -2000
            when
                OverloadLevel( $id : caregiverId, risk != OverloadRisk.NONE )
            then
                insert( new RiskFactor( $id, "acme.LATE", drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id ) ) );
            end
            """;

    // The built-in conclusions (suggestions, flags) are not facts (Outputs): what a pack could still
    // take away is a derived fact such as a caregiver's level.
    private static final String DELETE_LEVELS = """
            rule "acme.quiet"
                @description("Deletes the built-in overload levels")
                salience -3000
            when
                $level : OverloadLevel( risk != OverloadRisk.NONE )
            then
                delete( $level );
            end
            """;

    @Test
    void aRiskFactorInsertedAfterTheLevelWasCountedIsRefusedNamingThePacksRule() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of(LATE_FACTOR)).build();

        EvaluationException e = failure(engine, partner());

        assertThat(e.packId()).isEqualTo("acme");
        assertThat(e.ruleId()).isEqualTo("acme.late-factor");
        assertThat(e.file()).isEqualTo("acme.drl");
        assertThat(e.line()).as("the line of the rule keyword, after the imports").isEqualTo(8);
        assertThat(e.problem()).isEqualTo("inserted an overload factor (RiskFactor acme.LATE) for caregiver cg-1 after"
                + " that caregiver's overload was tallied (salience -1000): it would not count. Insert overload factors"
                + " in the DERIVE stratum (salience above -1000) from facts that exist there");
    }

    @Test
    void theSameFactorInTheDeriveStratumCounts() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.early-factor"
                    @description("Adds a risk factor before the tally")
                when
                    Caregiver( $id : id, livesWithClient )
                then
                    insert( new RiskFactor( $id, "acme.EARLY", drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id ) ) );
                end
                """)).build();

        assertThat(engine.evaluate(partner()).assessmentOf("cg-1").orElseThrow().factors()).contains("acme.EARLY");
    }

    @Test
    void deletingTheBuiltInOverloadLevelsIsRefused() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of(DELETE_LEVELS)).build();

        EvaluationException e = failure(engine, partner());

        assertThat(e.ruleId()).isEqualTo("acme.quiet");
        assertThat(e.problem()).isEqualTo("deleted a OverloadLevel that pack sofa-builtin inserted: a pack's rules may"
                + " delete or change only the facts that pack's own rules inserted");
    }

    @Test
    void aPackRuleCannotReachTheBuiltInFlagsAtAll() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.quiet-flags"
                    @description("Would delete the built-in overload flags")
                    salience -3000
                when
                    $flag : RaisedFlag( code == "OVERLOAD_RISK" )
                then
                    delete( $flag );
                end
                """)).build();

        assertThat(engine.evaluate(partner()).flags()).extracting(f -> f.code()).contains("OVERLOAD_RISK");
    }

    @Test
    void deletingAFactOfTheSituationIsRefused() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.forget"
                    @description("Deletes a caregiver the built-in rules need")
                    salience 10
                when
                    $c : Caregiver()
                then
                    delete( $c );
                end
                """)).build();

        assertThat(failure(engine, partner()).problem()).startsWith("deleted a Caregiver that pack sofa-builtin inserted");
    }

    @Test
    void changingABuiltInLevelIsRefused() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.downgrade"
                    @description("Tells the engine a level changed")
                    salience -1500
                when
                    $level : OverloadLevel( risk == OverloadRisk.ELEVATED )
                then
                    update( $level );
                end
                """)).build();

        assertThat(failure(engine, partner()).problem()).startsWith("changed a OverloadLevel that pack sofa-builtin inserted");
    }

    @Test
    void insertingALevelIsRefused() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.own-level"
                    @description("Inserts a level of its own")
                when
                    Caregiver( $id : id )
                then
                    insert( OverloadLevel.of( $id, OverloadRisk.NONE, java.util.List.of(), drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id ), java.util.List.of() ) );
                end
                """)).build();

        assertThat(failure(engine, partner()).problem()).isEqualTo("inserted an OverloadLevel: only the built-in pack"
                + " counts overload levels; add an overload factor instead");
    }

    @Test
    void aFactorForAnIdThatIsNoCaregiverIsRefused() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.typo"
                    @description("Adds a factor for a caregiver id that does not exist")
                when
                    Caregiver( $id : id )
                then
                    insert( new RiskFactor( $id + "-typo", "acme.TYPO", drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id + "-typo" ) ) );
                end
                """)).build();

        EvaluationException e = failure(engine, partner());
        assertThat(e.ruleId()).isEqualTo("acme.typo");
        assertThat(e.problem()).isEqualTo("inserted an overload factor for cg-1-typo, which is not a caregiver of the"
                + " situation: it would not count");
    }

    @Test
    void aPackMayDeleteAndReplaceItsOwnFacts() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.mark"
                    @description("Inserts a marker of its own")
                when
                    Caregiver( $id : id )
                then
                    insert( new RiskFactor( $id, "acme.MARK", drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id ) ) );
                end

                rule "acme.unmark"
                    @description("Deletes its own marker again")
                    salience -10
                when
                    $f : RiskFactor( code == "acme.MARK" )
                then
                    delete( $f );
                end
                """)).build();

        Advice advice = engine.evaluate(partner());

        assertThat(advice.assessmentOf("cg-1").orElseThrow().factors()).doesNotContain("acme.MARK");
        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk())
                .isEqualTo(Fixtures.ENGINE.evaluate(partner()).assessmentOf("cg-1").orElseThrow().overloadRisk());
    }

    @Test
    void thePackPropertyCatchesAPackThatDeletesBuiltInLevels() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of(DELETE_LEVELS)).build();

        assertThatThrownBy(() -> PackProperties.of(Fixtures.ENGINE::evaluate, engine::evaluate).verify())
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("the engine with the pack failed where the engine without it did not")
                .hasMessageContaining("rule acme.quiet");
    }

    @Test
    void thePackPropertyCatchesAPackThatAddsItsFactorTooLate() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of(LATE_FACTOR)).build();

        assertThatThrownBy(() -> PackProperties.of(Fixtures.ENGINE::evaluate, engine::evaluate).verify())
                .isInstanceOf(PropertyFailure.class).hasMessageContaining("rule acme.late-factor");
    }

    @Test
    void thePackPropertyHoldsForAPackThatOnlyAdds() {
        SofaEngine engine = SofaEngine.builder().addPack(Pack.of("""
                rule "acme.early-factor"
                    @description("Adds a risk factor before the tally")
                when
                    Caregiver( $id : id, livesWithClient )
                then
                    insert( new RiskFactor( $id, "acme.EARLY", drools.getRule().getName(), Because.of( "acme.factor", "caregiverId", $id ) ) );
                end
                """)).build();

        PackProperties.of(Fixtures.ENGINE::evaluate, engine::evaluate).over(Situations.valid()).verify();
        assertThat(engine.evaluate(partner()).assessmentOf("cg-1").orElseThrow().overloadRisk())
                .isNotEqualTo(OverloadRisk.NONE);
    }
}
