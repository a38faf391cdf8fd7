package nl.sofa.benchmarks.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.engine.Thresholds;
import nl.sofa.phase.EndingReason;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.jspecify.annotations.Nullable;

/**
 * A plain-Java evaluation of the decisions of the built-in pack 2.0.0 ({@code rules-v2.md}, and
 * {@code rules-v1.md} where v2 is silent), written from the spec and independent of the DRL. It
 * reads the engine's {@link Thresholds} record, so it follows the same configuration, but decides
 * on its own. Where the spec leaves a detail open it follows the decisions written in
 * {@code docs/rules.md}.
 *
 * <p>What it decides:
 * <ul>
 * <li>each caregiver's overload level with its factor codes (v1 §3, v2 §F: light involvement and a
 *     recent measurement in the light band set the risk factors aside; in a residential setting, a
 *     hospital or rehabilitation there is no "sole caregiver", except at {@code DISCHARGE_HOME});
 * <li>every flag, with its code, severity, boundary, caregiverId and taskId: OVERLOAD_RISK,
 *     SOLE_CAREGIVER and NO_CAREGIVER_KNOWN (v1 §3, v2 §E and §F), DERAILED_CARE_RISK (v2 §D), the
 *     care-task flags (v1 §5 as changed by v2 §A care acts and daily-life help, §B severities, §C
 *     volunteers, §E TRANSFER and DECEASED), YOUNG_CAREGIVER (v2 §G) and CONSENT_MISSING (v2 §I);
 * <li>every suggestion, with its action, caregiverId, taskId, priority and dueBy: the phase column
 *     (v1 §1-§2, v2 §E's table by ending reason, §H's O-B2 and A-D1), the actions on the load (v1 §3,
 *     v2 §E, §F's O-MEASURE, §H's V-PRACTICAL), X-DERAILED (§D), the G- actions (with the
 *     G-INSTRUCT cap of v2 §B, G-HANDOVER, G-TAKEOVER of §C and §D, G-TRANSFER and G-CLOSE of §E),
 *     Y-YOUNG (§G) and P-CONSENT (§I).
 * </ul>
 * Suggestions and flags are merged as the contract merges them (highest priority or severity,
 * earliest dueBy). It writes no reasons, texts or focus.
 *
 * <p>It serves twice: as the oracle of a differential test (the engine's levels, factor codes,
 * flags and suggestions must equal these), and as the floor of the benchmarks (the
 * cheapest hand-written evaluation of the same decisions, so that the engine's cost can be given as
 * a ratio to it). It is not part of the library.
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
    /** The last date the contract writes. */
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    private final Thresholds thresholds;

    /** An evaluation deciding with these thresholds. */
    public ReferenceEvaluation(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** One caregiver's overload level and the codes behind it (sorted, empty exactly for NONE). */
    public record Assessment(String caregiverId, OverloadRisk risk, List<String> factors) {
    }

    /** A flag, without its rules, reasons and text. */
    public record FlagEntry(String code, Severity severity, @Nullable Boundary boundary, @Nullable String caregiverId,
            @Nullable String taskId) {
        /** The contract's order of flags: severity (CRITICAL first), code, caregiverId, taskId (nulls first). */
        public static final Comparator<FlagEntry> CONTRACT_ORDER = (a, b) -> {
            int c = b.severity.compareTo(a.severity);
            if (c == 0) {
                c = a.code.compareTo(b.code);
            }
            if (c == 0) {
                c = compareNullsFirst(a.caregiverId, b.caregiverId);
            }
            return c != 0 ? c : compareNullsFirst(a.taskId, b.taskId);
        };
    }

    /** A suggestion, without its rules, reasons and text. */
    public record ActionEntry(String action, @Nullable String caregiverId, @Nullable String taskId,
            Priority priority, @Nullable LocalDate dueBy) {
        /** The contract's order of suggestions: priority (HIGH first), caregiverId (nulls first), action, taskId. */
        public static final Comparator<ActionEntry> CONTRACT_ORDER = (a, b) -> {
            int c = b.priority.compareTo(a.priority);
            if (c == 0) {
                c = compareNullsFirst(a.caregiverId, b.caregiverId);
            }
            if (c == 0) {
                c = a.action.compareTo(b.action);
            }
            return c != 0 ? c : compareNullsFirst(a.taskId, b.taskId);
        };
    }

    /**
     * The decisions about one situation.
     *
     * @param assessments one per caregiver, in input order
     * @param flags every flag, merged on (code, caregiverId, taskId) to the highest severity, in
     *     contract order
     * @param actions every suggestion, merged on (action, caregiverId, taskId) to the highest
     *     priority and the earliest dueBy, in contract order
     */
    public record Result(List<Assessment> assessments, List<FlagEntry> flags, List<ActionEntry> actions) {
        /** The flags about a care task (those with a taskId), in contract order. */
        public List<FlagEntry> taskFlags() {
            return flags.stream().filter(f -> f.taskId() != null).toList();
        }
    }

    /**
     * Decides about a situation as of a reference date (the situation's own, or the date the
     * engine would take for "today").
     */
    public Result evaluate(Situation situation, LocalDate referenceDate) {
        return new Run(situation, referenceDate).evaluate();
    }

    /** One evaluation: the situation's facts and what is decided so far. */
    private final class Run {
        private final Situation situation;
        private final LocalDate today;
        private final Thresholds t = thresholds;
        private final @Nullable EndingReason ending;
        private final boolean deceased;
        private final boolean transfer;
        private final List<Caregiver> caregivers;
        private final boolean onlyOne;
        /** What each performer does, gathered in one pass over the tasks. */
        private final Map<String, Performer> performers = new HashMap<>();
        private final Map<FlagKey, FlagEntry> flags = new HashMap<>();
        private final Map<ActionKey, ActionEntry> actions = new HashMap<>();

        Run(Situation situation, LocalDate today) {
            this.situation = situation;
            this.today = today;
            this.ending = situation.endingReason();
            this.deceased = ending == EndingReason.DECEASED;
            this.transfer = ending == EndingReason.TRANSFER;
            this.caregivers = situation.caregivers();
            this.onlyOne = caregivers.size() == 1;
            for (CareTask task : situation.careTasks()) {
                Performer p = performers.computeIfAbsent(task.performedBy(), k -> new Performer());
                TaskKind kind = task.kind();
                p.tasks++;
                p.householdOrAdministration |= kind == TaskKind.HOUSEHOLD || kind == TaskKind.ADMINISTRATION;
                p.reservedOrRiskyAct |= kind.category() != TaskKind.Category.OTHER_CARE;
                p.agreedCareAct |= task.agreement() != null && careAct(kind);
            }
        }

        private Performer performer(String id) {
            Performer p = performers.get(id);
            return p != null ? p : NOBODY;
        }

        Result evaluate() {
            // v2 §F: where the organisation carries the daily care, nobody is "the sole caregiver";
            // except at a discharge home, when the caregiver is about to carry it alone.
            Setting setting = situation.setting();
            boolean carriedByOrganisation = (setting == Setting.RESIDENTIAL || setting == Setting.HOSPITAL
                    || setting == Setting.REHABILITATION) && ending != EndingReason.DISCHARGE_HOME;
            boolean sole = onlyOne && !carriedByOrganisation;
            boolean demandingCondition = false;
            for (Condition condition : situation.client().conditions()) {
                if (condition != Condition.OTHER) {
                    demandingCondition = true;
                    break;
                }
            }
            List<Assessment> assessments = new ArrayList<>(caregivers.size());
            boolean anyHigh = false;
            for (Caregiver caregiver : caregivers) {
                Assessment assessment = assess(caregiver, sole, demandingCondition);
                assessments.add(assessment);
                anyHigh |= assessment.risk() == OverloadRisk.HIGH;
                overloadConsequences(caregiver, assessment.risk(), sole);
            }
            if (caregivers.isEmpty() && !deceased) {
                flag(FlagCodes.NO_CAREGIVER_KNOWN, Severity.INFO, null, null, null);
            }
            phaseColumn();
            boolean derailmentCritical = derailment(anyHigh);
            tasks(derailmentCritical);
            young();
            consent();

            List<FlagEntry> flagList = new ArrayList<>(flags.values());
            flagList.sort(FlagEntry.CONTRACT_ORDER);
            List<ActionEntry> actionList = new ArrayList<>(actions.values());
            actionList.sort(ActionEntry.CONTRACT_ORDER);
            return new Result(assessments, flagList, actionList);
        }

        // ---- v1 §3, v2 §F: overload ----

        private Assessment assess(Caregiver c, boolean sole, boolean demandingCondition) {
            boolean heavy = false;
            boolean moderate = false;
            boolean lightMeasurement = false;
            BurdenMeasurement burden = c.burden();
            if (burden != null) {
                int score = burden.score();
                int lightUpTo;
                switch (burden.instrument()) {
                    case EDIZ_PLUS -> {
                        heavy = score >= t.edizPlusHeavyFrom();
                        moderate = !heavy && score >= t.edizPlusModerateFrom();
                        lightUpTo = t.edizPlusLightUpTo();
                    }
                    case CSI -> {
                        heavy = score >= t.csiHeavyFrom();
                        lightUpTo = t.csiLightUpTo();
                    }
                    case ZBI -> {
                        heavy = score >= t.zbiHeavyFrom();
                        moderate = !heavy && score >= t.zbiModerateFrom();
                        lightUpTo = t.zbiLightUpTo();
                    }
                    default -> throw new IllegalStateException("instrument " + burden.instrument());
                }
                lightMeasurement = recent(burden) && score <= lightUpTo;
            }
            int signals = c.signals().size();
            double hours = c.hoursPerWeek();
            // v2 §F: light involvement, or a recent measurement in the light band: the risk factors
            // count for nothing and are not listed; the band and the signals still count.
            boolean lightInvolvement = hours < t.lightHoursBelow() && !c.livesWithClient();
            boolean setAside = lightInvolvement || lightMeasurement;

            String[] factors = new String[8];
            int count = 0;
            if (!setAside) {
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

        /** v2 §F: undated, or taken at most recentMeasurementDays before the reference date. */
        private boolean recent(BurdenMeasurement burden) {
            LocalDate on = burden.assessedOn();
            return on == null || !on.isBefore(today.minusDays(t.recentMeasurementDays()));
        }

        /** The flags and suggestions of a level (v1 §3; v2 §E's V-actions, §F's O-MEASURE, §H's V-PRACTICAL). */
        private void overloadConsequences(Caregiver c, OverloadRisk risk, boolean sole) {
            if (risk == OverloadRisk.NONE) {
                return;
            }
            String id = c.id();
            boolean high = risk == OverloadRisk.HIGH;
            flag(FlagCodes.OVERLOAD_RISK, high ? Severity.CRITICAL : Severity.WARNING, null, id, null);
            if (sole && !deceased) {
                flag(FlagCodes.SOLE_CAREGIVER, Severity.WARNING, null, id, null);
            }
            // the phase's own action on the load (v1 §3; v2 §E's table for the endings)
            switch (situation.phase()) {
                case BEGIN -> {
                    action("O-B1", id, null, Priority.HIGH);
                    if (high) {
                        action("O-B3", id, null, Priority.HIGH);
                    }
                }
                case DAILY -> {
                    action("O-D1", id, null, Priority.HIGH);
                    if (high) {
                        action("O-D3", id, null, Priority.HIGH);
                    }
                }
                case ENDING -> action(ending == EndingReason.PALLIATIVE || deceased ? "O-E3" : "O-E1", id, null,
                        Priority.HIGH);
                default -> throw new IllegalStateException("phase " + situation.phase());
            }
            if (high) {
                action("V-INFO", id, null, Priority.HIGH);
                action("V-REFER", id, null, Priority.HIGH);
                action("V-EMOTIONAL", id, null, Priority.HIGH);
                if (!transfer && !deceased) {
                    action("V-RESPITE", id, null, Priority.HIGH);
                }
            } else {
                action("V-INFO", id, null, Priority.MEDIUM);
            }
            if (deceased) {
                return;
            }
            if (c.burden() == null || !recent(c.burden())) {
                action("O-MEASURE", id, null, Priority.MEDIUM, today);
            }
            boolean practical = c.signals().contains(OverloadSignal.FINANCIAL_STRAIN)
                    || performer(id).householdOrAdministration;
            if (practical) {
                action("V-PRACTICAL", id, null, high ? Priority.HIGH : Priority.MEDIUM);
            }
        }

        // ---- v1 §1-§2, v2 §E and §H: the phase column ----

        private void phaseColumn() {
            switch (situation.phase()) {
                case BEGIN -> begin();
                case DAILY -> daily();
                case ENDING -> ending();
                default -> throw new IllegalStateException("phase " + situation.phase());
            }
        }

        private void begin() {
            if (caregivers.isEmpty()) {
                action("O-B3", null, null, Priority.MEDIUM);
            }
            for (Caregiver c : caregivers) {
                String id = c.id();
                boolean experienced = c.monthsCaring() >= t.experiencedMonthsFrom();
                action("S-B3", id, null, Priority.LOW);
                action("O-B1", id, null, Priority.LOW);
                action("O-B2", id, null, experienced ? Priority.MEDIUM : Priority.LOW);
                action("A-B2", id, null, experienced ? Priority.HIGH : Priority.LOW);
                action("F-B3", id, null, Priority.LOW);
                if (c.primaryContact() || onlyOne) {
                    action("S-B1", id, null, Priority.MEDIUM);
                    action("A-B1", id, null, Priority.MEDIUM);
                    action("A-B3", id, null, Priority.MEDIUM);
                    action("P-MEETING", id, null, Priority.MEDIUM);
                }
                if (situation.setting() == Setting.RESIDENTIAL) {
                    action("F-B1", id, null, Priority.MEDIUM);
                }
            }
        }

        private void daily() {
            if (caregivers.isEmpty()) {
                action("O-D3", null, null, Priority.MEDIUM);
            }
            boolean changing = false;
            for (Condition condition : situation.client().conditions()) {
                changing |= condition == Condition.DEMENTIA || condition == Condition.PSYCHIATRIC
                        || condition == Condition.ACQUIRED_BRAIN_INJURY || condition == Condition.INTELLECTUAL_DISABILITY;
            }
            for (Caregiver c : caregivers) {
                String id = c.id();
                action("S-D1", id, null, Priority.LOW);
                action("O-D1", id, null, Priority.LOW);
                action("F-D1", id, null, Priority.LOW);
                action("A-D2", id, null, Priority.LOW);
                if (performer(id).tasks >= t.manyTasksFrom()) {
                    action("S-D2", id, null, Priority.MEDIUM);
                    action("S-D3", id, null, Priority.MEDIUM);
                }
                if (changing) {
                    action("O-D2", id, null, Priority.MEDIUM);
                    action("A-D1", id, null, Priority.MEDIUM);
                }
            }
        }

        /** v2 §E's table replaces v1 §2's ENDING bullets. */
        private void ending() {
            EndingReason reason = Objects.requireNonNull(ending, "endingReason");
            if (caregivers.isEmpty()) {
                switch (reason) {
                    case NO_LONGER_NEEDED, TRANSFER, DISCHARGE_HOME -> action("O-E1", null, null, Priority.MEDIUM);
                    case PALLIATIVE -> action("O-E3", null, null, Priority.MEDIUM);
                    case DECEASED -> {
                    }
                    default -> throw new IllegalStateException("ending " + reason);
                }
            }
            // a date the contract writes (YYYY-MM-DD): at the latest 9999-12-31
            LocalDate followUp = today.plusDays(t.followUpAfterDeathDays());
            if (followUp.isAfter(LAST_DATE)) {
                followUp = LAST_DATE;
            }
            for (Caregiver c : caregivers) {
                String id = c.id();
                switch (reason) {
                    case NO_LONGER_NEEDED -> {
                        action("S-E1", id, null, Priority.MEDIUM);
                        action("O-E1", id, null, Priority.MEDIUM);
                        action("F-E1", id, null, Priority.MEDIUM);
                        action("A-E1", id, null, Priority.MEDIUM);
                    }
                    case TRANSFER -> {
                        action("S-E1", id, null, Priority.MEDIUM);
                        action("O-E1", id, null, Priority.MEDIUM);
                        action("S-E2", id, null, Priority.MEDIUM);
                        action("O-E2", id, null, Priority.MEDIUM);
                        action("F-E2", id, null, Priority.MEDIUM);
                        action("A-E2", id, null, Priority.MEDIUM);
                    }
                    case DISCHARGE_HOME -> {
                        action("S-E1", id, null, Priority.MEDIUM);
                        action("O-E1", id, null, Priority.MEDIUM);
                        action("F-E1", id, null, Priority.MEDIUM);
                        action("A-E1", id, null, Priority.HIGH);
                    }
                    case PALLIATIVE -> {
                        action("S-E3", id, null, Priority.HIGH);
                        action("O-E3", id, null, Priority.MEDIUM);
                        action("F-E3", id, null, Priority.MEDIUM);
                        action("A-E3", id, null, Priority.MEDIUM);
                    }
                    case DECEASED -> {
                        action("S-E1", id, null, Priority.LOW);
                        action("O-E3", id, null, Priority.HIGH);
                        action("F-E3", id, null, Priority.MEDIUM);
                        action("A-E3", id, null, Priority.MEDIUM);
                        action("O-E4", id, null, Priority.MEDIUM, followUp);
                    }
                    default -> throw new IllegalStateException("ending " + reason);
                }
            }
        }

        // ---- v1 §4, v2 §D: derailment ----

        /** Returns whether DERAILED_CARE_RISK is CRITICAL. */
        private boolean derailment(boolean anyHigh) {
            Set<DerailmentSignal> signals = situation.client().derailmentSignals();
            if (signals.isEmpty()) {
                return false;
            }
            boolean critical = anyHigh || signals.contains(DerailmentSignal.CLIENT_INJURIES)
                    || signals.contains(DerailmentSignal.CLIENT_NEGLECTED)
                    || signals.contains(DerailmentSignal.FINANCIAL_IRREGULARITIES);
            flag(FlagCodes.DERAILED_CARE_RISK, critical ? Severity.CRITICAL : Severity.WARNING, null, null, null);
            action("X-DERAILED", null, null, Priority.HIGH);
            return critical;
        }

        // ---- v1 §5, v2 §A-§E: care tasks ----

        private void tasks(boolean derailmentCritical) {
            if (situation.careTasks().isEmpty()) {
                return;
            }
            Set<String> caregiverIds = new HashSet<>();
            for (Caregiver caregiver : caregivers) {
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
                    if (deceased) {
                        // v2 §E: no task output after a death, only G-CLOSE per caregiver with a care act
                        if (careAct(task.kind())) {
                            action("G-CLOSE", by, null, Priority.LOW);
                        }
                    } else if (careAct(task.kind())) {
                        caregiverCareAct(task, by, policy, derailmentCritical);
                    } else {
                        caregiverDailyLifeHelp(task, by);
                    }
                } else if (volunteerIds.contains(by) && !deceased) {
                    volunteerTask(task, by, policy);
                }
                // PROFESSIONAL: nothing
            }
        }

        private void caregiverCareAct(CareTask task, String by, @Nullable Policy policy, boolean derailmentCritical) {
            String id = task.id();
            TaskKind kind = task.kind();
            boolean reserved = kind.category() == TaskKind.Category.RESERVED_ACT;
            boolean risky = kind.category() == TaskKind.Category.RISKY_ACT;
            Agreement agreement = task.agreement();
            Priority agree = null;
            Priority policyPriority = null;
            Severity instruction = null;
            if (transfer) {
                // v2 §E: the agreement, recording, instruction and evaluation findings give way to one
                // G-TRANSFER per caregiver who performs a care act
                action("G-TRANSFER", by, null, Priority.MEDIUM);
            } else {
                if (agreement == null) {
                    Severity severity = reserved ? Severity.CRITICAL : risky ? Severity.WARNING : Severity.INFO;
                    flag(FlagCodes.TASK_WITHOUT_AGREEMENT, severity, Boundary.RELATIONEEL, by, id);
                    agree = priorityOf(severity);
                    action("G-AGREE", by, id, agree);
                } else {
                    if (!agreement.recordedInCarePlan()) {
                        flag(FlagCodes.AGREEMENT_NOT_RECORDED, Severity.WARNING, Boundary.FUNCTIONEEL, by, id);
                        action("G-RECORD", by, id, Priority.MEDIUM);
                    }
                    LocalDate due = agreement.nextEvaluation();
                    if (due != null && due.isBefore(today)) {
                        flag(FlagCodes.AGREEMENT_EVALUATION_OVERDUE, Severity.WARNING, Boundary.RELATIONEEL, by, id);
                        action("G-EVALUATE", by, id, Priority.MEDIUM);
                    }
                }
                boolean instructed = agreement != null && agreement.instructionGiven();
                if (!instructed && (reserved || risky)) {
                    instruction = reserved ? Severity.CRITICAL : Severity.WARNING;
                    flag(FlagCodes.INSTRUCTION_MISSING, instruction, Boundary.FUNCTIONEEL, by, id);
                }
            }
            if (policy != null && !policy.caregiverMayPerform().contains(kind)) {
                Severity severity = reserved ? Severity.CRITICAL : Severity.WARNING;
                flag(FlagCodes.TASK_OUTSIDE_POLICY, severity, Boundary.FUNCTIONEEL, by, id);
                policyPriority = priorityOf(severity);
                action("G-POLICY", by, id, policyPriority);
            }
            boolean handover = false;
            if (agreement != null && !agreement.caregiverWilling()) {
                flag(FlagCodes.CAREGIVER_UNWILLING, Severity.CRITICAL, Boundary.RELATIONEEL, by, id);
                handover = true;
            }
            if (agreement != null && !agreement.caregiverAble()) {
                flag(FlagCodes.CAREGIVER_UNABLE, Severity.CRITICAL, Boundary.RELATIONEEL, by, id);
                handover = true;
            }
            if (handover) {
                action("G-HANDOVER", by, id, Priority.HIGH);
            }
            if (task.professionalReservations()) {
                reservation(by, id);
            }
            if (reserved) {
                flag(FlagCodes.LIABILITY_NOTICE, Severity.INFO, Boundary.WETTELIJK, by, id);
                if (!handover) {
                    action("G-LIABILITY", by, id, Priority.LOW);
                }
            }
            if (derailmentCritical && (reserved || risky)) {
                // v2 §D: safety before delegation
                action("G-TAKEOVER", by, id, Priority.HIGH);
            } else if (instruction != null && !handover) {
                // v2 §B: agree first, then instruct
                Priority instruct = priorityOf(instruction);
                Priority lower = agree == null ? policyPriority
                        : policyPriority == null ? agree : min(agree, policyPriority);
                if (lower != null) {
                    instruct = min(instruct, stepBelow(lower));
                }
                action("G-INSTRUCT", by, id, instruct);
            }
        }

        /** v2 §A: daily-life help raises only unwillingness, inability (INFO) and reservations. */
        private void caregiverDailyLifeHelp(CareTask task, String by) {
            String id = task.id();
            Agreement agreement = task.agreement();
            boolean handover = false;
            if (agreement != null && !agreement.caregiverWilling()) {
                flag(FlagCodes.CAREGIVER_UNWILLING, Severity.INFO, Boundary.RELATIONEEL, by, id);
                handover = true;
            }
            if (agreement != null && !agreement.caregiverAble()) {
                flag(FlagCodes.CAREGIVER_UNABLE, Severity.INFO, Boundary.RELATIONEEL, by, id);
                handover = true;
            }
            if (handover) {
                action("G-HANDOVER", by, id, Priority.LOW);
            }
            if (task.professionalReservations()) {
                reservation(by, id);
            }
        }

        /** v2 §C: the organisation answers for its volunteers. */
        private void volunteerTask(CareTask task, String by, @Nullable Policy policy) {
            String id = task.id();
            TaskKind kind = task.kind();
            boolean reserved = kind.category() == TaskKind.Category.RESERVED_ACT;
            if (reserved) {
                flag(FlagCodes.VOLUNTEER_RESERVED_ACT, Severity.CRITICAL, Boundary.WETTELIJK, by, id);
                action("G-TAKEOVER", by, id, Priority.HIGH);
            } else if (careAct(kind)) {
                Agreement agreement = task.agreement();
                if (agreement == null || !agreement.instructionGiven()) {
                    flag(FlagCodes.VOLUNTEER_TASK_UNSUPERVISED, Severity.WARNING, Boundary.FUNCTIONEEL, by, id);
                    action("G-VOLUNTEER", by, id, Priority.MEDIUM);
                }
            }
            if (policy != null && !policy.volunteerMayPerform().contains(kind)) {
                Severity severity = reserved ? Severity.CRITICAL : Severity.WARNING;
                flag(FlagCodes.TASK_OUTSIDE_POLICY, severity, Boundary.FUNCTIONEEL, by, id);
                action("G-POLICY", by, id, priorityOf(severity));
            }
            if (task.professionalReservations()) {
                reservation(by, id);
            }
        }

        private void reservation(String by, String taskId) {
            flag(FlagCodes.PROFESSIONAL_RESERVATION, Severity.INFO, Boundary.PERSOONLIJK, by, taskId);
            action("G-TEAM", by, taskId, Priority.LOW);
        }

        // ---- v2 §G: young caregivers ----

        private void young() {
            for (Caregiver c : caregivers) {
                Integer age = c.age();
                if (age == null || age >= t.minorAgeBelow()) {
                    continue;
                }
                // docs/rules.md: after a death the flag stays, but not its care-act trigger
                boolean critical = c.primaryContact() || onlyOne || !deceased && performer(c.id()).reservedOrRiskyAct;
                flag(FlagCodes.YOUNG_CAREGIVER, critical ? Severity.CRITICAL : Severity.WARNING, null, c.id(), null);
                action("Y-YOUNG", c.id(), null, critical ? Priority.HIGH : Priority.MEDIUM);
            }
        }

        // ---- v1 §6, v2 §I: consent ----

        private void consent() {
            if (deceased) {
                return;
            }
            Set<String> shared = situation.client().carePlanSharedWith();
            for (Caregiver c : caregivers) {
                if (shared.contains(c.id())) {
                    continue;
                }
                boolean asks = c.primaryContact() || performer(c.id()).agreedCareAct;
                if (asks) {
                    flag(FlagCodes.CONSENT_MISSING, Severity.INFO, Boundary.FUNCTIONEEL, c.id(), null);
                    action("P-CONSENT", c.id(), null, Priority.LOW);
                }
            }
        }

        // ---- merging ----

        private void flag(String code, Severity severity, @Nullable Boundary boundary, @Nullable String caregiverId,
                @Nullable String taskId) {
            FlagEntry entry = new FlagEntry(code, severity, boundary, caregiverId, taskId);
            flags.merge(new FlagKey(code, caregiverId, taskId), entry,
                    (a, b) -> b.severity().compareTo(a.severity()) > 0 ? b : a);
        }

        private void action(String action, @Nullable String caregiverId, @Nullable String taskId, Priority priority) {
            action(action, caregiverId, taskId, priority, null);
        }

        private void action(String action, @Nullable String caregiverId, @Nullable String taskId, Priority priority,
                @Nullable LocalDate dueBy) {
            ActionEntry entry = new ActionEntry(action, caregiverId, taskId, priority, dueBy);
            actions.merge(new ActionKey(action, caregiverId, taskId), entry, (a, b) -> new ActionEntry(action,
                    caregiverId, taskId, a.priority().max(b.priority()), earliest(a.dueBy(), b.dueBy())));
        }
    }

    /** What one performer does (a caregiver's or volunteer's id). */
    private static final class Performer {
        int tasks;
        boolean householdOrAdministration;
        boolean reservedOrRiskyAct;
        boolean agreedCareAct;
    }

    private static final Performer NOBODY = new Performer();

    private record FlagKey(String code, @Nullable String caregiverId, @Nullable String taskId) {
    }

    private record ActionKey(String action, @Nullable String caregiverId, @Nullable String taskId) {
    }

    /** v2 §A: reserved and risky acts and personal care are care acts; the rest is daily-life help. */
    private static boolean careAct(TaskKind kind) {
        return kind.category() != TaskKind.Category.OTHER_CARE || kind == TaskKind.PERSONAL_CARE;
    }

    /** v1 §5: CRITICAL brings HIGH, WARNING MEDIUM, INFO LOW. */
    private static Priority priorityOf(Severity severity) {
        return switch (severity) {
            case CRITICAL -> Priority.HIGH;
            case WARNING -> Priority.MEDIUM;
            case INFO -> Priority.LOW;
        };
    }

    private static Priority min(Priority a, Priority b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** v2 §B: one step below (HIGH to MEDIUM to LOW; LOW stays LOW). */
    private static Priority stepBelow(Priority p) {
        return p == Priority.HIGH ? Priority.MEDIUM : Priority.LOW;
    }

    private static int compareNullsFirst(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    private static @Nullable LocalDate earliest(@Nullable LocalDate a, @Nullable LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
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
