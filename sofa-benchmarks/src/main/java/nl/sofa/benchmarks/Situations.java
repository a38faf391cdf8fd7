package nl.sofa.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * The fixed situations every benchmark measures, so that figures compare across runs and
 * versions. Built in code (not generated) so they never change unnoticed.
 */
public final class Situations {
    static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);
    private static final TaskKind[] KINDS = {TaskKind.MEDICATION, TaskKind.PERSONAL_CARE, TaskKind.INJECTION,
        TaskKind.HOUSEHOLD, TaskKind.HOIST_TRANSFER};

    private Situations() {
    }

    /**
     * A fixed situation by name: {@code typical}, {@code heavy} or {@code large}.
     *
     * @throws IllegalArgumentException for another name
     */
    public static Situation named(String name) {
        return switch (name) {
            case "typical" -> typical();
            case "heavy" -> heavy();
            case "large" -> large();
            default -> throw new IllegalArgumentException("no fixed situation " + name);
        };
    }

    /**
     * The typical situation: daily care, a client with dementia, three caregivers (a partner who is
     * the primary contact with a moderate burden, a working daughter, a neighbour) and five tasks,
     * some agreed and instructed, some not.
     */
    public static Situation typical() {
        Caregiver partner = Caregiver.builder("cg-partner").relationToClient(RelationToClient.PARTNER)
                .hoursPerWeek(24).monthsCaring(30).livesWithClient(true).age(74).primaryContact(true)
                .burden(new BurdenMeasurement(BurdenInstrument.EDIZ_PLUS, 6, REFERENCE_DATE.minusMonths(2)))
                .signals(OverloadSignal.SLEEP_PROBLEMS).build();
        Caregiver daughter = Caregiver.builder("cg-daughter").relationToClient(RelationToClient.CHILD)
                .hoursPerWeek(6).monthsCaring(30).employed(true).age(47).build();
        Caregiver neighbour = Caregiver.builder("cg-neighbour").relationToClient(RelationToClient.NEIGHBOUR)
                .hoursPerWeek(2).monthsCaring(8).build();
        Agreement agreed = Agreement.builder().recordedInCarePlan(true).instructionGiven(true)
                .nextEvaluation(REFERENCE_DATE.plusMonths(3)).build();
        return Situation.builder("typical", Phase.DAILY).referenceDate(REFERENCE_DATE).setting(Setting.HOME)
                .client(Client.builder("cl-typical").conditions(Condition.DEMENTIA).carePlanSharedWith("cg-partner").build())
                .addCaregiver(partner).addCaregiver(daughter).addCaregiver(neighbour)
                .addCareTask(task("t-meds", TaskKind.MEDICATION, "cg-partner", agreed))
                .addCareTask(task("t-insulin", TaskKind.INJECTION, "cg-partner",
                        agreed.toBuilder().instructionGiven(false).build()))
                .addCareTask(task("t-shower", TaskKind.PERSONAL_CARE, "PROFESSIONAL", null))
                .addCareTask(task("t-shopping", TaskKind.HOUSEHOLD, "cg-daughter", Agreement.defaults()))
                .addCareTask(task("t-transport", TaskKind.TRANSPORT, "cg-neighbour", null))
                .policy(new Policy(EnumSet.of(TaskKind.MEDICATION, TaskKind.INJECTION, TaskKind.PERSONAL_CARE,
                        TaskKind.HOUSEHOLD), EnumSet.of(TaskKind.COMPANIONSHIP)))
                .build();
    }

    /**
     * The heavy situation: one caregiver with everything flagged: heavy burden, every signal, every
     * risk factor, derailment, and one task of each kind that raises a flag.
     */
    public static Situation heavy() {
        Caregiver alone = Caregiver.builder("cg-alone").relationToClient(RelationToClient.PARTNER)
                .hoursPerWeek(80).monthsCaring(120).livesWithClient(true).employed(true).age(82).primaryContact(true)
                .burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 15))
                .signals(EnumSet.allOf(OverloadSignal.class)).build();
        Situation.Builder b = Situation.builder("heavy", Phase.DAILY).referenceDate(REFERENCE_DATE)
                .setting(Setting.HOME)
                .client(Client.builder("cl-heavy").conditions(EnumSet.allOf(Condition.class))
                        .derailmentSignals(EnumSet.allOf(DerailmentSignal.class)).build())
                .addCaregiver(alone).addVolunteer(new Volunteer("vw-1"))
                .policy(new Policy(EnumSet.of(TaskKind.HOUSEHOLD), EnumSet.noneOf(TaskKind.class)));
        int i = 0;
        for (TaskKind kind : TaskKind.values()) {
            Agreement overdue = Agreement.builder().caregiverWilling(false).caregiverAble(false)
                    .nextEvaluation(REFERENCE_DATE.minusDays(1)).build();
            b.addCareTask(CareTask.builder("t-" + i++).kind(kind).performedBy("cg-alone")
                    .professionalReservations(true).agreement(i % 2 == 0 ? overdue : null).build());
        }
        b.addCareTask(task("t-volunteer", TaskKind.INJECTION, "vw-1", null));
        return b.build();
    }

    /** The large situation: 50 caregivers and 200 tasks. */
    public static Situation large() {
        return withCaregivers("large", 50, 4);
    }

    /**
     * A situation with {@code caregivers} caregivers, each performing {@code tasksEach} tasks, with a
     * mix of loads: the scaling series uses five tasks each.
     */
    public static Situation withCaregivers(String id, int caregivers, int tasksEach) {
        List<Caregiver> list = new ArrayList<>(caregivers);
        List<CareTask> tasks = new ArrayList<>(caregivers * tasksEach);
        for (int c = 0; c < caregivers; c++) {
            String cg = "cg-" + c;
            list.add(Caregiver.builder(cg).relationToClient(RelationToClient.values()[c % RelationToClient.values().length])
                    .hoursPerWeek(c % 7 == 0 ? 45 : 2 + c % 10).monthsCaring(c % 24).livesWithClient(c % 5 == 0)
                    .employed(c % 3 == 0).age(20 + c % 70).primaryContact(c == 0)
                    .burden(c % 4 == 0 ? BurdenMeasurement.of(BurdenInstrument.CSI, c % 14) : null)
                    .signals(c % 6 == 0 ? List.of(OverloadSignal.TIME_PRESSURE) : List.of()).build());
            for (int t = 0; t < tasksEach; t++) {
                Agreement agreement = t % 3 == 0 ? null : Agreement.builder().recordedInCarePlan(t % 2 == 0)
                        .instructionGiven(t % 4 == 1).nextEvaluation(REFERENCE_DATE.plusDays(t - 2)).build();
                tasks.add(task("t-" + c + "-" + t, KINDS[(c + t) % KINDS.length], cg, agreement));
            }
        }
        return Situation.builder(id, Phase.DAILY).referenceDate(REFERENCE_DATE).setting(Setting.HOME)
                .client(Client.builder("cl-" + id).conditions(Condition.STROKE).build())
                .caregivers(list).careTasks(tasks)
                .policy(new Policy(EnumSet.of(TaskKind.MEDICATION, TaskKind.PERSONAL_CARE, TaskKind.HOUSEHOLD),
                        EnumSet.noneOf(TaskKind.class)))
                .build();
    }

    private static CareTask task(String id, TaskKind kind, String performer, Agreement agreement) {
        return CareTask.builder(id).kind(kind).performedBy(performer).agreement(agreement).build();
    }
}
