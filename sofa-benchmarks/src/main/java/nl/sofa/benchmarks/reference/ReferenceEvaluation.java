package nl.sofa.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.engine.Thresholds;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;

/**
 * A plain-Java evaluation of two of the decisions of rules-v1.md, written from the spec and
 * independent of the DRL: each caregiver's overload level with its factor codes (§3) and the
 * flags about care tasks (§5). It reads the engine's {@link Thresholds} record, so it follows the
 * same configuration, but decides on its own.
 *
 * <p>It serves twice: as the oracle of a differential test (the engine's levels, factor codes and
 * task flags must equal these), and as the floor of the benchmarks (the cheapest hand-written
 * evaluation of the same decisions, so that the engine's cost can be given as a ratio to it).
 * It therefore writes no reasons, texts or suggestions, and it is not part of the library.
 *
 * <p>Factor codes as docs/rules.md names them: {@code BURDEN_SCORE_HEAVY},
 * {@code BURDEN_SCORE_MODERATE}, {@code SIGNAL_<signal>}, {@code INTENSIVE_LONG_TERM},
 * {@code VERY_MANY_HOURS}, {@code LIVES_WITH_CLIENT}, {@code SOLE_CAREGIVER},
 * {@code DEMANDING_CONDITION}, {@code YOUNG_CAREGIVER}, {@code OLDER_CAREGIVER},
 * {@code COMBINES_CARE_AND_WORK}.
 */
public final class ReferenceEvaluation {
    /** The signal codes, by the signal's ordinal. */
    private static final String[] SIGNAL_CODES = signalCodes();

    private final Thresholds thresholds;

    /** An evaluation deciding with these thresholds. */
    public ReferenceEvaluation(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** One caregiver's overload level and the codes behind it (sorted, empty exactly for NONE). */
    public record Assessment(String caregiverId, OverloadRisk risk, List<String> factors) {
    }

    /** A flag about a care task, without its rules and reasons. */
    public record TaskFlag(String code, Severity severity, @Nullable Boundary boundary, String caregiverId,
            String taskId) {
        /** The contract's order of flags: severity (CRITICAL first), code, caregiverId, taskId. */
        public static final Comparator<TaskFlag> CONTRACT_ORDER = Comparator
                .comparing(TaskFlag::severity, Comparator.reverseOrder())
                .thenComparing(TaskFlag::code)
                .thenComparing(TaskFlag::caregiverId)
                .thenComparing(TaskFlag::taskId);
    }

    /**
     * The decisions about one situation.
     *
     * @param assessments one per caregiver, in input order
     * @param taskFlags the task flags, in contract order
     */
    public record Result(List<Assessment> assessments, List<TaskFlag> taskFlags) {
    }

    /**
     * Decides about a situation as of a reference date (the situation's own, or the date the
     * engine would take for "today").
     */
    public Result evaluate(Situation situation, LocalDate referenceDate) {
        List<Caregiver> caregivers = situation.caregivers();
        List<Assessment> assessments = new ArrayList<>(caregivers.size());
        boolean sole = caregivers.size() == 1;
        boolean demandingCondition = false;
        for (Condition condition : situation.client().conditions()) {
            if (condition != Condition.OTHER) {
                demandingCondition = true;
                break;
            }
        }
        for (Caregiver caregiver : caregivers) {
            assessments.add(assess(caregiver, sole, demandingCondition));
        }
        return new Result(assessments, taskFlags(situation, referenceDate));
    }

    // ---- §3 overload ----

    private Assessment assess(Caregiver c, boolean sole, boolean demandingCondition) {
        Thresholds t = thresholds;
        boolean heavy = false;
        boolean moderate = false;
        BurdenMeasurement burden = c.burden();
        if (burden != null) {
            int score = burden.score();
            switch (burden.instrument()) {
                case EDIZ_PLUS -> {
                    heavy = score >= t.edizPlusHeavyFrom();
                    moderate = !heavy && score >= t.edizPlusModerateFrom();
                }
                case CSI -> heavy = score >= t.csiHeavyFrom();
                case ZBI -> {
                    heavy = score >= t.zbiHeavyFrom();
                    moderate = !heavy && score >= t.zbiModerateFrom();
                }
            }
        }
        int signals = c.signals().size();

        String[] factors = new String[8];
        int count = 0;
        double hours = c.hoursPerWeek();
        if (hours > t.intensiveHoursAbove() && c.monthsCaring() > t.intensiveMonthsAbove()) {
            factors[count++] = "INTENSIVE_LONG_TERM";
        }
        if (hours >= t.veryManyHoursFrom()) {
            factors[count++] = "VERY_MANY_HOURS";
        }
        if (c.livesWithClient()) {
            factors[count++] = "LIVES_WITH_CLIENT";
        }
        if (sole) {
            factors[count++] = "SOLE_CAREGIVER";
        }
        if (demandingCondition) {
            factors[count++] = "DEMANDING_CONDITION";
        }
        Integer age = c.age();
        if (age != null && age < t.youngAgeBelow()) {
            factors[count++] = "YOUNG_CAREGIVER";
        }
        if (age != null && age >= t.oldAgeFrom()) {
            factors[count++] = "OLDER_CAREGIVER";
        }
        if (c.employed() && hours > t.workHoursAbove()) {
            factors[count++] = "COMBINES_CARE_AND_WORK";
        }

        OverloadRisk risk;
        if (heavy || signals >= t.highSignalsFrom()
                || (signals >= t.highSignalsWithFactorsFrom() && count >= t.highFactorsWithSignalsFrom())
                || count >= t.highFactorsFrom()) {
            risk = OverloadRisk.HIGH;
        } else if (moderate || signals >= t.elevatedSignalsFrom() || count >= t.elevatedFactorsFrom()) {
            risk = OverloadRisk.ELEVATED;
        } else {
            return new Assessment(c.id(), OverloadRisk.NONE, List.of());
        }
        String[] codes = new String[count + signals + 1];
        int n = 0;
        if (heavy) {
            codes[n++] = "BURDEN_SCORE_HEAVY";
        } else if (moderate) {
            codes[n++] = "BURDEN_SCORE_MODERATE";
        }
        for (OverloadSignal signal : c.signals()) {
            codes[n++] = SIGNAL_CODES[signal.ordinal()];
        }
        System.arraycopy(factors, 0, codes, n, count);
        n += count;
        String[] sorted = Arrays.copyOf(codes, n);
        Arrays.sort(sorted);
        return new Assessment(c.id(), risk, List.of(sorted));
    }

    // ---- §5 care tasks ----

    private static List<TaskFlag> taskFlags(Situation situation, LocalDate referenceDate) {
        List<TaskFlag> flags = new ArrayList<>();
        if (situation.careTasks().isEmpty()) {
            return flags;
        }
        Set<String> caregiverIds = new HashSet<>();
        for (Caregiver caregiver : situation.caregivers()) {
            caregiverIds.add(caregiver.id());
        }
        Set<String> volunteerIds = new HashSet<>();
        for (Volunteer volunteer : situation.volunteers()) {
            volunteerIds.add(volunteer.id());
        }
        Policy policy = situation.policy();
        for (CareTask task : situation.careTasks()) {
            String by = task.performedBy();
            if (caregiverIds.contains(by)) {
                caregiverTask(task, by, policy, referenceDate, flags);
            } else if (volunteerIds.contains(by)) {
                volunteerTask(task, by, policy, flags);
            }
            // PROFESSIONAL: nothing
        }
        flags.sort(TaskFlag.CONTRACT_ORDER);
        return flags;
    }

    private static void caregiverTask(CareTask task, String by, @Nullable Policy policy, LocalDate referenceDate,
            List<TaskFlag> flags) {
        String id = task.id();
        TaskKind kind = task.kind();
        TaskKind.Category category = kind.category();
        Agreement agreement = task.agreement();
        if (agreement == null) {
            flags.add(new TaskFlag(FlagCodes.TASK_WITHOUT_AGREEMENT, Severity.WARNING, Boundary.RELATIONEEL, by, id));
        } else {
            if (!agreement.recordedInCarePlan()) {
                flags.add(new TaskFlag(FlagCodes.AGREEMENT_NOT_RECORDED, Severity.WARNING, Boundary.FUNCTIONEEL, by,
                        id));
            }
            if (!agreement.caregiverWilling()) {
                flags.add(new TaskFlag(FlagCodes.CAREGIVER_UNWILLING, Severity.CRITICAL, Boundary.RELATIONEEL, by, id));
            }
            if (!agreement.caregiverAble()) {
                flags.add(new TaskFlag(FlagCodes.CAREGIVER_UNABLE, Severity.CRITICAL, Boundary.RELATIONEEL, by, id));
            }
            LocalDate due = agreement.nextEvaluation();
            if (due != null && due.isBefore(referenceDate)) {
                flags.add(new TaskFlag(FlagCodes.AGREEMENT_EVALUATION_OVERDUE, Severity.WARNING, Boundary.RELATIONEEL,
                        by, id));
            }
        }
        boolean instructed = agreement != null && agreement.instructionGiven();
        if (!instructed && category == TaskKind.Category.RESERVED_ACT) {
            flags.add(new TaskFlag(FlagCodes.INSTRUCTION_MISSING, Severity.CRITICAL, Boundary.FUNCTIONEEL, by, id));
        } else if (!instructed && category == TaskKind.Category.RISKY_ACT) {
            flags.add(new TaskFlag(FlagCodes.INSTRUCTION_MISSING, Severity.WARNING, Boundary.FUNCTIONEEL, by, id));
        }
        if (policy != null && !policy.caregiverMayPerform().contains(kind)) {
            flags.add(new TaskFlag(FlagCodes.TASK_OUTSIDE_POLICY, Severity.WARNING, Boundary.FUNCTIONEEL, by, id));
        }
        if (task.professionalReservations()) {
            flags.add(new TaskFlag(FlagCodes.PROFESSIONAL_RESERVATION, Severity.INFO, Boundary.PERSOONLIJK, by, id));
        }
        if (category == TaskKind.Category.RESERVED_ACT) {
            flags.add(new TaskFlag(FlagCodes.LIABILITY_NOTICE, Severity.INFO, Boundary.WETTELIJK, by, id));
        }
    }

    private static void volunteerTask(CareTask task, String by, @Nullable Policy policy, List<TaskFlag> flags) {
        if (task.kind().category() == TaskKind.Category.RESERVED_ACT) {
            flags.add(new TaskFlag(FlagCodes.VOLUNTEER_RESERVED_ACT, Severity.CRITICAL, Boundary.WETTELIJK,
                    by, task.id()));
        }
        if (policy != null && !policy.volunteerMayPerform().contains(task.kind())) {
            flags.add(new TaskFlag(FlagCodes.TASK_OUTSIDE_POLICY, Severity.WARNING, Boundary.FUNCTIONEEL, by,
                    task.id()));
        }
    }

    private static String[] signalCodes() {
        OverloadSignal[] signals = OverloadSignal.values();
        String[] codes = new String[signals.length];
        for (OverloadSignal signal : signals) {
            codes[signal.ordinal()] = "SIGNAL_" + signal.name();
        }
        return codes;
    }
}
