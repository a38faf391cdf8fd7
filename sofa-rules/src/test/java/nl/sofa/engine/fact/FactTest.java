package nl.sofa.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import org.junit.jupiter.api.Test;

/** The fact model's own rules: codes, checks, formatting of reasons, and nothing private in toString. */
class FactTest {
    private static final Because WHY = Because.of("test.why", "caregiverId", "cg-1");

    @Test
    void aFactsToStringHoldsIdsAndCountsButNoValueFromTheSituation() {
        List<Object> facts = List.of(
                new EvaluationContext("sit-1", LocalDate.of(2026, 11, 23), Phase.ENDING, EndingReason.DECEASED, null),
                new BurdenBand("cg-1", BurdenBand.Level.HEAVY, "r.1",
                        Because.of("overload.burden.csi.heavy", "caregiverId", "cg-1", "score", 13)),
                new ObservedSignal("cg-1", OverloadSignal.PSYCHOLOGICAL_COMPLAINTS, "r.2",
                        Because.of("overload.signal", "caregiverId", "cg-1", "signal", OverloadSignal.PSYCHOLOGICAL_COMPLAINTS)),
                new RiskFactor("cg-1", "OLDER_CAREGIVER", "r.3", Because.of("overload.factor.older", "caregiverId", "cg-1", "age", 79)),
                new OverloadTally("cg-1", Set.of(BurdenBand.Level.HEAVY), new TreeSet<>(Set.of("SIGNAL_SLEEP_PROBLEMS")),
                        new TreeSet<>(Set.of("DEMANDING_CONDITION")), List.of()),
                new OverloadLevel("cg-1", OverloadRisk.HIGH, List.of("DEMANDING_CONDITION"), "r.4",
                        Because.of("overload.factor.demanding-condition", "caregiverId", "cg-1", "condition", "DEMENTIA"), List.of()),
                new TaskFinding("INSTRUCTION_MISSING", Severity.CRITICAL, Boundary.FUNCTIONEEL, "cg-1", "t-1", "G-INSTRUCT",
                        "r.5", Because.of("task.instruction.missing.reserved", "caregiverId", "cg-1", "kind", "INJECTION")),
                new SuggestedAction("V-INFO", "cg-1", null, Priority.HIGH, "r.6", Because.of("overload.factor.older", "age", 79)),
                new RaisedFlag("OVERLOAD_RISK", Severity.CRITICAL, null, "cg-1", null, "r.7",
                        Because.of("overload.factor.older", "age", 79, "assessedOn", LocalDate.of(2026, 1, 2))),
                Because.of("overload.factor.older", "age", 79, "kind", "INJECTION"));

        assertThat(facts.get(4).toString()).isEqualTo("OverloadTally[caregiverId=cg-1, signals=1, riskFactors=1]");
        for (Object fact : facts.subList(0, facts.size() - 1)) {
            assertThat(fact.toString()).containsAnyOf("cg-1", "sit-1").doesNotContain("79", "13", "DEMENTIA",
                    "INJECTION", "SLEEP", "PSYCHOLOGICAL", "DEMANDING", "DECEASED", "2026", "HEAVY", "HIGH", "CRITICAL",
                    "OLDER");
        }
        assertThat(facts.get(facts.size() - 1).toString()).doesNotContain("79", "INJECTION");
    }

    @Test
    void aSignalsCodeIsItsNameAfterSIGNAL() {
        ObservedSignal signal = new ObservedSignal("cg-1", OverloadSignal.SOCIAL_ISOLATION, "r", WHY);

        assertThat(signal.code()).isEqualTo("SIGNAL_SOCIAL_ISOLATION").isEqualTo(FactorCodes.signal(signal.signal()));
        assertThat(new BurdenBand("cg-1", BurdenBand.Level.MODERATE, "r", WHY).code()).isEqualTo("BURDEN_SCORE_MODERATE");
    }

    @Test
    void aTallyCountsDistinctCodesAndListsThemAllSorted() {
        OverloadTally tally = OverloadTally.of("cg-1", List.of(
                new BurdenBand("cg-1", BurdenBand.Level.MODERATE, "r", WHY),
                new ObservedSignal("cg-1", OverloadSignal.TIME_PRESSURE, "r", WHY),
                new ObservedSignal("cg-1", OverloadSignal.SLEEP_PROBLEMS, "r", WHY),
                new RiskFactor("cg-1", "LIVES_WITH_CLIENT", "r", WHY),
                new RiskFactor("cg-1", "LIVES_WITH_CLIENT", "r2", WHY)));

        assertThat(tally.signalCount()).isEqualTo(2);
        assertThat(tally.riskFactorCount()).isEqualTo(1);
        assertThat(tally.factorCodes()).containsExactly("BURDEN_SCORE_MODERATE", "LIVES_WITH_CLIENT",
                "SIGNAL_SLEEP_PROBLEMS", "SIGNAL_TIME_PRESSURE");
        assertThat(tally.facts()).hasSize(5);
    }

    @Test
    void aReasonKeepsItsParamsSortedAsCodesAndLeavesOutAbsentOnes() {
        Because because = Because.of("k", "signals", List.of(OverloadSignal.TIME_PRESSURE, OverloadSignal.FINANCIAL_STRAIN),
                "age", null, "caregiverId", "cg-1", "risk", OverloadRisk.HIGH);

        assertThat(because.params()).containsOnlyKeys("caregiverId", "risk", "signals");
        assertThat(because.params().keySet()).containsExactly("caregiverId", "risk", "signals");
        assertThat(because.params().get("risk")).isEqualTo("HIGH");
        assertThat(because.params().get("signals")).isEqualTo(List.of("FINANCIAL_STRAIN", "TIME_PRESSURE"));
        assertThatThrownBy(() -> Because.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Because.of("k", "caregiverId")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNameGivenTwiceKeepsItsLastValueAndALaterNullLeavesTheEarlierValue() {
        Because because = Because.of("k", "hours", 40, "taskId", "t-1", "hours", 41, "taskId", null);

        assertThat(because.params()).isEqualTo(java.util.Map.of("hours", 41, "taskId", "t-1"));
        assertThat(because.params().keySet()).containsExactly("hours", "taskId");
    }

    @Test
    void aReasonsParamsAreCopiedOnceAndSharedByTheAdvicesReason() {
        Because because = Because.of("k", "signals", Set.of(OverloadSignal.TIME_PRESSURE), "caregiverId", "cg-1");
        nl.sofa.advice.Reason reason = nl.sofa.advice.Reason.of("k", because.params(),
                new nl.sofa.catalog.LocalizedText("{caregiverId}", "{caregiverId}"));

        assertThat(new Because("k", because.params()).params()).isSameAs(because.params());
        assertThat(reason.params()).isSameAs(because.params());
    }

    @Test
    void paramsGivenAsAMapAreConvertedAndCopied() {
        java.util.Map<String, Object> given = new java.util.HashMap<>();
        given.put("risk", OverloadRisk.HIGH);
        given.put("signals", List.of("B", "A"));
        given.put("age", null);
        Because because = new Because("k", given);
        given.put("risk", OverloadRisk.NONE);

        assertThat(because.params()).isEqualTo(java.util.Map.of("risk", "HIGH", "signals", List.of("A", "B")));
        assertThatThrownBy(() -> because.params().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLevelListsFactorsExactlyWhenTheRiskIsRaised() {
        assertThatThrownBy(() -> new OverloadLevel("cg-1", OverloadRisk.NONE, List.of("X"), "r", WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factors must be empty exactly when the risk is NONE (rule r, 1 factors)");
        assertThatThrownBy(() -> new OverloadLevel("cg-1", OverloadRisk.HIGH, List.of(), "r", WHY, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new OverloadLevel("cg-1", OverloadRisk.HIGH, List.of("B", "A", "B"), "r", WHY, List.of()).factors())
                .containsExactly("A", "B");
    }

    @Test
    void everyExplainedFactNeedsARuleIdAndAReason() {
        assertThatThrownBy(() -> new SuggestedAction("V-INFO", null, null, Priority.LOW, " ", WHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ruleId must not be blank");
        assertThatThrownBy(() -> new RaisedFlag("X", Severity.INFO, null, null, null, "r.1", null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RiskFactor("cg-1", " ", "r.1", WHY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("code must not be blank (rule r.1)");
    }

    @Test
    void reasonsFormatTheDutchWayWhateverTheLocale() {
        assertThat(Reasons.hours(40)).isEqualTo("40");
        assertThat(Reasons.hours(7.5)).isEqualTo("7,5");
        assertThat(Reasons.hours(0)).isEqualTo("0");
        assertThat(Reasons.count(1, "signaal", "signalen")).isEqualTo("1 signaal");
        assertThat(Reasons.count(0, "signaal", "signalen")).isEqualTo("0 signalen");
        assertThat(Reasons.sorted(List.of("t-2", "t-10", "t-1", "t-2"))).isEqualTo("t-1, t-10, t-2");
        assertThat(Reasons.sorted(List.of(OverloadSignal.TIME_PRESSURE, OverloadSignal.FINANCIAL_STRAIN)))
                .isEqualTo("FINANCIAL_STRAIN, TIME_PRESSURE");
        assertThat(Reasons.sorted(List.of())).isEmpty();
    }
}
