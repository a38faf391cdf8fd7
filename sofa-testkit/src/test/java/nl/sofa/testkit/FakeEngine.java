package nl.sofa.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * A small hand-written evaluation that keeps every engine-level property (a stand-in for the Drools
 * engine, which this module must not depend on), and the same with one {@link Fault} that breaks
 * exactly one property.
 */
final class FakeEngine implements Function<Situation, Advice> {
    /** One deliberate bug each, named after the property it breaks. */
    enum Fault {
        /** None: keeps every property. */
        NONE(null),
        /** A caregiver who lives with the client gets no FACILITEREN suggestion. */
        BALANCE(AdviceProperty.BALANCE),
        /** The primary contact gets S-B1 (a BEGIN action) in every phase. */
        PHASE_PURITY(AdviceProperty.PHASE_PURITY),
        /** A professional's reservation is flagged with caregiverId PROFESSIONAL. */
        IDS_EXIST(AdviceProperty.IDS_EXIST),
        /** "Intensive care" only counts below 40 hours, so reaching 40 hours can lower the risk. */
        MONOTONE_OVERLOAD(AdviceProperty.MONOTONE_OVERLOAD),
        /** Each evaluation numbers its reasons with a counter. */
        DETERMINISM(AdviceProperty.DETERMINISM),
        /** Reasons name the thread that evaluated. */
        THREAD_DEPENDENT(AdviceProperty.DETERMINISM),
        /** P-MEETING goes to the first caregiver in the list instead of the primary contact. */
        ORDER_INDEPENDENCE(AdviceProperty.ORDER_INDEPENDENCE),
        /** The overload flag comes with the phase's O action at MEDIUM only. */
        OVERLOAD_FLAG_SUPPORTED(AdviceProperty.OVERLOAD_FLAG_SUPPORTED),
        /** Suggestions carry the catalog's texts with Dutch and English swapped. */
        WELL_FORMED(AdviceProperty.WELL_FORMED);

        final AdviceProperty breaks;

        Fault(AdviceProperty breaks) {
            this.breaks = breaks;
        }
    }

    private static final ActionCatalog CATALOG = ActionCatalog.builtin();
    private static final EngineInfo ENGINE = new EngineInfo("0.0.0-fake", List.of(new PackInfo("fake", "1")));
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    private final Fault fault;
    private final AtomicInteger evaluations = new AtomicInteger();

    FakeEngine(Fault fault) {
        this.fault = fault;
    }

    @Override
    public Advice apply(Situation s) {
        Builder out = new Builder();
        String tag = switch (fault) {
            case DETERMINISM -> " #" + evaluations.incrementAndGet();
            case THREAD_DEPENDENT -> " @" + Thread.currentThread().getName();
            default -> "";
        };
        List<CaregiverAssessment> assessments = new ArrayList<>();
        Phase phase = s.phase();
        for (Caregiver c : s.caregivers()) {
            String why = c.id() + " zorgt " + c.hoursPerWeek() + " uur per week" + tag;
            for (String action : baseline(s)) {
                if (fault == Fault.BALANCE && c.livesWithClient() && action.startsWith("F-")) {
                    continue;
                }
                out.suggest(action, c.id(), null, Priority.LOW, "fake.baseline", why, fault);
            }
            if (c.primaryContact() && phase == Phase.BEGIN || fault == Fault.PHASE_PURITY && c.primaryContact()) {
                out.suggest("S-B1", c.id(), null, Priority.MEDIUM, "fake.primary", why, fault);
            }
            List<String> factors = factors(s, c);
            OverloadRisk risk = risk(c, factors);
            assessments.add(new CaregiverAssessment(c.id(), risk, risk == OverloadRisk.NONE ? List.of() : factors));
            if (risk != OverloadRisk.NONE) {
                out.flag(FlagCodes.OVERLOAD_RISK, risk == OverloadRisk.HIGH ? Severity.CRITICAL : Severity.WARNING,
                        null, c.id(), null, "fake.overload", why);
                String watch = switch (phase) {
                    case BEGIN -> "O-B1";
                    case DAILY -> "O-D1";
                    case ENDING -> "O-E1";
                };
                out.suggest(watch, c.id(), null, fault == Fault.OVERLOAD_FLAG_SUPPORTED ? Priority.MEDIUM : Priority.HIGH,
                        "fake.overload", why, fault);
                out.suggest("V-INFO", c.id(), null, Priority.MEDIUM, "fake.overload", why, fault);
            }
        }
        if (!s.caregivers().isEmpty()) {
            Caregiver meeting = fault == Fault.ORDER_INDEPENDENCE ? s.caregivers().get(0)
                    : s.caregivers().stream().filter(Caregiver::primaryContact).findFirst().orElse(null);
            if (meeting != null) {
                out.suggest("P-MEETING", meeting.id(), null, Priority.LOW, "fake.meeting", meeting.id() + " is de contactpersoon",
                        fault);
            }
        } else {
            out.flag(FlagCodes.NO_CAREGIVER_KNOWN, Severity.INFO, null, null, null, "fake.network", "geen mantelzorger bekend");
        }
        if (!s.client().derailmentSignals().isEmpty()) {
            out.flag(FlagCodes.DERAILED_CARE_RISK, Severity.WARNING, null, null, null, "fake.derailed",
                    "signalen: " + s.client().derailmentSignals());
            out.suggest("X-DERAILED", null, null, Priority.HIGH, "fake.derailed", "signalen van ontsporing", fault);
        }
        for (CareTask task : s.careTasks()) {
            boolean byVolunteer = s.volunteers().stream().anyMatch(v -> v.id().equals(task.performedBy()));
            if (task.performedByProfessional()) {
                if (task.professionalReservations() && fault == Fault.IDS_EXIST) {
                    out.flag(FlagCodes.PROFESSIONAL_RESERVATION, Severity.INFO, Boundary.PERSOONLIJK,
                            task.performedBy(), task.id(), "fake.task", task.id() + " door een professional");
                }
                continue;
            }
            String why = task.performedBy() + " doet " + task.id() + tag;
            if (byVolunteer) {
                if (task.kind().category() == TaskKind.Category.RESERVED_ACT) {
                    out.flag(FlagCodes.VOLUNTEER_RESERVED_ACT, Severity.CRITICAL, Boundary.WETTELIJK, task.performedBy(),
                            task.id(), "fake.volunteer", why);
                }
            } else if (task.agreement() == null) {
                out.flag(FlagCodes.TASK_WITHOUT_AGREEMENT, Severity.WARNING, Boundary.RELATIONEEL, task.performedBy(),
                        task.id(), "fake.task", why);
                out.suggest("G-AGREE", task.performedBy(), task.id(), Priority.MEDIUM, "fake.task", why, fault);
            }
        }
        return new Advice(s.id(), s.referenceDate() == null ? TODAY : s.referenceDate(), phase, ENGINE, assessments,
                out.suggestions(), out.flags());
    }

    private static List<String> baseline(Situation s) {
        return switch (s.phase()) {
            case BEGIN -> List.of("S-B3", "O-B1", "A-B2", "F-B3");
            case DAILY -> List.of("S-D1", "O-D1", "F-D1", "A-D2");
            case ENDING -> switch (s.endingReason()) {
                case TRANSFER -> List.of("S-E1", "O-E1", "S-E2", "O-E2", "F-E2", "A-E2");
                case NO_LONGER_NEEDED -> List.of("S-E1", "O-E1", "F-E1", "A-E1");
                case PALLIATIVE -> List.of("S-E1", "O-E1", "S-E3", "O-E3", "F-E3", "A-E3");
                case DECEASED -> List.of("S-E1", "O-E1", "O-E3", "F-E3", "A-E3");
            };
        };
    }

    /** The seven risk factors of rules §3 (hours, months, living together, sole, condition, age, work). */
    private List<String> factors(Situation s, Caregiver c) {
        List<String> factors = new ArrayList<>();
        boolean intensive = c.hoursPerWeek() > 8 && c.monthsCaring() > 3;
        if (intensive && (fault != Fault.MONOTONE_OVERLOAD || c.hoursPerWeek() < 40)) {
            factors.add("INTENSIVE_LONG_TERM");
        }
        if (c.hoursPerWeek() >= 40 && fault != Fault.MONOTONE_OVERLOAD) {
            factors.add("ROUND_THE_CLOCK");
        }
        if (c.livesWithClient()) {
            factors.add("LIVES_WITH_CLIENT");
        }
        if (s.caregivers().size() == 1) {
            factors.add("SOLE_CAREGIVER");
        }
        if (s.client().conditions().stream().anyMatch(condition -> condition != Condition.OTHER)) {
            factors.add("DEMANDING_CONDITION");
        }
        if (c.age() != null && (c.age() < 25 || c.age() >= 75)) {
            factors.add("AGE");
        }
        if (c.employed() && c.hoursPerWeek() > 8) {
            factors.add("COMBINES_WITH_WORK");
        }
        return factors;
    }

    private static OverloadRisk risk(Caregiver c, List<String> factors) {
        BurdenMeasurement b = c.burden();
        boolean heavy = b != null && switch (b.instrument()) {
            case EDIZ_PLUS -> b.score() >= 9;
            case CSI -> b.score() >= 7;
            case ZBI -> b.score() >= 41;
        };
        boolean moderate = b != null && switch (b.instrument()) {
            case EDIZ_PLUS -> b.score() >= 4;
            case CSI -> false;
            case ZBI -> b.score() >= 21;
        };
        int signals = c.signals().size();
        if (heavy) {
            factors.add("BURDEN_HEAVY");
        } else if (moderate) {
            factors.add("BURDEN_MODERATE");
        }
        c.signals().forEach(signal -> factors.add("SIGNAL_" + signal));
        int risk = factors.size() - (heavy || moderate ? 1 : 0) - signals;
        if (heavy || signals >= 3 || signals >= 1 && risk >= 4 || risk >= 5) {
            return OverloadRisk.HIGH;
        }
        if (moderate || signals >= 1 || risk >= 2) {
            return OverloadRisk.ELEVATED;
        }
        return OverloadRisk.NONE;
    }

    /** Collects suggestions and flags, merging equal keys as the contract says. */
    private static final class Builder {
        private final Map<Suggestion.Key, Suggestion> suggestions = new LinkedHashMap<>();
        private final Map<Flag.Key, Flag> flags = new LinkedHashMap<>();

        void suggest(String actionId, String caregiverId, String taskId, Priority priority, String rule, String reason,
                Fault fault) {
            Action action = CATALOG.require(actionId);
            LocalizedText text = fault == Fault.WELL_FORMED ? new LocalizedText(action.text().en(), action.text().nl())
                    : action.text();
            Suggestion added = new Suggestion(actionId, action.role(), action.phase(), caregiverId, taskId, priority, text,
                    List.of(rule), List.of(reason));
            suggestions.merge(added.key(), added, (a, b) -> new Suggestion(a.action(), a.role(), a.phase(),
                    a.caregiverId(), a.taskId(), a.priority().max(b.priority()), a.text(), union(a.rules(), b.rules()),
                    union(a.reasons(), b.reasons())));
        }

        void flag(String code, Severity severity, Boundary boundary, String caregiverId, String taskId, String rule,
                String reason) {
            Flag added = new Flag(code, severity, boundary, caregiverId, taskId, List.of(rule), List.of(reason));
            flags.merge(added.key(), added, (a, b) -> new Flag(a.code(), a.severity().max(b.severity()), a.boundary(),
                    a.caregiverId(), a.taskId(), union(a.rules(), b.rules()), union(a.reasons(), b.reasons())));
        }

        List<Suggestion> suggestions() {
            return List.copyOf(suggestions.values());
        }

        List<Flag> flags() {
            return List.copyOf(flags.values());
        }

        private static List<String> union(List<String> a, List<String> b) {
            TreeSet<String> all = new TreeSet<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }
}
