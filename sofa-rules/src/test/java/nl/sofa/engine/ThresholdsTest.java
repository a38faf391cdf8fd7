package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The thresholds of rules-v1.md and rules-v2.md, in one record. */
class ThresholdsTest {
    @Test
    void theDefaultsAreTheNumbersOfRulesV1() {
        Thresholds t = Thresholds.defaults();

        assertThat(t.intensiveHoursAbove()).isEqualTo(8);
        assertThat(t.intensiveMonthsAbove()).isEqualTo(3);
        assertThat(t.veryManyHoursFrom()).isEqualTo(40);
        assertThat(t.workHoursAbove()).isEqualTo(8);
        assertThat(t.youngAgeBelow()).isEqualTo(25);
        assertThat(t.oldAgeFrom()).isEqualTo(75);
        assertThat(t.edizPlusModerateFrom()).isEqualTo(4);
        assertThat(t.edizPlusHeavyFrom()).isEqualTo(9);
        assertThat(t.csiHeavyFrom()).isEqualTo(7);
        assertThat(t.zbiModerateFrom()).isEqualTo(21);
        assertThat(t.zbiHeavyFrom()).isEqualTo(41);
        assertThat(t.highSignalsFrom()).isEqualTo(3);
        assertThat(t.highSignalsWithFactorsFrom()).isEqualTo(1);
        assertThat(t.highFactorsWithSignalsFrom()).isEqualTo(4);
        assertThat(t.highFactorsFrom()).isEqualTo(5);
        assertThat(t.elevatedSignalsFrom()).isEqualTo(1);
        assertThat(t.elevatedFactorsFrom()).isEqualTo(2);
        assertThat(t.manyTasksFrom()).isEqualTo(2);
        assertThat(t.experiencedMonthsFrom()).isEqualTo(12);
    }

    @Test
    void theDefaultsAddTheNumbersOfRulesV2() {
        Thresholds t = Thresholds.defaults();

        assertThat(t.lightHoursBelow()).as("§F: fewer than 4 hours a week is light").isEqualTo(4);
        assertThat(t.recentMeasurementDays()).as("§F: at most 365 days before the reference date").isEqualTo(365);
        assertThat(t.edizPlusLightUpTo()).as("§F: EDIZ_PLUS 0-3").isEqualTo(3);
        assertThat(t.csiLightUpTo()).as("§F: CSI 0-3").isEqualTo(3);
        assertThat(t.zbiLightUpTo()).as("§F: ZBI 0-20").isEqualTo(20);
        assertThat(t.minorAgeBelow()).as("§G: younger than 18").isEqualTo(18);
        assertThat(t.roundTheClockHoursFrom()).as("§F: 'vrijwel de klok rond' from 100").isEqualTo(100);
        assertThat(t.followUpAfterDeathDays()).as("§E: O-E4 referenceDate + 42 days").isEqualTo(42);
    }

    @Test
    void aWitherChangesOneNumberAndLeavesTheRest() {
        Thresholds changed = Thresholds.defaults().withZbiHeavyFrom(50).withYoungAgeBelow(18);

        assertThat(changed.zbiHeavyFrom()).isEqualTo(50);
        assertThat(changed.youngAgeBelow()).isEqualTo(18);
        assertThat(changed.withZbiHeavyFrom(41).withYoungAgeBelow(25)).isEqualTo(Thresholds.defaults());
    }

    @Test
    void everyWitherSetsItsOwnComponent() {
        Thresholds t = Thresholds.defaults()
                .withIntensiveHoursAbove(1).withIntensiveMonthsAbove(2).withVeryManyHoursFrom(3).withWorkHoursAbove(4)
                .withYoungAgeBelow(5).withOldAgeFrom(6).withEdizPlusModerateFrom(7).withEdizPlusHeavyFrom(8)
                .withCsiHeavyFrom(9).withZbiModerateFrom(10).withZbiHeavyFrom(11).withHighSignalsFrom(12)
                .withHighSignalsWithFactorsFrom(13).withHighFactorsWithSignalsFrom(14).withHighFactorsFrom(15)
                .withElevatedSignalsFrom(16).withElevatedFactorsFrom(17).withManyTasksFrom(18)
                .withExperiencedMonthsFrom(19).withLightHoursBelow(20).withRecentMeasurementDays(21)
                .withEdizPlusLightUpTo(22).withCsiLightUpTo(23).withZbiLightUpTo(24).withMinorAgeBelow(25)
                .withRoundTheClockHoursFrom(26).withFollowUpAfterDeathDays(27);

        assertThat(t).isEqualTo(new Thresholds(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
                21, 22, 23, 24, 25, 26, 27));
    }

    @Test
    void aNegativeNumberIsRefusedByName() {
        assertThatThrownBy(() -> Thresholds.defaults().withOldAgeFrom(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("oldAgeFrom must be zero or more: -1");
        assertThatThrownBy(() -> Thresholds.defaults().withVeryManyHoursFrom(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("veryManyHoursFrom must be zero or more: NaN");
    }

    @Test
    void aModerateBandAboveItsHeavyBandIsRefused() {
        assertThatThrownBy(() -> Thresholds.defaults().withEdizPlusModerateFrom(10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edizPlusModerateFrom (10) must not be above edizPlusHeavyFrom (9)");
        assertThatThrownBy(() -> Thresholds.defaults().withZbiHeavyFrom(20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("zbiModerateFrom (21) must not be above zbiHeavyFrom (20)");
    }

    @org.junit.jupiter.api.Test
    void everyWitherSetsItsOwnThresholdAndNothingElse() throws Exception {
        Thresholds defaults = Thresholds.defaults();
        for (java.lang.reflect.RecordComponent component : Thresholds.class.getRecordComponents()) {
            String name = component.getName();
            java.lang.reflect.Method wither = Thresholds.class.getMethod(
                    "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1), component.getType());
            Object bigger = component.getType() == int.class
                    ? (Object) ((Integer) component.getAccessor().invoke(defaults) + 1)
                    : (Object) ((Double) component.getAccessor().invoke(defaults) + 0.5);
            Thresholds changed = (Thresholds) wither.invoke(defaults, bigger);
            for (java.lang.reflect.RecordComponent other : Thresholds.class.getRecordComponents()) {
                Object expected = other.getName().equals(name) ? bigger : other.getAccessor().invoke(defaults);
                org.assertj.core.api.Assertions.assertThat(other.getAccessor().invoke(changed))
                        .as("%s after %s", other.getName(), wither.getName()).isEqualTo(expected);
            }
        }
    }
}
