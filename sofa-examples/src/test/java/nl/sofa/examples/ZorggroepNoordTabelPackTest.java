package nl.sofa.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.testkit.AdviceProperties;
import nl.sofa.testkit.PackProperties;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.Test;

/**
 * The spreadsheet pack in sofa-examples/packs/zorggroep-noord-tabel holds what its table says and,
 * like a DRL pack, keeps the built-in properties and only adds to the built-in advice.
 */
class ZorggroepNoordTabelPackTest {
    private static final RulePack PACK = RulePacks.load(Path.of("packs/zorggroep-noord-tabel"));
    private static final SofaEngine ENGINE = SofaEngine.builder().addPack(PACK).build();

    @Test
    void theTableGivesItsRulesThresholdActionsSignalsAndReasons() {
        assertThat(ENGINE.rules()).filteredOn(rule -> rule.packId().equals("zorggroep-noord-tabel"))
                .extracting(rule -> rule.ruleId()).containsExactlyInAnyOrder(
                        "zorggroep-noord-tabel.mantelzorger.tillift",
                        "zorggroep-noord-tabel.vrijwilliger.tillift.intramuraal",
                        "zorggroep-noord-tabel.vrijwilliger.medicatie",
                        "zorggroep-noord-tabel.verwijzing.steunpunt");
        assertThat(ENGINE.thresholds().intensiveHoursAbove()).isEqualTo(6.0);
        assertThat(PACK.actions()).extracting(action -> action.id()).containsExactly(
                "zorggroep-noord-tabel.HOIST-TWO-PEOPLE", "zorggroep-noord-tabel.REFER-STEUNPUNT");
        assertThat(PACK.flags()).extracting(flag -> flag.code()).containsExactly(
                "zorggroep-noord-tabel.HOIST_WITHOUT_SECOND_PERSON", "zorggroep-noord-tabel.VOLUNTEER_NOT_ALLOWED");
        assertThat(PACK.reasons().get("zorggroep-noord-tabel.vrijwilliger.medicatie").nl())
                .isEqualTo("Vrijwilligers geven bij ons geen medicatie (taak {taskId})");
    }

    @Test
    void theBuiltInPropertiesStillHoldWithThePack() {
        AdviceProperties.of(ENGINE::evaluate).over(Situations.valid()).verify();
    }

    @Test
    void thePackAddsToTheBuiltInAdviceAndTakesNothingFromIt() {
        SofaEngine builtin = SofaEngine.builder().thresholds(Thresholds.defaults().with("intensiveHoursAbove", 6)).build();
        PackProperties.of(builtin::evaluate, ENGINE::evaluate).verify();
    }
}
