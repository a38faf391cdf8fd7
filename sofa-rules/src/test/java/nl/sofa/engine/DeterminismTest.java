package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** Contract v1 §2: the same input gives byte-identical output; reordering arrays changes only caregivers[]. */
class DeterminismTest {
    private static final SofaJson JSON = SofaJson.standard();

    /** Three caregivers, two volunteers, five tasks, a policy, derailment: most rules fire. */
    static Situation rich() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        return Situation.builder("sit-rich", Phase.DAILY).referenceDate(today)
                .client(Client.builder("cl-1").conditions(Condition.DEMENTIA, Condition.PARKINSON)
                        .carePlanSharedWith("cg-2").derailmentSignals(DerailmentSignal.PROBLEMS_CONCEALED,
                                DerailmentSignal.CLIENT_ANXIOUS_OR_WITHDRAWN).build())
                .addCaregiver(Caregiver.builder("cg-1").relationToClient(RelationToClient.PARTNER).hoursPerWeek(50)
                        .monthsCaring(36).livesWithClient(true).age(79).primaryContact(true)
                        .burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 10))
                        .signals(OverloadSignal.SLEEP_PROBLEMS, OverloadSignal.TIME_PRESSURE).build())
                .addCaregiver(Caregiver.builder("cg-2").relationToClient(RelationToClient.CHILD).hoursPerWeek(12)
                        .monthsCaring(8).employed(true).age(48).signals(OverloadSignal.NO_TIME_FOR_OWN_LIFE).build())
                .addCaregiver(Caregiver.builder("cg-3").relationToClient(RelationToClient.NEIGHBOUR).hoursPerWeek(2)
                        .monthsCaring(2).build())
                .addVolunteer(new Volunteer("vw-1")).addVolunteer(new Volunteer("vw-2"))
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1")
                        .agreement(Agreement.builder().recordedInCarePlan(true).nextEvaluation(today.minusMonths(2))
                                .build()).build())
                .addCareTask(CareTask.builder("t-2").kind(TaskKind.MEDICATION).performedBy("cg-1").build())
                .addCareTask(CareTask.builder("t-3").kind(TaskKind.HOIST_TRANSFER).performedBy("cg-2")
                        .professionalReservations(true).agreement(Agreement.builder().caregiverAble(false).build())
                        .build())
                .addCareTask(CareTask.builder("t-4").kind(TaskKind.CATHETERISATION).performedBy("vw-1").build())
                .addCareTask(CareTask.builder("t-5").kind(TaskKind.TRANSPORT).performedBy("vw-2").build())
                .policy(new Policy(Set.of(TaskKind.INJECTION, TaskKind.HOIST_TRANSFER),
                        Set.of(TaskKind.COMPANIONSHIP)))
                .build();
    }

    @Test
    void theSameSituationTwiceGivesByteIdenticalAdvice() {
        Situation situation = rich();

        String first = JSON.writeAdvice(Fixtures.ENGINE.evaluate(situation));
        String second = JSON.writeAdvice(Fixtures.ENGINE.evaluate(rich()));

        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"situationId\":\"sit-rich\"");
    }

    @Test
    void anotherEngineGivesTheSameBytes() {
        SofaEngine other = SofaEngine.builder().build();

        assertThat(JSON.writeAdvice(other.evaluate(rich()))).isEqualTo(JSON.writeAdvice(Fixtures.ENGINE.evaluate(rich())));
    }

    @Test
    void shuffledInputArraysChangeNothingButTheOrderOfTheAssessments() {
        Situation situation = rich();
        Advice expected = Fixtures.ENGINE.evaluate(situation);
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            List<Caregiver> caregivers = new ArrayList<>(situation.caregivers());
            List<Volunteer> volunteers = new ArrayList<>(situation.volunteers());
            List<CareTask> tasks = new ArrayList<>(situation.careTasks());
            Collections.shuffle(caregivers, random);
            Collections.shuffle(volunteers, random);
            Collections.shuffle(tasks, random);
            Situation shuffled = situation.toBuilder().caregivers(caregivers).volunteers(volunteers).careTasks(tasks)
                    .build();

            Advice advice = Fixtures.ENGINE.evaluate(shuffled);

            assertThat(advice.caregivers()).extracting(CaregiverAssessment::caregiverId)
                    .isEqualTo(caregivers.stream().map(Caregiver::id).toList());
            assertThat(JSON.writeAdvice(inCaregiverIdOrder(advice))).isEqualTo(JSON.writeAdvice(inCaregiverIdOrder(expected)));
        }
    }

    @Test
    void shuffledJsonArraysGiveTheSameBytesApartFromCaregivers() {
        String json = JSON.writeSituation(rich());
        String reordered = json
                .replace("\"conditions\":[\"DEMENTIA\",\"PARKINSON\"]", "\"conditions\":[\"PARKINSON\",\"DEMENTIA\"]")
                .replace("\"signals\":[\"TIME_PRESSURE\",\"SLEEP_PROBLEMS\"]",
                        "\"signals\":[\"SLEEP_PROBLEMS\",\"TIME_PRESSURE\"]");
        Situation read = JSON.readSituation(reordered);

        assertThat(JSON.writeAdvice(Fixtures.ENGINE.evaluate(read)))
                .isEqualTo(JSON.writeAdvice(Fixtures.ENGINE.evaluate(rich())));
    }

    private static Advice inCaregiverIdOrder(Advice advice) {
        List<CaregiverAssessment> sorted = new ArrayList<>(advice.caregivers());
        sorted.sort(Comparator.comparing(CaregiverAssessment::caregiverId));
        return new Advice(advice.situationId(), advice.referenceDate(), advice.phase(), advice.engine(), sorted,
                advice.focus(), advice.suggestions(), advice.flags());
    }
}
