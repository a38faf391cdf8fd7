package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.requireSuggestion;
import static nl.sofa.engine.Fixtures.situation;
import static nl.sofa.engine.Fixtures.suggestion;
import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.advice.Advice;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** rules-v2.md §H: the actions v1 never used (O-B2, A-D1, V-PRACTICAL). */
class UnusedActionsTest {
    @ParameterizedTest(name = "{0} months: O-B2 {1}")
    @CsvSource({"0, LOW", "11, LOW", "12, MEDIUM", "60, MEDIUM"})
    void everyCaregiverIsAppreciatedAtTheStartMoreSoFromTwelveMonthsOfCaring(int months, Priority priority) {
        Advice advice = evaluate(situation(Phase.BEGIN).addCaregiver(caregiver("cg-1").monthsCaring(months).build())
                .addCaregiver(caregiver("cg-2").build()));

        assertThat(requireSuggestion(advice, "O-B2", "cg-1").priority()).isEqualTo(priority);
        assertThat(requireSuggestion(advice, "O-B2", "cg-2").priority()).isEqualTo(Priority.LOW);
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"DEMENTIA", "PSYCHIATRIC", "ACQUIRED_BRAIN_INJURY",
            "INTELLECTUAL_DISABILITY"})
    void whenTheCaregiverCopesWithChangesTheClientsChangingWishesAreDiscussedToo(Condition condition) {
        Advice advice = evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(condition).build())
                .addCaregiver(caregiver("cg-1").build()).addCaregiver(caregiver("cg-2").build()));

        for (String id : new String[] {"cg-1", "cg-2"}) {
            requireSuggestion(advice, "O-D2", id);
            assertThat(requireSuggestion(advice, "A-D1", id).priority()).isEqualTo(Priority.MEDIUM);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Condition.class, names = {"DEMENTIA", "PSYCHIATRIC", "ACQUIRED_BRAIN_INJURY",
            "INTELLECTUAL_DISABILITY"}, mode = EnumSource.Mode.EXCLUDE)
    void withoutO_D2NoA_D1(Condition condition) {
        Advice advice = evaluate(situation(Phase.DAILY).client(Client.builder("cl-1").conditions(condition).build())
                .addCaregiver(caregiver("cg-1").build()));

        assertThat(suggestion(advice, "O-D2", "cg-1")).isEmpty();
        assertThat(suggestion(advice, "A-D1", "cg-1")).isEmpty();
    }

    private static Caregiver.Builder elevated() {
        return caregiver("cg-1").hoursPerWeek(10).signals(OverloadSignal.TIME_PRESSURE);
    }

    private static Caregiver.Builder high() {
        return caregiver("cg-1").hoursPerWeek(10).signals(OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS,
                OverloadSignal.SOCIAL_ISOLATION);
    }

    private static Advice daily(Caregiver.Builder cg1, TaskKind... kinds) {
        var situation = situation(Phase.DAILY).addCaregiver(cg1.build()).addCaregiver(caregiver("cg-2").build());
        int n = 0;
        for (TaskKind kind : kinds) {
            situation.addCareTask(CareTask.builder("t-" + ++n).kind(kind).performedBy("cg-1").build());
        }
        return evaluate(situation);
    }

    @Test
    void financialWorriesAtElevatedRiskBringPracticalHelpAtMedium() {
        Advice advice = daily(caregiver("cg-1").hoursPerWeek(10).signals(OverloadSignal.FINANCIAL_STRAIN));

        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk()).isEqualTo(OverloadRisk.ELEVATED);
        assertThat(requireSuggestion(advice, "V-PRACTICAL", "cg-1").priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void financialWorriesAtHighRiskBringPracticalHelpAtHigh() {
        Advice advice = daily(caregiver("cg-1").hoursPerWeek(10).signals(OverloadSignal.FINANCIAL_STRAIN,
                OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS));

        assertThat(requireSuggestion(advice, "V-PRACTICAL", "cg-1").priority()).isEqualTo(Priority.HIGH);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"HOUSEHOLD", "ADMINISTRATION"})
    void householdOrAdministrationAtElevatedRiskBringPracticalHelpAtMediumAndAtHighRiskAtHigh(TaskKind kind) {
        assertThat(requireSuggestion(daily(elevated(), kind), "V-PRACTICAL", "cg-1").priority())
                .isEqualTo(Priority.MEDIUM);
        assertThat(requireSuggestion(daily(high(), kind), "V-PRACTICAL", "cg-1").priority()).isEqualTo(Priority.HIGH);
    }

    @ParameterizedTest
    @EnumSource(value = TaskKind.class, names = {"COMPANIONSHIP", "TRANSPORT", "PERSONAL_CARE", "MEDICATION"})
    void otherTasksBringNoPracticalHelp(TaskKind kind) {
        assertThat(suggestion(daily(high(), kind), "V-PRACTICAL", "cg-1")).isEmpty();
    }

    @Test
    void withoutRiskHouseholdAndFinancialWorriesBringNoPracticalHelp() {
        Advice advice = daily(caregiver("cg-1").hoursPerWeek(1), TaskKind.HOUSEHOLD);

        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk()).isEqualTo(OverloadRisk.NONE);
        assertThat(suggestion(advice, "V-PRACTICAL", "cg-1")).isEmpty();
    }

    @Test
    void afterADeathNoPracticalHelp() {
        Advice advice = evaluate(ending(EndingReason.DECEASED).addCaregiver(high().signals(OverloadSignal.FINANCIAL_STRAIN,
                OverloadSignal.TIME_PRESSURE, OverloadSignal.SLEEP_PROBLEMS).build()).addCaregiver(caregiver("cg-2").build())
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.HOUSEHOLD).performedBy("cg-1").build()));

        assertThat(advice.assessmentOf("cg-1").orElseThrow().overloadRisk()).isEqualTo(OverloadRisk.HIGH);
        assertThat(suggestion(advice, "V-PRACTICAL", "cg-1")).isEmpty();
    }
}
