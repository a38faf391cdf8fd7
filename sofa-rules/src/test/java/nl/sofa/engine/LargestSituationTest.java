package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.ReadLimits;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/**
 * The largest situation the reader accepts evaluates like any other: as many caregivers, volunteers
 * and tasks as {@link ReadLimits#defaults()} allows, every condition, and caregivers with every
 * signal. The fire limit grows with the situation, so such a situation is not taken for a loop
 * (with a fixed limit of 10,000 firings, 300 caregivers already were).
 */
class LargestSituationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void theLargestReadableSituationGetsAnAssessmentForEveryCaregiver() {
        ReadLimits limits = ReadLimits.defaults();
        Situation largest = largest(limits.maxCaregivers(), limits.maxVolunteers(), limits.maxCareTasks());
        // It is a situation the reader accepts, not only one the builder makes.
        SofaJson json = SofaJson.standard();
        assertThat(json.readSituation(json.writeSituation(largest))).isEqualTo(largest);

        Advice advice = SofaEngine.builder().build().evaluate(largest);

        assertThat(advice.caregivers()).extracting(CaregiverAssessment::caregiverId)
                .hasSize(limits.maxCaregivers())
                .doesNotHaveDuplicates();
        assertThat(advice.flags()).isNotEmpty();
        assertThat(advice.suggestions()).isNotEmpty();
    }

    private static Situation largest(int caregivers, int volunteers, int tasks) {
        List<Caregiver> people = new ArrayList<>();
        for (int c = 0; c < caregivers; c++) {
            people.add(Caregiver.builder("c" + c).relationToClient(RelationToClient.values()[c % RelationToClient.values().length])
                    .hoursPerWeek(c % 50).monthsCaring(c % 40).livesWithClient(c % 4 == 0).employed(c % 3 == 0)
                    .age(16 + c % 80).primaryContact(c == 0)
                    .burden(c % 2 == 0 ? BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, c % 10) : null)
                    .signals(c % 10 == 0 ? EnumSet.allOf(OverloadSignal.class) : EnumSet.noneOf(OverloadSignal.class))
                    .build());
        }
        List<Volunteer> helpers = new ArrayList<>();
        for (int v = 0; v < volunteers; v++) {
            helpers.add(new Volunteer("v" + v));
        }
        List<CareTask> work = new ArrayList<>();
        TaskKind[] kinds = TaskKind.values();
        for (int t = 0; t < tasks; t++) {
            String performer = t % 10 == 9 ? "v" + (t % volunteers) : "c" + (t % caregivers);
            Agreement agreement = t % 3 == 0 ? null
                    : Agreement.builder().recordedInCarePlan(t % 2 == 0).instructionGiven(t % 4 == 1).build();
            work.add(CareTask.builder("t" + t).kind(kinds[t % kinds.length]).performedBy(performer)
                    .agreement(agreement).build());
        }
        return Situation.builder("largest", Phase.DAILY).referenceDate(TODAY)
                .client(Client.builder("cl").conditions(EnumSet.allOf(Condition.class)).build())
                .caregivers(people).volunteers(helpers).careTasks(work)
                .build();
    }
}
