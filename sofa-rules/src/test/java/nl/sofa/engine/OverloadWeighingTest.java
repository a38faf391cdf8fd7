package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.TODAY;
import static nl.sofa.engine.Fixtures.assessment;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.keys;
import static nl.sofa.engine.Fixtures.reason;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules-v2.md §F: overload weighs, not only counts. */
class OverloadWeighingTest {
    /** Two risk factors, enough for ELEVATED: 80 years old, caring for a client with dementia. */
    private static Caregiver.Builder twoFactors(double hours) {
        return caregiver("cg-1").age(80).hoursPerWeek(hours);
    }

    /** cg-1 as given beside a plain cg-2, in DAILY, for a client with dementia. */
    private static Advice besideAnother(Caregiver.Builder cg1) {
        return evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(Condition.DEMENTIA).build())
                .addCaregiver(cg1.build()).addCaregiver(caregiver("cg-2").build()));
    }

    private static CaregiverAssessment cg1(Advice advice) {
        return assessment(advice, "cg-1");
    }

    private static BurdenMeasurement measured(BurdenInstrument instrument, int score, @Nullable LocalDate on) {
        return new BurdenMeasurement(instrument, score, on);
    }

    // ---- light involvement --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} hours, living with the client {1}: light {2}")
    @CsvSource({"3.9, false, true", "0, false, true", "4, false, false", "4.5, false, false", "3.9, true, false",
            "1, true, false"})
    void lightInvolvementIsFewerThanFourHoursAWeekWithoutLivingWithTheClient(double hours, boolean livesWith,
            boolean light) {
        CaregiverAssessment a = cg1(besideAnother(twoFactors(hours).livesWithClient(livesWith)));

        if (light) {
            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.NONE);
            assertThat(a.factors()).isEmpty();
        } else {
            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).contains("DEMANDING_CONDITION", "OLDER_CAREGIVER");
        }
    }

    @Test
    void aLightlyInvolvedCaregiversSignalStillRaisesTheLevelButNoFactorIsListed() {
        CaregiverAssessment a = cg1(besideAnother(twoFactors(2).signals(OverloadSignal.PHYSICAL_COMPLAINTS)));

        assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        assertThat(a.factors()).containsExactly("SIGNAL_PHYSICAL_COMPLAINTS");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({"CSI, 9, HIGH, BURDEN_SCORE_HEAVY", "ZBI, 30, ELEVATED, BURDEN_SCORE_MODERATE"})
    void aLightlyInvolvedCaregiversBurdenBandStillRaisesTheLevel(BurdenInstrument instrument, int score,
            OverloadRisk risk, String band) {
        CaregiverAssessment a = cg1(besideAnother(twoFactors(2).burden(BurdenMeasurement.of(instrument, score))));

        assertThat(a.overloadRisk()).isEqualTo(risk);
        assertThat(a.factors()).containsExactly(band);
    }

    @Test
    void aLightlyInvolvedFriendOfEightyWhoVisitsTwoHoursAWeekIsAtNoRisk() {
        Advice advice = evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(Condition.DEMENTIA)
                .build()).addCaregiver(twoFactors(2).relationToClient(nl.sofa.caregiver.RelationToClient.FRIEND).build()));

        assertThat(cg1(advice).overloadRisk()).as("80 years, dementia, the only caregiver: all set aside")
                .isEqualTo(OverloadRisk.NONE);
        assertThat(flag(advice, "OVERLOAD_RISK", "cg-1", null)).isEmpty();
    }

    // ---- setting ------------------------------------------------------------------------------------

    private static Situation.Builder soleCaregiverIn(Phase phase, @Nullable Setting setting) {
        return situation(phase).setting(setting).addCaregiver(caregiver("cg-1").hoursPerWeek(10)
                .signals(OverloadSignal.TIME_PRESSURE).build());
    }

    @ParameterizedTest
    @EnumSource(value = Setting.class, names = {"RESIDENTIAL", "HOSPITAL", "REHABILITATION"})
    void whereTheOrganisationCarriesTheDailyCareNobodyIsTheSoleCaregiver(Setting setting) {
        Advice advice = evaluate(soleCaregiverIn(Phase.DAILY, setting));

        assertThat(cg1(advice).factors()).doesNotContain("SOLE_CAREGIVER");
        assertThat(flag(advice, "SOLE_CAREGIVER", "cg-1", null)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Setting.class, names = {"HOME", "MENTAL_HEALTH", "DISABILITY_CARE"})
    void elsewhereTheOnlyCaregiverIsTheSoleCaregiver(Setting setting) {
        Advice advice = evaluate(soleCaregiverIn(Phase.DAILY, setting));

        assertThat(cg1(advice).factors()).contains("SOLE_CAREGIVER");
        requireFlag(advice, "SOLE_CAREGIVER", "cg-1", null);
    }

    @ParameterizedTest
    @EnumSource(value = Setting.class, names = {"RESIDENTIAL", "HOSPITAL", "REHABILITATION"})
    void atADischargeHomeTheOnlyCaregiverIsAboutToCarryTheCareAlone(Setting setting) {
        Advice advice = evaluate(soleCaregiverIn(Phase.ENDING, setting).endingReason(EndingReason.DISCHARGE_HOME));

        assertThat(cg1(advice).factors()).contains("SOLE_CAREGIVER");
        requireFlag(advice, "SOLE_CAREGIVER", "cg-1", null);
    }

    @Test
    void withoutASettingTheOnlyCaregiverIsTheSoleCaregiver() {
        assertThat(cg1(evaluate(soleCaregiverIn(Phase.DAILY, null))).factors()).contains("SOLE_CAREGIVER");
    }

    // ---- a recent measurement counts first ------------------------------------------------------------

    @ParameterizedTest(name = "assessed {0} days before the reference date: recent {1}")
    @CsvSource({"0, true", "1, true", "365, true", "366, false", "1000, false", "-10, true"})
    void aMeasurementIsRecentUpTo365DaysBeforeTheReferenceDate(int daysBefore, boolean recent) {
        Advice advice = besideAnother(twoFactors(10)
                .burden(measured(BurdenInstrument.EDIZ_PLUS, 2, TODAY.minusDays(daysBefore))));

        if (recent) {
            assertThat(cg1(advice).overloadRisk()).isEqualTo(OverloadRisk.NONE);
            assertThat(cg1(advice).factors()).isEmpty();
        } else {
            assertThat(cg1(advice).overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(cg1(advice).factors()).containsExactly("DEMANDING_CONDITION", "OLDER_CAREGIVER");
            assertThat(requireSuggestion(advice, "O-MEASURE", "cg-1").priority()).isEqualTo(Priority.MEDIUM);
        }
    }

    @Test
    void anUndatedMeasurementIsRecent() {
        Advice advice = besideAnother(twoFactors(10).burden(measured(BurdenInstrument.CSI, 1, null)));

        assertThat(cg1(advice).overloadRisk()).isEqualTo(OverloadRisk.NONE);
        assertThat(cg1(advice).factors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: light {2}")
    @CsvSource({"EDIZ_PLUS, 0, true", "EDIZ_PLUS, 3, true", "EDIZ_PLUS, 4, false", "CSI, 0, true", "CSI, 3, true",
            "CSI, 4, false", "ZBI, 0, true", "ZBI, 20, true", "ZBI, 21, false"})
    void aRecentScoreInTheLightBandSetsTheRiskFactorsAside(BurdenInstrument instrument, int score, boolean light) {
        CaregiverAssessment a = cg1(besideAnother(twoFactors(10).burden(measured(instrument, score, TODAY.minusDays(30)))));

        if (light) {
            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.NONE);
            assertThat(a.factors()).isEmpty();
        } else {
            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).contains("DEMANDING_CONDITION", "OLDER_CAREGIVER");
        }
    }

    @Test
    void aRecentLightScoreDoesNotSilenceASignal() {
        CaregiverAssessment a = cg1(besideAnother(twoFactors(10).signals(OverloadSignal.SLEEP_PROBLEMS)
                .burden(measured(BurdenInstrument.EDIZ_PLUS, 1, TODAY.minusDays(10)))));

        assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        assertThat(a.factors()).containsExactly("SIGNAL_SLEEP_PROBLEMS");
    }

    @Test
    void theMeasurementIsAmongTheReasonsOfTheOverloadFlagWithScoreInstrumentAndDate() {
        Advice advice = besideAnother(twoFactors(10).burden(measured(BurdenInstrument.CSI, 5, LocalDate.of(2025, 10, 1))));

        Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
        Reason measurement = reason(flag.reasons(), "overload.measurement.dated");
        assertThat(measurement.params()).containsEntry("score", 5).containsEntry("instrument", "CSI")
                .containsEntry("assessedOn", LocalDate.of(2025, 10, 1));
        assertThat(measurement.text().nl()).isEqualTo("cg-1 scoorde 5 op de CSI, gemeten op 1 oktober 2025");
        assertThat(measurement.text().en()).contains("5", "CSI", "1 October 2025");
        assertThat(keys(requireSuggestion(advice, "O-MEASURE", "cg-1").reasons()))
                .contains("overload.measurement.dated");
    }

    @Test
    void aRecentLightMeasurementIsAmongTheReasonsOfTheFlagThatASignalRaises() {
        Advice advice = besideAnother(twoFactors(10).signals(OverloadSignal.SLEEP_PROBLEMS)
                .burden(measured(BurdenInstrument.ZBI, 12, null)));

        Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
        assertThat(flag.reasons()).anySatisfy(r -> assertThat(r.params()).containsEntry("score", 12)
                .containsEntry("instrument", "ZBI"));
    }

    // ---- measure ------------------------------------------------------------------------------------

    @Test
    void aCaregiverAtRiskWithoutARecentMeasurementIsMeasuredNow() {
        Advice advice = besideAnother(twoFactors(10));

        Suggestion measure = requireSuggestion(advice, "O-MEASURE", "cg-1");
        assertThat(measure.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(measure.dueBy()).isEqualTo(TODAY);
        assertThat(measure.taskId()).isNull();
        assertThat(suggestion(advice, "O-MEASURE", "cg-2")).as("cg-2 is at no risk").isEmpty();
    }

    @Test
    void aCaregiverAtHighRiskWithoutAMeasurementIsMeasuredToo() {
        Advice advice = besideAnother(twoFactors(10).signals(OverloadSignal.SLEEP_PROBLEMS,
                OverloadSignal.TIME_PRESSURE, OverloadSignal.SOCIAL_ISOLATION));

        assertThat(cg1(advice).overloadRisk()).isEqualTo(OverloadRisk.HIGH);
        assertThat(requireSuggestion(advice, "O-MEASURE", "cg-1").dueBy()).isEqualTo(TODAY);
    }

    @Test
    void aRecentMeasurementNeedsNoNewOne() {
        Advice advice = besideAnother(twoFactors(10).burden(measured(BurdenInstrument.ZBI, 30, TODAY.minusDays(100))));

        assertThat(cg1(advice).overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        assertThat(suggestion(advice, "O-MEASURE", "cg-1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PALLIATIVE", "NO_LONGER_NEEDED", "TRANSFER", "DISCHARGE_HOME"})
    void anEndingButADeathStillMeasures(EndingReason reason) {
        Advice advice = evaluate(ending(reason).addCaregiver(twoFactors(10).signals(OverloadSignal.TIME_PRESSURE)
                .build()).addCaregiver(caregiver("cg-2").build()));

        requireSuggestion(advice, "O-MEASURE", "cg-1");
    }

    @Test
    void afterADeathTheBurdenIsNotMeasured() {
        Advice advice = evaluate(ending(EndingReason.DECEASED).addCaregiver(twoFactors(10)
                .signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build()));

        assertThat(cg1(advice).overloadRisk()).isNotEqualTo(OverloadRisk.NONE);
        assertThat(suggestion(advice, "O-MEASURE", "cg-1")).isEmpty();
    }

    @Test
    void aRecentLightMeasurementMayLowerTheLevelWhereAnOldOneDoesNot() {
        List<OverloadRisk> risks = List.of(
                cg1(besideAnother(twoFactors(10))).overloadRisk(),
                cg1(besideAnother(twoFactors(10).burden(measured(BurdenInstrument.CSI, 2, TODAY.minusDays(400)))))
                        .overloadRisk(),
                cg1(besideAnother(twoFactors(10).burden(measured(BurdenInstrument.CSI, 2, TODAY.minusDays(40)))))
                        .overloadRisk());

        assertThat(risks).containsExactly(OverloadRisk.ELEVATED, OverloadRisk.ELEVATED, OverloadRisk.NONE);
    }
}
