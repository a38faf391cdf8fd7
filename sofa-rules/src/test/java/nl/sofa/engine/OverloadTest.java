package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.assessment;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.keys;
import static nl.sofa.engine.Fixtures.reason;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.flag;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.risk;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * rules-v1.md §3: overload per caregiver. Most tests look at "cg-1" beside a plain "cg-2", so that
 * cg-1 is not the sole caregiver unless a test says so.
 */
class OverloadTest {

    /** cg-1 as given, beside a plain cg-2, in DAILY, for a client with nothing known. */
    private static Advice besideAnother(Caregiver.Builder cg1) {
        return evaluate(situation(Phase.DAILY).addCaregiver(cg1.build()).addCaregiver(caregiver("cg-2").build()));
    }

    private static CaregiverAssessment cg1(Advice advice) {
        return assessment(advice, "cg-1");
    }

    @Nested
    class MeasuredBurden {
        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            "EDIZ_PLUS, 0, NONE, ",
            "EDIZ_PLUS, 3, NONE, ",
            "EDIZ_PLUS, 4, ELEVATED, BURDEN_SCORE_MODERATE",
            "EDIZ_PLUS, 8, ELEVATED, BURDEN_SCORE_MODERATE",
            "EDIZ_PLUS, 9, HIGH, BURDEN_SCORE_HEAVY",
            "EDIZ_PLUS, 15, HIGH, BURDEN_SCORE_HEAVY",
            "CSI, 0, NONE, ",
            "CSI, 6, NONE, ",
            "CSI, 7, HIGH, BURDEN_SCORE_HEAVY",
            "CSI, 13, HIGH, BURDEN_SCORE_HEAVY",
            "ZBI, 0, NONE, ",
            "ZBI, 20, NONE, ",
            "ZBI, 21, ELEVATED, BURDEN_SCORE_MODERATE",
            "ZBI, 40, ELEVATED, BURDEN_SCORE_MODERATE",
            "ZBI, 41, HIGH, BURDEN_SCORE_HEAVY",
            "ZBI, 88, HIGH, BURDEN_SCORE_HEAVY",
        })
        void theBandOfTheScoreAtEachCutOff(BurdenInstrument instrument, int score, OverloadRisk expected,
                String factor) {
            Advice advice = besideAnother(caregiver("cg-1").burden(BurdenMeasurement.of(instrument, score)));

            assertThat(cg1(advice).overloadRisk()).isEqualTo(expected);
            assertThat(cg1(advice).factors()).isEqualTo(factor == null ? List.of() : List.of(factor));
        }

        @Test
        void noMeasurementIsNoBand() {
            assertThat(cg1(besideAnother(caregiver("cg-1"))).overloadRisk()).isEqualTo(OverloadRisk.NONE);
        }
    }

    @Nested
    class Signals {
        @Test
        void noSignalRaisesNothing() {
            assertThat(cg1(besideAnother(caregiver("cg-1"))).factors()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(OverloadSignal.class)
        void anySignalMakesTheRiskElevatedAndIsNamedAsSignalCode(OverloadSignal signal) {
            CaregiverAssessment a = cg1(besideAnother(caregiver("cg-1").signals(signal)));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).containsExactly("SIGNAL_" + signal.name());
        }

        @Test
        void twoSignalsAreStillElevated() {
            CaregiverAssessment a = cg1(besideAnother(caregiver("cg-1")
                    .signals(OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS)));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).containsExactly("SIGNAL_SLEEP_PROBLEMS", "SIGNAL_TIME_PRESSURE");
        }

        @Test
        void threeSignalsAreHigh() {
            assertThat(cg1(besideAnother(caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE,
                    OverloadSignal.SLEEP_PROBLEMS, OverloadSignal.SOCIAL_ISOLATION))).overloadRisk())
                    .isEqualTo(OverloadRisk.HIGH);
        }

        @Test
        void aRepeatedSignalCountsOnce() {
            Situation situation = SofaJson.standard().readSituation("""
                    {"schemaVersion": 1, "id": "sit-1", "referenceDate": "2026-11-23", "phase": "DAILY",
                     "client": {"id": "cl-1"},
                     "caregivers": [
                       {"id": "cg-1", "relationToClient": "CHILD", "hoursPerWeek": 2, "monthsCaring": 1,
                        "signals": ["SLEEP_PROBLEMS", "SLEEP_PROBLEMS", "TIME_PRESSURE"]},
                       {"id": "cg-2", "relationToClient": "CHILD", "hoursPerWeek": 2, "monthsCaring": 1}]}
                    """);

            CaregiverAssessment a = Fixtures.ENGINE.evaluate(situation).assessmentOf("cg-1").orElseThrow();

            assertThat(a.overloadRisk()).as("two distinct signals, not three").isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).containsExactly("SIGNAL_SLEEP_PROBLEMS", "SIGNAL_TIME_PRESSURE");
        }
    }

    /**
     * Each risk factor alone. cg-1 gets one signal, so that its risk is ELEVATED and its factors are
     * listed (with no signal a single factor leaves the risk NONE and lists nothing).
     */
    @Nested
    class EachRiskFactor {
        /**
         * rules-v2 §F: the fixture's caregiver (2 hours, not living with the client) is lightly
         * involved, and then no risk factor counts; v1's tests used it as is. 4 hours is not light.
         */
        private Caregiver.Builder notLight(String id) {
            return caregiver(id).hoursPerWeek(4);
        }

        private List<String> factorsOf(Caregiver.Builder cg1) {
            return cg1(besideAnother(cg1.signals(OverloadSignal.TIME_PRESSURE))).factors();
        }

        private List<String> factorsWithout(List<String> factors) {
            List<String> rest = new ArrayList<>(factors);
            rest.remove("SIGNAL_TIME_PRESSURE");
            return rest;
        }

        @ParameterizedTest(name = "{0} h/week for {1} months: intensive {2}")
        @CsvSource({"8.5, 4, true", "9, 4, true", "8, 4, false", "9, 3, false", "8, 3, false", "0, 120, false",
                "39.5, 36, true"})
        void intensiveAndLongTermIsMoreThan8HoursForMoreThan3Months(double hours, int months, boolean intensive) {
            List<String> factors = factorsOf(notLight("cg-1").hoursPerWeek(hours).monthsCaring(months));

            if (intensive) {
                assertThat(factorsWithout(factors)).containsExactly("INTENSIVE_LONG_TERM");
            } else {
                assertThat(factorsWithout(factors)).isEmpty();
            }
        }

        @ParameterizedTest(name = "{0} h/week: very many {1}")
        @CsvSource({"40, true", "168, true", "39.5, false"})
        void veryManyHoursIs40OrMoreAWeek(double hours, boolean veryMany) {
            List<String> factors = factorsWithout(factorsOf(notLight("cg-1").hoursPerWeek(hours).monthsCaring(1)));

            if (veryMany) {
                assertThat(factors).containsExactly("VERY_MANY_HOURS");
            } else {
                assertThat(factors).isEmpty();
            }
        }

        @Test
        void livingWithTheClient() {
            assertThat(factorsWithout(factorsOf(notLight("cg-1").livesWithClient(true))))
                    .containsExactly("LIVES_WITH_CLIENT");
        }

        @ParameterizedTest(name = "age {0}: {1}")
        @CsvSource(value = {"5, YOUNG_CAREGIVER", "24, YOUNG_CAREGIVER", "25, -", "74, -", "75, OLDER_CAREGIVER",
                "120, OLDER_CAREGIVER"})
        void youngIsUnder25AndOldIs75AndOver(int age, String factor) {
            List<String> factors = factorsWithout(factorsOf(notLight("cg-1").age(age)));

            assertThat(factors).isEqualTo(factor.equals("-") ? List.of() : List.of(factor));
        }

        @Test
        void anUnknownAgeIsNoFactor() {
            assertThat(factorsWithout(factorsOf(notLight("cg-1").age(null)))).isEmpty();
        }

        @ParameterizedTest(name = "employed {0}, {1} h/week: {2}")
        @CsvSource({"true, 8.5, true", "true, 8, false", "false, 20, false"})
        void combiningCareAndWorkIsEmployedWithMoreThan8Hours(boolean employed, double hours, boolean combines) {
            List<String> factors = factorsWithout(factorsOf(notLight("cg-1").employed(employed).hoursPerWeek(hours)));

            if (combines) {
                assertThat(factors).containsExactly("COMBINES_CARE_AND_WORK");
            } else {
                assertThat(factors).isEmpty();
            }
        }

        @ParameterizedTest
        @EnumSource(value = Condition.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
        void anyConditionButOtherIsDemanding(Condition condition) {
            Advice advice = evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(condition).build())
                    .addCaregiver(notLight("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                    .addCaregiver(caregiver("cg-2").build()));

            assertThat(cg1(advice).factors()).containsExactly("DEMANDING_CONDITION", "SIGNAL_TIME_PRESSURE");
        }

        @Test
        void theConditionOtherIsNotDemanding() {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .client(Client.builder("cl-1").conditions(Condition.OTHER).build())
                    .addCaregiver(notLight("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                    .addCaregiver(caregiver("cg-2").build()));

            assertThat(cg1(advice).factors()).containsExactly("SIGNAL_TIME_PRESSURE");
        }

        @Test
        void theOnlyCaregiverIsTheSoleCaregiver() {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .addCaregiver(notLight("cg-1").signals(OverloadSignal.TIME_PRESSURE).build()));

            assertThat(cg1(advice).factors()).containsExactly("SIGNAL_TIME_PRESSURE", "SOLE_CAREGIVER");
        }

        @Test
        void volunteersDoNotCountAsCaregivers() {
            Advice advice = evaluate(situation(Phase.DAILY)
                    .addCaregiver(notLight("cg-1").signals(OverloadSignal.TIME_PRESSURE).build())
                    .addVolunteer(new Volunteer("vw-1")).addVolunteer(new Volunteer("vw-2")));

            assertThat(cg1(advice).factors()).contains("SOLE_CAREGIVER");
            assertThat(advice.caregivers()).extracting(CaregiverAssessment::caregiverId).containsExactly("cg-1");
        }

        @ParameterizedTest
        @EnumSource(RelationToClient.class)
        void relationSettingAndPrimaryContactNeverCountByThemselves(RelationToClient relation) {
            Advice advice = evaluate(situation(Phase.DAILY).setting(Setting.RESIDENTIAL)
                    .addCaregiver(notLight("cg-1").relationToClient(relation).primaryContact(true)
                            .signals(OverloadSignal.TIME_PRESSURE).build())
                    .addCaregiver(caregiver("cg-2").build()));

            assertThat(cg1(advice).factors()).containsExactly("SIGNAL_TIME_PRESSURE");
        }
    }

    /**
     * The level formula. The five risk factors used: LIVES_WITH_CLIENT, OLDER_CAREGIVER (age 80),
     * INTENSIVE_LONG_TERM and COMBINES_CARE_AND_WORK (employed, 10 hours for 12 months),
     * DEMANDING_CONDITION (the client has dementia).
     */
    @Nested
    class Level {
        private Advice withFactors(int count, OverloadSignal... signals) {
            Caregiver.Builder cg1 = caregiver("cg-1").signals(signals);
            Client.Builder client = Client.builder("cl-1");
            if (count >= 1) {
                cg1.livesWithClient(true);
            }
            if (count >= 2) {
                cg1.age(80);
            }
            if (count >= 3) {
                client.conditions(Condition.DEMENTIA);
            }
            if (count >= 4) {
                cg1.hoursPerWeek(10).monthsCaring(12);
            }
            if (count >= 5) {
                cg1.employed(true);
            }
            return evaluate(situation(Phase.DAILY).client(client.build()).addCaregiver(cg1.build())
                    .addCaregiver(caregiver("cg-2").build()));
        }

        @Test
        void oneRiskFactorAloneIsNoneAndListsNothing() {
            CaregiverAssessment a = cg1(withFactors(1));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.NONE);
            assertThat(a.factors()).isEmpty();
        }

        @Test
        void twoRiskFactorsAreElevatedAndListed() {
            CaregiverAssessment a = cg1(withFactors(2));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).containsExactly("LIVES_WITH_CLIENT", "OLDER_CAREGIVER");
        }

        @Test
        void fourRiskFactorsWithoutSignalAreElevated() {
            assertThat(cg1(withFactors(4)).overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        }

        @Test
        void fiveRiskFactorsAreHigh() {
            CaregiverAssessment a = cg1(withFactors(5));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.HIGH);
            assertThat(a.factors()).containsExactly("COMBINES_CARE_AND_WORK", "DEMANDING_CONDITION",
                    "INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT", "OLDER_CAREGIVER");
        }

        @Test
        void aSignalWithThreeRiskFactorsIsElevated() {
            assertThat(cg1(withFactors(3, OverloadSignal.PHYSICAL_COMPLAINTS)).overloadRisk())
                    .isEqualTo(OverloadRisk.ELEVATED);
        }

        @Test
        void aSignalWithFourRiskFactorsIsHigh() {
            CaregiverAssessment a = cg1(withFactors(4, OverloadSignal.PHYSICAL_COMPLAINTS));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.HIGH);
            assertThat(a.factors()).containsExactly("DEMANDING_CONDITION", "INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT",
                    "OLDER_CAREGIVER", "SIGNAL_PHYSICAL_COMPLAINTS");
        }

        @Test
        void aModerateBurdenWithFourRiskFactorsStaysElevatedAndListsTheBandToo() {
            Caregiver.Builder cg1 = caregiver("cg-1").livesWithClient(true).age(80).hoursPerWeek(10).monthsCaring(12)
                    .employed(true).burden(BurdenMeasurement.of(BurdenInstrument.ZBI, 30));
            CaregiverAssessment a = cg1(besideAnother(cg1));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(a.factors()).containsExactly("BURDEN_SCORE_MODERATE", "COMBINES_CARE_AND_WORK",
                    "INTENSIVE_LONG_TERM", "LIVES_WITH_CLIENT", "OLDER_CAREGIVER");
        }

        @Test
        void aHeavyBurdenListsEverySignalAndFactorBehindTheLevel() {
            Caregiver.Builder cg1 = caregiver("cg-1").livesWithClient(true)
                    .burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 12)).signals(OverloadSignal.SLEEP_PROBLEMS);
            CaregiverAssessment a = cg1(besideAnother(cg1));

            assertThat(a.overloadRisk()).isEqualTo(OverloadRisk.HIGH);
            assertThat(a.factors()).containsExactly("BURDEN_SCORE_HEAVY", "LIVES_WITH_CLIENT",
                    "SIGNAL_SLEEP_PROBLEMS");
        }
    }

    @Nested
    class Monotone {
        @Test
        void moreHoursNeverLowerTheRisk() {
            for (int months : new int[] {0, 3, 4, 12, 1200}) {
                OverloadRisk before = OverloadRisk.NONE;
                for (double hours = 0; hours <= 168; hours += 0.5) {
                    OverloadRisk now = cg1(besideAnother(caregiver("cg-1").employed(true).livesWithClient(true)
                            .hoursPerWeek(hours).monthsCaring(months))).overloadRisk();
                    assertThat(now).as("%s hours, %s months", hours, months).isGreaterThanOrEqualTo(before);
                    before = now;
                }
            }
        }

        @Test
        void moreMonthsNeverLowerTheRisk() {
            OverloadRisk before = OverloadRisk.NONE;
            for (int months = 0; months <= 60; months++) {
                OverloadRisk now = cg1(besideAnother(caregiver("cg-1").hoursPerWeek(20).monthsCaring(months)
                        .signals(OverloadSignal.TIME_PRESSURE))).overloadRisk();
                assertThat(now).as("%s months", months).isGreaterThanOrEqualTo(before);
                before = now;
            }
        }

        @ParameterizedTest
        @EnumSource(BurdenInstrument.class)
        void aHigherScoreNeverLowersTheRisk(BurdenInstrument instrument) {
            OverloadRisk before = OverloadRisk.NONE;
            for (int score = instrument.minScore(); score <= instrument.maxScore(); score++) {
                OverloadRisk now = cg1(besideAnother(caregiver("cg-1").livesWithClient(true)
                        .burden(BurdenMeasurement.of(instrument, score)))).overloadRisk();
                assertThat(now).as("%s %s", instrument, score).isGreaterThanOrEqualTo(before);
                before = now;
            }
        }

        @Test
        void moreSignalsNeverLowerTheRisk() {
            List<OverloadSignal> signals = new ArrayList<>();
            OverloadRisk before = cg1(besideAnother(caregiver("cg-1").age(80))).overloadRisk();
            for (OverloadSignal signal : OverloadSignal.values()) {
                signals.add(signal);
                OverloadRisk now = cg1(besideAnother(caregiver("cg-1").age(80).signals(signals))).overloadRisk();
                assertThat(now).as("%s signals", signals.size()).isGreaterThanOrEqualTo(before);
                before = now;
            }
        }
    }

    /** §3 "Consequences", cumulative; cg-1 ELEVATED by one signal, HIGH by a heavy EDIZ-plus score. */
    @Nested
    class Consequences {
        private static final Caregiver.Builder ELEVATED = caregiver("cg-1").signals(OverloadSignal.TIME_PRESSURE);

        private Caregiver.Builder high() {
            return caregiver("cg-1").burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 9));
        }

        private Advice in(Phase phase, Caregiver.Builder cg1) {
            Situation.Builder situation = phase == Phase.ENDING ? ending(EndingReason.TRANSFER) : situation(phase);
            return evaluate(situation.addCaregiver(cg1.build()).addCaregiver(caregiver("cg-2").build()));
        }

        private Priority priorityOf(Advice advice, String action) {
            return requireSuggestion(advice, action, "cg-1").priority();
        }

        @Test
        void noRiskRaisesNoFlagAndNoSupportAction() {
            Advice advice = in(Phase.DAILY, caregiver("cg-1"));

            assertThat(flag(advice, "OVERLOAD_RISK", "cg-1", null)).isEmpty();
            assertThat(priorityOf(advice, "O-D1")).isEqualTo(Priority.LOW);
            for (String action : List.of("V-INFO", "V-RESPITE", "V-REFER", "V-EMOTIONAL", "O-D3")) {
                assertThat(suggestion(advice, action, "cg-1")).as(action).isEmpty();
            }
        }

        @ParameterizedTest
        @CsvSource({"BEGIN, O-B1", "DAILY, O-D1", "ENDING, O-E1"})
        void elevatedWarnsWatchesTheLoadAtHighAndInformsAtMedium(Phase phase, String watch) {
            Advice advice = in(phase, ELEVATED);

            Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
            assertThat(flag.severity()).isEqualTo(Severity.WARNING);
            assertThat(flag.boundary()).isNull();
            assertThat(priorityOf(advice, watch)).isEqualTo(Priority.HIGH);
            assertThat(priorityOf(advice, "V-INFO")).isEqualTo(Priority.MEDIUM);
            for (String action : List.of("V-RESPITE", "V-REFER", "V-EMOTIONAL", "O-B3", "O-D3")) {
                assertThat(suggestion(advice, action, "cg-1")).as(action).isEmpty();
            }
        }

        @ParameterizedTest
        @CsvSource({"BEGIN, O-B1, O-B3", "DAILY, O-D1, O-D3"})
        void highIsCriticalWithReliefAndTheNetworkActionAtHigh(Phase phase, String watch, String network) {
            Advice advice = in(phase, high());

            assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).severity()).isEqualTo(Severity.CRITICAL);
            for (String action : List.of(watch, "V-INFO", "V-RESPITE", "V-REFER", "V-EMOTIONAL", network)) {
                assertThat(priorityOf(advice, action)).as(action).isEqualTo(Priority.HIGH);
            }
        }

        // rules-v2 §E: the table replaces v1's "O-E1 HIGH in every ending": O-E3 HIGH in PALLIATIVE and
        // DECEASED, and no V-RESPITE in TRANSFER and DECEASED
        @ParameterizedTest
        @EnumSource(EndingReason.class)
        void inEndingHighDiscussesSupportOfTheEndingReasonAtHighWithoutANetworkAction(EndingReason reason) {
            Advice advice = evaluate(ending(reason).addCaregiver(high().build()).addCaregiver(caregiver("cg-2").build()));

            assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).severity()).isEqualTo(Severity.CRITICAL);
            boolean farewell = reason == EndingReason.PALLIATIVE || reason == EndingReason.DECEASED;
            boolean respite = reason != EndingReason.TRANSFER && reason != EndingReason.DECEASED;
            for (String action : List.of(farewell ? "O-E3" : "O-E1", "V-INFO", "V-REFER", "V-EMOTIONAL")) {
                assertThat(priorityOf(advice, action)).as(action).isEqualTo(Priority.HIGH);
            }
            if (respite) {
                assertThat(priorityOf(advice, "V-RESPITE")).isEqualTo(Priority.HIGH);
            } else {
                assertThat(suggestion(advice, "V-RESPITE", "cg-1")).isEmpty();
            }
            if (farewell) {
                assertThat(suggestion(advice, "O-E1", "cg-1")).isEmpty();
            }
            assertThat(suggestion(advice, "O-B3", "cg-1")).isEmpty();
            assertThat(suggestion(advice, "O-D3", "cg-1")).isEmpty();
        }

        // rules-v2 §E: O-E3 in place of O-E1 in PALLIATIVE and DECEASED
        @ParameterizedTest
        @EnumSource(EndingReason.class)
        void inEndingElevatedAlsoMakesTheSupportActionOfTheEndingReasonHigh(EndingReason reason) {
            Advice advice = evaluate(ending(reason).addCaregiver(ELEVATED.build()).addCaregiver(caregiver("cg-2").build()));

            assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).severity()).isEqualTo(Severity.WARNING);
            boolean farewell = reason == EndingReason.PALLIATIVE || reason == EndingReason.DECEASED;
            assertThat(priorityOf(advice, farewell ? "O-E3" : "O-E1")).isEqualTo(Priority.HIGH);
            assertThat(priorityOf(advice, "V-INFO")).isEqualTo(Priority.MEDIUM);
        }

        @Test
        void everyOverloadFlagComesWithAHighSupportActionForThatCaregiver() {
            for (Phase phase : Phase.values()) {
                for (Caregiver.Builder cg1 : List.of(ELEVATED, high())) {
                    Advice advice = in(phase, cg1);
                    assertThat(advice.suggestions()).anySatisfy(s -> {
                        assertThat(s.caregiverId()).isEqualTo("cg-1");
                        assertThat(s.role()).isEqualTo(SofaRole.ONDERSTEUNEN);
                        assertThat(s.priority()).isEqualTo(Priority.HIGH);
                    });
                }
            }
        }

        @Test
        void theOverloadFlagNamesTheConcreteFactsBehindIt() {
            Advice advice = besideAnother(caregiver("cg-1").hoursPerWeek(40).monthsCaring(36).livesWithClient(true)
                    .burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 10)));

            Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
            assertThat(flag.rules()).containsExactly("builtin.overload.flag.high");
            assertThat(keys(flag.reasons())).contains("overload.factor.intensive-long-term",
                    "overload.factor.lives-with-client", "overload.burden.heavy");
            assertThat(reason(flag.reasons(), "overload.factor.intensive-long-term").params())
                    .containsEntry("hours", 40.0).containsEntry("months", 36);
            assertThat(reason(flag.reasons(), "overload.burden.heavy").params())
                    .containsEntry("instrument", "EDIZ_PLUS").containsEntry("score", 10);
            assertThat(reason(flag.reasons(), "overload.factor.lives-with-client").text().nl())
                    .isEqualTo("cg-1 woont samen met de cliënt");
        }

        @Test
        void eachCaregiverIsAssessedOnItsOwn() {
            Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(high().build())
                    .addCaregiver(caregiver("cg-2").signals(OverloadSignal.SLEEP_PROBLEMS).build())
                    .addCaregiver(caregiver("cg-3").build()));

            assertThat(risk(advice, "cg-1")).isEqualTo(OverloadRisk.HIGH);
            assertThat(risk(advice, "cg-2")).isEqualTo(OverloadRisk.ELEVATED);
            assertThat(risk(advice, "cg-3")).isEqualTo(OverloadRisk.NONE);
            assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-2", null).severity()).isEqualTo(Severity.WARNING);
            assertThat(flag(advice, "OVERLOAD_RISK", "cg-3", null)).isEmpty();
            assertThat(requireSuggestion(advice, "V-INFO", "cg-2").priority()).isEqualTo(Priority.MEDIUM);
            assertThat(suggestion(advice, "V-RESPITE", "cg-2")).isEmpty();
        }
    }

}
