package nl.sofa.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
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
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.EndingReason;
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
        WELL_FORMED(AdviceProperty.WELL_FORMED),
        /** The overload flag's headline writes the risk as its code: "(HIGH)". */
        NO_CODES_IN_TEXT(AdviceProperty.NO_CODES_IN_TEXT),
        /** The overload flag's headline has the Dutch sentence in English too. */
        BOTH_LANGUAGES(AdviceProperty.BOTH_LANGUAGES),
        /** Baseline reasons name the action they explain: "S-D1". */
        NO_ACTION_IDS_IN_TEXT(AdviceProperty.NO_ACTION_IDS_IN_TEXT),
        /** V-INFO's reason says "inzetten". */
        NO_DEPLOYING_WORDS(AdviceProperty.NO_DEPLOYING_WORDS),
        /** Tasks without agreement get G-AGREE after a death too. */
        NOTHING_ON_TASKS_AFTER_DEATH(AdviceProperty.NOTHING_ON_TASKS_AFTER_DEATH),
        /** A discharge home is treated as a move (the v1 reading). */
        NO_MOVE_OUTSIDE_TRANSFER(AdviceProperty.NO_MOVE_OUTSIDE_TRANSFER),
        /** The palliative phase gets S-E1, looking back (the v1 reading). */
        NO_LOOKING_BACK_IN_PALLIATIVE(AdviceProperty.NO_LOOKING_BACK_IN_PALLIATIVE),
        /** G-INSTRUCT is HIGH while G-AGREE is MEDIUM. */
        AGREE_BEFORE_INSTRUCT(AdviceProperty.AGREE_BEFORE_INSTRUCT),
        /** The focus is every HIGH suggestion, X-DERAILED last, with no cap per caregiver. */
        FOCUS(AdviceProperty.FOCUS),
        /** The facts behind a flag come in reverse order. */
        REASON_ORDER(AdviceProperty.REASON_ORDER),
        /** V-INFO has the same headline as the support action that the overload brings. */
        DISTINCT_HEADLINES(AdviceProperty.DISTINCT_HEADLINES);

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

    /** Who cares how much: the headline of the baseline suggestions. */
    private static final LocalizedText CARES = new LocalizedText("{caregiverId} zorgt {hours} uur per week",
            "{caregiverId} cares {hours} hours a week");
    private static final LocalizedText CARES_NAMING_THE_ACTION = new LocalizedText(
            "{caregiverId} zorgt {hours} uur per week ({action})", "{caregiverId} cares {hours} hours a week ({action})");

    @Override
    public Advice apply(Situation s) {
        Builder out = new Builder(fault);
        Map<String, Object> tag = switch (fault) {
            case DETERMINISM -> Map.of("evaluation", evaluations.incrementAndGet());
            case THREAD_DEPENDENT -> Map.of("thread", Thread.currentThread().getName());
            default -> Map.of();
        };
        List<CaregiverAssessment> assessments = new ArrayList<>();
        Phase phase = s.phase();
        EndingReason ending = s.endingReason();
        boolean deceased = ending == EndingReason.DECEASED;
        for (Caregiver c : s.caregivers()) {
            for (String action : baseline(s)) {
                if (fault == Fault.BALANCE && c.livesWithClient() && action.startsWith("F-")) {
                    continue;
                }
                Map<String, Object> params = new LinkedHashMap<>(tag);
                params.put("caregiverId", c.id());
                params.put("hours", c.hoursPerWeek());
                LocalizedText template = CARES;
                if (fault == Fault.NO_ACTION_IDS_IN_TEXT) {
                    params.put("action", action);
                    template = CARES_NAMING_THE_ACTION;
                }
                Priority priority = action.equals("O-E4") ? Priority.MEDIUM : Priority.LOW;
                LocalDate dueBy = action.equals("O-E4") ? referenceDate(s).plusDays(42) : null;
                out.suggest(action, c.id(), null, priority, dueBy, "fake.baseline",
                        Reason.of("fake.baseline." + action.toLowerCase(Locale.ROOT), params, template));
            }
            if (c.primaryContact() && phase == Phase.BEGIN || fault == Fault.PHASE_PURITY && c.primaryContact()) {
                out.suggest("S-B1", c.id(), null, Priority.MEDIUM, null, "fake.primary", Reason.of("fake.primary",
                        Map.of("caregiverId", c.id()), new LocalizedText("{caregiverId} is de contactpersoon",
                                "{caregiverId} is the primary contact")));
            }
            List<String> factors = factors(s, c);
            OverloadRisk risk = risk(c, factors);
            assessments.add(new CaregiverAssessment(c.id(), risk, risk == OverloadRisk.NONE ? List.of() : factors));
            if (risk != OverloadRisk.NONE) {
                Reason headline = fault == Fault.NO_CODES_IN_TEXT
                        ? Reason.of("fake.overload", Map.of("caregiverId", c.id(), "level", risk.name()),
                                new LocalizedText("{caregiverId} loopt risico op overbelasting ({level})",
                                        "{caregiverId} is at risk of overload ({level})"))
                        : fault == Fault.BOTH_LANGUAGES
                        ? Reason.of("fake.overload", Map.of("caregiverId", c.id()),
                                new LocalizedText("{caregiverId} loopt risico op overbelasting",
                                        "{caregiverId} loopt risico op overbelasting"))
                        : Reason.of("fake.overload", Map.of("caregiverId", c.id(), "risk", risk),
                                new LocalizedText("{caregiverId} loopt {risk} op overbelasting",
                                        "{caregiverId} is at {risk} of overload"));
                List<Reason> facts = new ArrayList<>();
                for (String factor : factors) {
                    facts.add(Reason.of("fake.factor", Map.of("caregiverId", c.id(), "factor", factor),
                            new LocalizedText("Bij {caregiverId}: {factor}", "For {caregiverId}: {factor}")));
                }
                out.flag(FlagCodes.OVERLOAD_RISK, risk == OverloadRisk.HIGH ? Severity.CRITICAL : Severity.WARNING,
                        null, c.id(), null, "fake.overload", headline, facts);
                String watch = switch (phase) {
                    case BEGIN -> "O-B1";
                    case DAILY -> "O-D1";
                    case ENDING -> ending == EndingReason.PALLIATIVE || deceased ? "O-E3" : "O-E1";
                };
                Reason support = Reason.of("fake.overload.support", Map.of("caregiverId", c.id()),
                        new LocalizedText("{caregiverId} heeft steun nodig", "{caregiverId} needs support"));
                out.suggest(watch, c.id(), null, fault == Fault.OVERLOAD_FLAG_SUPPORTED ? Priority.MEDIUM : Priority.HIGH,
                        null, "fake.overload", support);
                Reason info = fault == Fault.DISTINCT_HEADLINES ? support
                        : fault == Fault.NO_DEPLOYING_WORDS
                        ? Reason.of("fake.overload.info", Map.of("caregiverId", c.id()), new LocalizedText(
                                "Het netwerk van {caregiverId} inzetten", "Call on {caregiverId}'s network"))
                        : Reason.of("fake.overload.info", Map.of("caregiverId", c.id()), new LocalizedText(
                                "{caregiverId} weet misschien niet welke steun er is",
                                "{caregiverId} may not know what support there is"));
                out.suggest("V-INFO", c.id(), null, Priority.MEDIUM, null, "fake.overload", info);
            }
        }
        if (!s.caregivers().isEmpty()) {
            Caregiver meeting = fault == Fault.ORDER_INDEPENDENCE ? s.caregivers().get(0)
                    : s.caregivers().stream().filter(Caregiver::primaryContact).findFirst().orElse(null);
            if (meeting != null && !deceased) {
                out.suggest("P-MEETING", meeting.id(), null, Priority.LOW, null, "fake.meeting", Reason.of("fake.meeting",
                        Map.of("caregiverId", meeting.id()), new LocalizedText("{caregiverId} is de contactpersoon",
                                "{caregiverId} is the primary contact")));
            }
        } else {
            out.flag(FlagCodes.NO_CAREGIVER_KNOWN, Severity.INFO, null, null, null, "fake.network", Reason.of("fake.network",
                    Map.of(), new LocalizedText("Geen mantelzorger bekend", "No caregiver known")), List.of());
        }
        if (!s.client().derailmentSignals().isEmpty()) {
            Reason signals = Reason.of("fake.derailed", Map.of("derailmentSignals", s.client().derailmentSignals().stream()
                    .map(Enum::name).sorted().toList()), new LocalizedText("Signalen: {derailmentSignals}",
                            "Signs: {derailmentSignals}"));
            out.flag(FlagCodes.DERAILED_CARE_RISK, Severity.WARNING, null, null, null, "fake.derailed", signals, List.of());
            out.suggest("X-DERAILED", null, null, Priority.HIGH, null, "fake.derailed", signals);
        }
        for (CareTask task : s.careTasks()) {
            if (deceased && fault != Fault.NOTHING_ON_TASKS_AFTER_DEATH) {
                break;
            }
            boolean byVolunteer = s.volunteers().stream().anyMatch(v -> v.id().equals(task.performedBy()));
            Reason does = Reason.of("fake.task", Map.of("caregiverId", task.performedBy(), "taskId", task.id(),
                    "kind", task.kind()), new LocalizedText("{caregiverId} doet {kind} ({taskId})",
                            "{caregiverId} does {kind} ({taskId})"));
            if (task.performedByProfessional()) {
                if (task.professionalReservations() && fault == Fault.IDS_EXIST) {
                    out.flag(FlagCodes.PROFESSIONAL_RESERVATION, Severity.INFO, Boundary.PERSOONLIJK,
                            task.performedBy(), task.id(), "fake.task", does, List.of());
                }
                continue;
            }
            if (byVolunteer) {
                if (task.kind().category() == TaskKind.Category.RESERVED_ACT) {
                    out.flag(FlagCodes.VOLUNTEER_RESERVED_ACT, Severity.CRITICAL, Boundary.WETTELIJK, task.performedBy(),
                            task.id(), "fake.volunteer", does, List.of());
                }
            } else if (task.agreement() == null) {
                out.flag(FlagCodes.TASK_WITHOUT_AGREEMENT, Severity.WARNING, Boundary.RELATIONEEL, task.performedBy(),
                        task.id(), "fake.task", does, List.of());
                out.suggest("G-AGREE", task.performedBy(), task.id(), Priority.MEDIUM, null, "fake.task", does);
                out.suggest("G-INSTRUCT", task.performedBy(), task.id(),
                        fault == Fault.AGREE_BEFORE_INSTRUCT ? Priority.HIGH : Priority.LOW, null, "fake.task.instruct",
                        Reason.of("fake.task.instruct", Map.of("caregiverId", task.performedBy(), "taskId", task.id()),
                                new LocalizedText("{caregiverId} kreeg geen instructie voor {taskId}",
                                        "{caregiverId} had no instruction for {taskId}")));
            }
        }
        List<Suggestion> suggestions = out.suggestions();
        return new Advice(s.id(), referenceDate(s), phase, ENGINE, assessments, focus(suggestions), suggestions,
                out.flags());
    }

    private static LocalDate referenceDate(Situation s) {
        return s.referenceDate() == null ? TODAY : s.referenceDate();
    }

    /** X-DERAILED first, then the other HIGH suggestions in contract order, at most 2 per caregiver and 5 in all. */
    private List<Suggestion.Key> focus(List<Suggestion> suggestions) {
        List<Suggestion> high = suggestions.stream().filter(x -> x.priority() == Priority.HIGH)
                .sorted(Suggestion.CONTRACT_ORDER).toList();
        if (fault == Fault.FOCUS) {
            List<Suggestion.Key> all = new ArrayList<>();
            high.stream().filter(x -> !x.action().equals("X-DERAILED")).forEach(x -> all.add(x.key()));
            high.stream().filter(x -> x.action().equals("X-DERAILED")).forEach(x -> all.add(x.key()));
            return all.subList(0, Math.min(Advice.MAX_FOCUS, all.size()));
        }
        List<Suggestion.Key> focus = new ArrayList<>();
        high.stream().filter(x -> x.action().equals("X-DERAILED")).forEach(x -> focus.add(x.key()));
        Map<String, Integer> perCaregiver = new HashMap<>();
        for (Suggestion x : high) {
            if (focus.size() == Advice.MAX_FOCUS) {
                break;
            }
            if (x.action().equals("X-DERAILED")
                    || x.caregiverId() != null && perCaregiver.merge(x.caregiverId(), 1, Integer::sum) > 2) {
                continue;
            }
            focus.add(x.key());
        }
        return focus;
    }

    private List<String> baseline(Situation s) {
        return switch (s.phase()) {
            case BEGIN -> List.of("S-B3", "O-B1", "A-B2", "F-B3");
            case DAILY -> List.of("S-D1", "O-D1", "F-D1", "A-D2");
            case ENDING -> switch (s.endingReason()) {
                case TRANSFER -> List.of("S-E1", "O-E1", "S-E2", "O-E2", "F-E2", "A-E2");
                case NO_LONGER_NEEDED -> List.of("S-E1", "O-E1", "F-E1", "A-E1");
                case DISCHARGE_HOME -> fault == Fault.NO_MOVE_OUTSIDE_TRANSFER
                        ? List.of("S-E1", "O-E1", "S-E2", "O-E2", "F-E2", "A-E2")
                        : List.of("S-E1", "O-E1", "F-E1", "A-E1");
                case PALLIATIVE -> fault == Fault.NO_LOOKING_BACK_IN_PALLIATIVE
                        ? List.of("S-E1", "O-E1", "S-E3", "O-E3", "F-E3", "A-E3")
                        : List.of("S-E3", "O-E3", "F-E3", "A-E3");
                case DECEASED -> List.of("S-E1", "O-E3", "F-E3", "A-E3", "O-E4");
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
            factors.add("VERY_MANY_HOURS");
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
        if (c.age() != null && c.age() < 25) {
            factors.add("YOUNG_CAREGIVER");
        }
        if (c.age() != null && c.age() >= 75) {
            factors.add("OLDER_CAREGIVER");
        }
        if (c.employed() && c.hoursPerWeek() > 8) {
            factors.add("COMBINES_CARE_AND_WORK");
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
            factors.add("BURDEN_SCORE_HEAVY");
        } else if (moderate) {
            factors.add("BURDEN_SCORE_MODERATE");
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

    /**
     * Collects suggestions and flags, merging equal keys as the contract says: the highest priority
     * (severity) wins and its rule's reason is the headline (on a tie the smallest rule id); the other
     * reasons follow in {@link Reason#FACT_ORDER}, each once.
     */
    private static final class Builder {
        private final Fault fault;
        private final Map<Suggestion.Key, Entry<Priority>> suggestions = new LinkedHashMap<>();
        private final Map<Suggestion.Key, Suggestion> shapes = new LinkedHashMap<>();
        private final Map<Flag.Key, Entry<Severity>> flags = new LinkedHashMap<>();
        private final Map<Flag.Key, Flag> flagShapes = new LinkedHashMap<>();

        Builder(Fault fault) {
            this.fault = fault;
        }

        /** One key's contributions: the rules, the winning rule's level and headline, and every reason. */
        private static final class Entry<L extends Comparable<L>> {
            L level;
            String rule;
            Reason headline;
            LocalDate dueBy;
            final TreeSet<String> rules = new TreeSet<>();
            final List<Reason> reasons = new ArrayList<>();

            void add(L addedLevel, String addedRule, Reason addedHeadline, List<Reason> facts, LocalDate addedDue) {
                if (level == null || addedLevel.compareTo(level) > 0
                        || addedLevel.compareTo(level) == 0 && addedRule.compareTo(rule) < 0) {
                    level = addedLevel;
                    rule = addedRule;
                    headline = addedHeadline;
                }
                if (addedDue != null && (dueBy == null || addedDue.isBefore(dueBy))) {
                    dueBy = addedDue;
                }
                rules.add(addedRule);
                reasons.add(addedHeadline);
                reasons.addAll(facts);
            }

            List<Reason> ordered(boolean reversed) {
                TreeSet<Reason> facts = new TreeSet<>(Reason.FACT_ORDER);
                facts.addAll(reasons);
                facts.removeIf(r -> Reason.FACT_ORDER.compare(r, headline) == 0);
                List<Reason> all = new ArrayList<>();
                all.add(headline);
                all.addAll(reversed ? facts.descendingSet() : facts);
                return all;
            }
        }

        void suggest(String actionId, String caregiverId, String taskId, Priority priority, LocalDate dueBy, String rule,
                Reason reason) {
            Action action = CATALOG.require(actionId);
            LocalizedText text = fault == Fault.WELL_FORMED ? new LocalizedText(action.text().en(), action.text().nl())
                    : action.text();
            Suggestion shape = new Suggestion(actionId, action.role(), action.phase(), caregiverId, taskId, priority,
                    null, text, List.of(rule), List.of(reason));
            shapes.putIfAbsent(shape.key(), shape);
            suggestions.computeIfAbsent(shape.key(), k -> new Entry<>()).add(priority, rule, reason, List.of(), dueBy);
        }

        void flag(String code, Severity severity, Boundary boundary, String caregiverId, String taskId, String rule,
                Reason headline, List<Reason> facts) {
            Flag shape = new Flag(code, severity, boundary, caregiverId, taskId, CATALOG.findFlag(code).orElseThrow().text(),
                    List.of(rule), List.of(headline));
            flagShapes.putIfAbsent(shape.key(), shape);
            flags.computeIfAbsent(shape.key(), k -> new Entry<>()).add(severity, rule, headline, facts, null);
        }

        List<Suggestion> suggestions() {
            List<Suggestion> out = new ArrayList<>();
            suggestions.forEach((key, e) -> {
                Suggestion s = shapes.get(key);
                out.add(new Suggestion(s.action(), s.role(), s.phase(), s.caregiverId(), s.taskId(), e.level, e.dueBy,
                        s.text(), List.copyOf(e.rules), e.ordered(false)));
            });
            return out;
        }

        List<Flag> flags() {
            List<Flag> out = new ArrayList<>();
            flags.forEach((key, e) -> {
                Flag f = flagShapes.get(key);
                out.add(new Flag(f.code(), e.level, f.boundary(), f.caregiverId(), f.taskId(), f.text(),
                        List.copyOf(e.rules), e.ordered(fault == Fault.REASON_ORDER)));
            });
            return out;
        }
    }
}
