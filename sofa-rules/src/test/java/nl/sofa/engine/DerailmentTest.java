package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flagCodes;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.DerailmentSignal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v1.md §4 as changed by rules-v2.md §D: derailed informal care (ontspoorde mantelzorg). */
class DerailmentTest {
    private static Client clientWith(DerailmentSignal... signals) {
        return Client.builder("cl-1").derailmentSignals(signals).build();
    }

    // rules-v2 §D: injuries, neglect and financial irregularities are CRITICAL on their own (see DerailmentV2Test)
    @ParameterizedTest
    @EnumSource(value = DerailmentSignal.class, names = {"CLIENT_INJURIES", "CLIENT_NEGLECTED", "FINANCIAL_IRREGULARITIES"},
            mode = EnumSource.Mode.EXCLUDE)
    void anyOtherSignalWarnsOnceForTheSituationAndSuggestsTheProtocolAtHigh(DerailmentSignal signal) {
        Advice advice = evaluate(situation(Phase.DAILY).client(clientWith(signal))
                .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build()));

        Flag flag = requireFlag(advice, "DERAILED_CARE_RISK", null, null);
        assertThat(flag.severity()).isEqualTo(Severity.WARNING);
        assertThat(flag.boundary()).isNull();
        assertThat(flagCodes(advice)).containsOnlyOnce("DERAILED_CARE_RISK");
        assertThat(requireSuggestion(advice, "X-DERAILED", null).priority()).isEqualTo(Priority.HIGH);
    }

    // rules-v2 §D: v1 used CLIENT_INJURIES, which is CRITICAL on its own now
    @Test
    void anElevatedCaregiverLeavesItAWarning() {
        Advice advice = evaluate(situation(Phase.DAILY).client(clientWith(DerailmentSignal.PROBLEMS_CONCEALED))
                .addCaregiver(caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                .addCaregiver(caregiver("cg-2").build()));

        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aCaregiverAtHighRiskMakesItCritical() {
        Advice advice = evaluate(situation(Phase.DAILY).client(clientWith(DerailmentSignal.CAREGIVER_SNAPS_OR_BOSSES))
                .addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").burden(BurdenMeasurement.of(BurdenInstrument.ZBI, 50)).build()));

        Flag flag = requireFlag(advice, "DERAILED_CARE_RISK", null, null);
        assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(flag.rules()).containsExactly("builtin.derailment.critical.overload");
        assertThat(flagCodes(advice)).containsOnlyOnce("DERAILED_CARE_RISK");
        assertThat(requireSuggestion(advice, "X-DERAILED", null).priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void withoutCaregiversSignalsStillWarn() {
        Advice advice = evaluate(situation(Phase.BEGIN).client(clientWith(DerailmentSignal.HELP_OR_VISITS_REFUSED)));

        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void noSignalNoFlag() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1")
                .burden(BurdenMeasurement.of(BurdenInstrument.ZBI, 50)).build()));

        assertThat(flagCodes(advice)).doesNotContain("DERAILED_CARE_RISK");
        assertThat(suggestion(advice, "X-DERAILED", null)).isEmpty();
    }

    @Test
    void theReasonListsTheSignalsSorted() {
        Advice advice = evaluate(situation(Phase.DAILY)
                .client(clientWith(DerailmentSignal.PROBLEMS_CONCEALED, DerailmentSignal.CLIENT_INJURIES))
                .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build()));

        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).reasons().get(0).params())
                .containsEntry("derailmentSignals", List.of("CLIENT_INJURIES", "PROBLEMS_CONCEALED"));
    }
}
