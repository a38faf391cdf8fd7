package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.TODAY;
import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.dutchTexts;
import static nl.sofa.engine.Fixtures.englishTexts;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.reason;
import static nl.sofa.engine.Fixtures.requireFlag;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.engine.fact.FactorCodes;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules-v2.md §J: words, not codes; headline first. */
class WordsTest {
    private static List<Advice> many;

    @BeforeAll
    static void evaluateManySituations() {
        many = new ArrayList<>();
        for (Situation situation : ManySituations.all(300)) {
            many.add(Fixtures.ENGINE.evaluate(situation));
        }
    }

    // ---- order of the reasons ---------------------------------------------------------------------

    @Test
    void everyEntryHasItsHeadlineFirstAndTheFactsBehindItInKeyThenParamsOrder() {
        for (Advice advice : many) {
            List<List<Reason>> all = new ArrayList<>();
            advice.suggestions().forEach(s -> all.add(s.reasons()));
            advice.flags().forEach(f -> all.add(f.reasons()));
            for (List<Reason> reasons : all) {
                assertThat(reasons).isNotEmpty();
                assertThat(reasons.subList(1, reasons.size())).isSortedAccordingTo(Reason.FACT_ORDER);
                assertThat(reasons).extracting(r -> r.key() + r.paramsJson()).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void theHeadlineIsTheReasonOfTheRuleThatGaveThePriority() {
        // O-E3 in the palliative phase: MEDIUM from the phase column, HIGH from the overload
        Advice palliative = evaluate(Fixtures.ending(EndingReason.PALLIATIVE).addCaregiver(caregiver("cg-1")
                .hoursPerWeek(10).signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build()));
        assertThat(requireSuggestion(palliative, "O-E3", "cg-1").reasons().get(0).key())
                .isEqualTo("overload.farewell.support");
        assertThat(requireSuggestion(palliative, "O-E3", "cg-2").reasons().get(0).key())
                .isEqualTo("ending.palliative.support");
        // the overload flag: the level first, then the signal behind it
        assertThat(requireFlag(palliative, "OVERLOAD_RISK", "cg-1", null).reasons()).extracting(Reason::key)
                .startsWith("overload.level.elevated").contains("overload.signal");
    }

    @Test
    void onATieOfPrioritiesTheHeadlineIsThatOfTheSmallestRuleId() {
        // S-B1 MEDIUM from builtin.begin.only-caregiver and from builtin.begin.primary-contact
        Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").primaryContact(true).build()));

        assertThat(requireSuggestion(advice, "S-B1", "cg-1").reasons()).extracting(Reason::key)
                .containsExactly("begin.only.inform", "begin.contact.inform");
    }

    @Test
    void noTwoSuggestionsOfOneCaregiverShareAHeadline() {
        for (Advice advice : many) {
            Map<String, Suggestion> seen = new HashMap<>();
            for (Suggestion s : advice.suggestions()) {
                if (s.caregiverId() == null) {
                    continue;
                }
                Reason headline = s.reasons().get(0);
                Suggestion other = seen.put(s.caregiverId() + "|" + headline.key() + headline.paramsJson(), s);
                assertThat(other).as("%s and %s of %s in %s share the headline %s", s.action(),
                        other == null ? null : other.action(), s.caregiverId(), advice.situationId(), headline.key())
                        .isNull();
            }
        }
    }

    // ---- both languages, everywhere ----------------------------------------------------------------

    @Test
    void everyTextIsThereInDutchAndInEnglish() {
        for (Advice advice : many) {
            for (Suggestion s : advice.suggestions()) {
                assertThat(s.text().nl()).isNotBlank();
                assertThat(s.text().en()).isNotBlank();
                s.reasons().forEach(r -> assertThat(List.of(r.text().nl(), r.text().en())).allSatisfy(t ->
                        assertThat(t).as(r.key()).isNotBlank()));
            }
            for (Flag f : advice.flags()) {
                assertThat(f.text().nl()).as(f.code()).isNotBlank();
                assertThat(f.text().en()).as(f.code()).isNotBlank();
                f.reasons().forEach(r -> assertThat(List.of(r.text().nl(), r.text().en())).allSatisfy(t ->
                        assertThat(t).as(r.key()).isNotBlank()));
            }
        }
    }

    @Test
    void theFlagsHaveTheTitlesOfTheFlagCatalog() {
        Advice advice = Fixtures.ENGINE.evaluate(DeterminismTest.rich());

        assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).text().nl()).isEqualTo("Risico op overbelasting");
        assertThat(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).text().en()).isEqualTo("Risk of overload");
        assertThat(requireFlag(advice, "DERAILED_CARE_RISK", null, null).text().nl())
                .isEqualTo("Signalen van ontspoorde mantelzorg");
        assertThat(requireFlag(advice, "VOLUNTEER_RESERVED_ACT", "vw-1", "t-4").text().nl())
                .isEqualTo("Vrijwilliger voert een voorbehouden handeling uit");
    }

    // ---- no codes ---------------------------------------------------------------------------------

    /** The enum constants of the contract and the factor codes; instrument names (CSI, ZBI) are fine. */
    private static final Pattern CODE;

    static {
        List<String> codes = new ArrayList<>();
        for (Enum<?>[] values : List.<Enum<?>[]>of(Condition.values(), OverloadSignal.values(),
                DerailmentSignal.values(), RelationToClient.values(), Setting.values(), EndingReason.values(),
                TaskKind.values(), Phase.values(), Priority.values(), Severity.values(), OverloadRisk.values(),
                SofaRole.values(), Boundary.values())) {
            for (Enum<?> value : values) {
                codes.add(value.name());
            }
        }
        codes.addAll(List.of(FactorCodes.INTENSIVE_LONG_TERM, FactorCodes.VERY_MANY_HOURS, FactorCodes.LIVES_WITH_CLIENT,
                FactorCodes.SOLE_CAREGIVER, FactorCodes.DEMANDING_CONDITION, FactorCodes.YOUNG_CAREGIVER,
                FactorCodes.OLDER_CAREGIVER, FactorCodes.COMBINES_CARE_AND_WORK, "BURDEN_SCORE_HEAVY",
                "BURDEN_SCORE_MODERATE", "SIGNAL_SLEEP_PROBLEMS", "EDIZ_PLUS"));
        CODE = Pattern.compile("(?<![A-Za-z0-9_-])(" + String.join("|", codes) + ")(?![A-Za-z0-9_-])");
    }

    /** An action id such as O-B1, G-AGREE or X-DERAILED. */
    private static final Pattern ACTION_ID = Pattern.compile("(?<![A-Za-z0-9-])[A-Z]-[A-Z0-9]+(?![A-Za-z0-9-])");

    @Test
    void noTextHoldsAnEnumCodeOrAnActionId() {
        for (Advice advice : many) {
            List<String> texts = new ArrayList<>(dutchTexts(advice));
            texts.addAll(englishTexts(advice));
            assertThat(texts).allSatisfy(text -> {
                assertThat(text).doesNotContainPattern(CODE);
                assertThat(text).doesNotContainPattern(ACTION_ID);
            });
        }
    }

    @Test
    void noDutchTextSpeaksOfDeployingOrInvolvingCaregivers() {
        for (Advice advice : many) {
            assertThat(dutchTexts(advice)).allSatisfy(text -> assertThat(text.toLowerCase())
                    .doesNotContain("inzetten", "inschakelen", "betrekken bij"));
        }
    }

    // ---- dates and numbers in prose ------------------------------------------------------------------

    @Test
    void anEvaluationDateIsWrittenAsADutchDateInDutchAndAnEnglishDateInEnglish() {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").build())
                .addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.WOUND_CARE).performedBy("cg-1")
                        .agreement(Agreement.builder().recordedInCarePlan(true).instructionGiven(true)
                                .nextEvaluation(java.time.LocalDate.of(2026, 6, 1)).build()).build()));

        Reason overdue = requireFlag(advice, "AGREEMENT_EVALUATION_OVERDUE", "cg-1", "t-1").reasons().get(0);
        assertThat(overdue.key()).isEqualTo("task.evaluation.overdue");
        assertThat(overdue.text().nl()).isEqualTo(
                "De afspraak over wondverzorging door cg-1 (taak t-1) had op 1 juni 2026 geëvalueerd moeten worden");
        assertThat(overdue.text().en()).contains("1 June 2026").doesNotContain("2026-06-01");
    }

    @Test
    void hoursAreWrittenWithADecimalCommaInDutch() {
        Advice light = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(3.5)
                .signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build()));

        Reason lightReason = reason(requireFlag(light, "OVERLOAD_RISK", "cg-1", null).reasons(),
                "overload.light-involvement");
        assertThat(lightReason.text().nl()).isEqualTo(
                "cg-1 helpt 3,5 uur per week en woont niet bij de cliënt; de risicofactoren wegen daarom niet mee");
        assertThat(lightReason.text().en()).contains("3.5");
        assertThat(lightReason.params()).containsEntry("hours", 3.5);
        Advice withFactors = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(40.5)
                .signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build()));
        assertThat(reason(requireFlag(withFactors, "OVERLOAD_RISK", "cg-1", null).reasons(),
                "overload.factor.very-many-hours").text().nl())
                .isEqualTo("cg-1 zorgt 40,5 uur per week: meer dan een volledige werkweek");
    }

    @Test
    void sevenAndAHalfHoursOfCareBesideWorkIsSevenCommaFive() {
        SofaEngine engine = SofaEngine.builder().thresholds(Thresholds.defaults().withWorkHoursAbove(7)).build();
        Advice advice = engine.evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(7.5)
                .employed(true).signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build())
                .build());

        assertThat(reason(requireFlag(advice, "OVERLOAD_RISK", "cg-1", null).reasons(),
                "overload.factor.care-and-work").text().nl())
                .isEqualTo("cg-1 combineert 7,5 uur zorg per week met werk of studie");
    }

    @ParameterizedTest(name = "{0} hours: {1}")
    @CsvSource({"40, meer dan een volledige werkweek", "99, meer dan een volledige werkweek",
            "99.5, meer dan een volledige werkweek", "100, vrijwel de klok rond", "168, vrijwel de klok rond"})
    void nearlyRoundTheClockOnlyFromAHundredHours(double hours, String words) {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1").hoursPerWeek(hours)
                .signals(OverloadSignal.TIME_PRESSURE).build()).addCaregiver(caregiver("cg-2").build()));

        Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
        assertThat(flag.reasons()).extracting(r -> r.text().nl()).anySatisfy(t -> assertThat(t).endsWith(words));
        if (hours < 100) {
            assertThat(dutchTexts(advice)).noneMatch(t -> t.contains("klok rond"));
        } else {
            assertThat(dutchTexts(advice)).noneMatch(t -> t.contains("volledige werkweek"));
        }
        assertThat(advice.assessmentOf("cg-1").orElseThrow().factors()).contains("VERY_MANY_HOURS");
    }

    @ParameterizedTest(name = "ZBI {0}: {1}")
    @CsvSource({"21, licht tot matig belast", "40, licht tot matig belast", "41, matig tot ernstig belast",
            "88, matig tot ernstig belast"})
    void theZaritScoreIsWordedByItsBand(int score, String words) {
        Advice advice = evaluate(situation(Phase.DAILY).addCaregiver(caregiver("cg-1")
                .burden(BurdenMeasurement.of(BurdenInstrument.ZBI, score)).build()).addCaregiver(caregiver("cg-2").build()));

        Flag flag = requireFlag(advice, "OVERLOAD_RISK", "cg-1", null);
        assertThat(flag.reasons()).extracting(r -> r.text().nl())
                .contains("cg-1 scoort " + score + " op de ZBI: " + words);
    }

    @Test
    void aConditionIsWrittenInWords() {
        Advice advice = evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(Condition.PSYCHIATRIC)
                .build()).addCaregiver(caregiver("cg-1").age(16).build()).addCaregiver(caregiver("cg-2").build()));

        assertThat(requireSuggestion(advice, "O-D2", "cg-1").reasons().get(0).text().nl())
                .isEqualTo("De cliënt heeft een psychiatrische aandoening: ziekte en gedrag kunnen veranderen, en cg-1 moet"
                        + " daarmee omgaan");
    }
}
