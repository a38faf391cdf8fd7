package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.flagCodes;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules-v1.md §3 "Network": the sole caregiver and the situation without caregivers. */
class NetworkTest {

    @Test
    void aSoleCaregiverAtElevatedRiskIsFlaggedAsCarryingTheCareAlone() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE).build()));

        Flag flag = requireFlag(advice, "SOLE_CAREGIVER", "cg-1", null);
        assertThat(flag.severity()).isEqualTo(Severity.WARNING);
        assertThat(flag.boundary()).isNull();
    }

    @Test
    void aSoleCaregiverAtHighRiskIsFlaggedWithAWarningToo() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1")
                .burden(BurdenMeasurement.of(BurdenInstrument.CSI, 9)).build()));

        assertThat(requireFlag(advice, "SOLE_CAREGIVER", "cg-1", null).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aSoleCaregiverWithoutRiskIsNotFlagged() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build()));

        assertThat(flagCodes(advice)).doesNotContain("SOLE_CAREGIVER");
    }

    @Test
    void twoCaregiversAtRiskAreNotSole() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                .addCaregiver(caregiver("cg-2").signals(OverloadSignal.TIME_PRESSURE).build()));

        assertThat(flagCodes(advice)).doesNotContain("SOLE_CAREGIVER");
    }

    @Test
    void volunteersDoNotShareTheCareOfASoleCaregiver() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .addCaregiver(caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                .addVolunteer(new Volunteer("vw-1")));

        assertThat(requireFlag(advice, "SOLE_CAREGIVER", "cg-1", null).severity()).isEqualTo(Severity.WARNING);
    }

    @ParameterizedTest
    @CsvSource({"BEGIN, O-B3", "DAILY, O-D3", "ENDING, O-E1"})
    void withoutCaregiversTheFlagIsInfoAndTheNetworkActionOfThePhaseIsMediumForNobody(Phase phase, String action) {
        Situation.Builder situation = phase == Phase.ENDING ? ending(EndingReason.TRANSFER) : situation(phase);
        Advice advice = evaluate(situation);

        Flag flag = requireFlag(advice, "NO_CAREGIVER_KNOWN", null, null);
        assertThat(flag.severity()).isEqualTo(Severity.INFO);
        assertThat(flag.boundary()).isNull();
        assertThat(advice.flags()).hasSize(1);
        Suggestion suggestion = requireSuggestion(advice, action, null);
        assertThat(suggestion.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(advice.suggestions()).containsExactly(suggestion);
        assertThat(advice.caregivers()).isEmpty();
    }

    @Test
    void volunteersAloneAreNoCaregiver() {
        Advice advice = evaluate(situation(Phase.BEGIN).addVolunteer(new Volunteer("vw-1")));

        assertThat(requireFlag(advice, "NO_CAREGIVER_KNOWN", null, null).severity()).isEqualTo(Severity.INFO);
        assertThat(requireSuggestion(advice, "O-B3", null).priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void withACaregiverThereIsNoNoCaregiverFlagAndNoNetworkActionForNobody() {
        Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").build()));

        assertThat(flag(advice, "NO_CAREGIVER_KNOWN", null, null)).isEmpty();
        assertThat(advice.suggestions()).noneMatch(s -> s.caregiverId() == null);
    }
}
