package nl.sofa.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.RaisedFlag;
import nl.sofa.engine.fact.SuggestedAction;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.jspecify.annotations.Nullable;

/**
 * Turns the output facts of one evaluation into an {@link Advice}, as contract v1 §2 says:
 * suggestions merged on (action, caregiverId, taskId) keeping the highest priority and every rule
 * and reason, with role, phase and texts from the catalog; flags merged on (code, caregiverId,
 * taskId) keeping the highest severity; one assessment per caregiver in input order. The
 * {@link Advice} constructor puts everything in contract order. Nothing here depends on the order
 * in which the facts arrive.
 *
 * <p>It also refuses what the rules must never produce (an unknown or out-of-phase action, an id
 * that is not in the situation, a caregiver without exactly one level), naming the rule, so that
 * a faulty pack fails loudly instead of writing a wrong advice.
 */
public final class AdviceAssembler {
    private final ActionCatalog catalog;
    private final EngineInfo engineInfo;

    /**
     * @param catalog where actions' roles, phases and texts come from
     * @param engineInfo the engine and packs, written into every advice
     */
    public AdviceAssembler(ActionCatalog catalog, EngineInfo engineInfo) {
        this.catalog = catalog;
        this.engineInfo = engineInfo;
    }

    /**
     * The advice for a situation from the facts its evaluation produced.
     *
     * @throws EvaluationException when a rule produced something the contract does not allow
     */
    public Advice assemble(Situation situation, LocalDate referenceDate, List<SuggestedAction> suggested,
            List<RaisedFlag> raised, List<OverloadLevel> levels) {
        Ids ids = new Ids(situation);
        return new Advice(situation.id(), referenceDate, situation.phase(), engineInfo,
                assessments(situation, ids, levels), suggestions(situation, ids, suggested),
                flags(situation, ids, raised));
    }

    private static List<CaregiverAssessment> assessments(Situation situation, Ids ids, List<OverloadLevel> levels) {
        Map<String, OverloadLevel> byCaregiver = new HashMap<>();
        for (OverloadLevel level : levels) {
            if (!ids.caregivers.contains(level.caregiverId())) {
                throw new EvaluationException(level.ruleId(), situation.id(),
                        "an overload level names a caregiver that is not in the situation", null);
            }
            OverloadLevel other = byCaregiver.put(level.caregiverId(), level);
            if (other != null) {
                throw new EvaluationException(level.ruleId(), situation.id(), "caregiver " + level.caregiverId()
                        + " got a second overload level (the first from rule " + other.ruleId()
                        + "): an overload factor was inserted after the level was set", null);
            }
        }
        List<CaregiverAssessment> assessments = new ArrayList<>();
        for (Caregiver caregiver : situation.caregivers()) {
            OverloadLevel level = byCaregiver.get(caregiver.id());
            if (level == null) {
                throw new EvaluationException(null, situation.id(), "caregiver " + caregiver.id()
                        + " got no overload level (is a builtin.overload.level rule disabled?)", null);
            }
            assessments.add(new CaregiverAssessment(caregiver.id(), level.risk(), level.factors()));
        }
        return assessments;
    }

    private List<Suggestion> suggestions(Situation situation, Ids ids, List<SuggestedAction> suggested) {
        Map<Suggestion.Key, Merged<Priority>> merged = new HashMap<>(2 * suggested.size());
        List<Merged<Priority>> order = new ArrayList<>(suggested.size());
        for (SuggestedAction s : suggested) {
            Action action = catalog.find(s.action()).orElseThrow(() -> new EvaluationException(s.ruleId(),
                    situation.id(), "suggests action " + s.action() + ", which is not in the catalog", null));
            if (!action.phase().appliesTo(situation.phase())) {
                throw new EvaluationException(s.ruleId(), situation.id(), "suggests action " + s.action()
                        + " of phase " + action.phase() + " in phase " + situation.phase(), null);
            }
            ids.check(s.caregiverId(), s.taskId(), s.ruleId(), situation.id());
            Suggestion.Key key = new Suggestion.Key(s.action(), s.caregiverId(), s.taskId());
            Merged<Priority> m = merged.get(key);
            if (m == null) {
                m = new Merged<>(key.action(), key.caregiverId(), key.taskId(), action, s.priority(), s.ruleId(),
                        s.reason());
                merged.put(key, m);
                order.add(m);
            } else {
                m.add(s.priority(), s.ruleId(), s.reason());
            }
        }
        List<Suggestion> suggestions = new ArrayList<>(order.size());
        for (Merged<Priority> m : order) {
            Action action = m.action;
            suggestions.add(new Suggestion(m.id, action.role(), action.phase(), m.caregiverId, m.taskId, m.highest,
                    action.text(), m.rules(), m.reasons()));
        }
        return suggestions;
    }

    private static List<Flag> flags(Situation situation, Ids ids, List<RaisedFlag> raised) {
        Map<Flag.Key, Merged<Severity>> merged = new HashMap<>(2 * raised.size());
        List<Merged<Severity>> order = new ArrayList<>(raised.size());
        for (RaisedFlag f : raised) {
            ids.check(f.caregiverId(), f.taskId(), f.ruleId(), situation.id());
            Flag.Key key = new Flag.Key(f.code(), f.caregiverId(), f.taskId());
            Merged<Severity> m = merged.get(key);
            if (m == null) {
                m = new Merged<>(key.code(), key.caregiverId(), key.taskId(), null, f.severity(), f.ruleId(),
                        f.reason());
                m.boundary = f.boundary();
                merged.put(key, m);
                order.add(m);
                continue;
            }
            Severity before = m.highest;
            m.add(f.severity(), f.ruleId(), f.reason());
            // The boundary of the most severe entry; between equally severe ones, the first boundary
            // in declaration order (null last), so that the result never depends on arrival order.
            if (f.severity().compareTo(before) > 0) {
                m.boundary = f.boundary();
            } else if (f.severity() == before && rank(f.boundary()) < rank(m.boundary)) {
                m.boundary = f.boundary();
            }
        }
        List<Flag> flags = new ArrayList<>(order.size());
        for (Merged<Severity> m : order) {
            flags.add(new Flag(m.id, m.highest, m.boundary, m.caregiverId, m.taskId, m.rules(), m.reasons()));
        }
        return flags;
    }

    private static int rank(@Nullable Boundary boundary) {
        return boundary == null ? Integer.MAX_VALUE : boundary.ordinal();
    }

    /**
     * What several output facts with one key add up to: the highest priority or severity, and
     * every rule id and reason (sorted, without repeats). Most keys get one fact, so the first rule
     * and reason are kept apart and lists are made only for a second one.
     */
    private static final class Merged<T extends Comparable<T>> {
        final String id;
        final @Nullable String caregiverId;
        final @Nullable String taskId;
        final @Nullable Action action;
        @Nullable Boundary boundary;
        T highest;
        private final String rule;
        private final String reason;
        private @Nullable List<String> moreRules;
        private @Nullable List<String> moreReasons;

        Merged(String id, @Nullable String caregiverId, @Nullable String taskId, @Nullable Action action, T value,
                String rule, String reason) {
            this.id = id;
            this.caregiverId = caregiverId;
            this.taskId = taskId;
            this.action = action;
            this.highest = value;
            this.rule = rule;
            this.reason = reason;
        }

        void add(T value, String rule, String reason) {
            if (value.compareTo(highest) > 0) {
                highest = value;
            }
            if (moreRules == null) {
                moreRules = new ArrayList<>(4);
                moreReasons = new ArrayList<>(4);
            }
            moreRules.add(rule);
            moreReasons.add(reason);
        }

        List<String> rules() {
            return sortedUnique(rule, moreRules);
        }

        List<String> reasons() {
            return sortedUnique(reason, moreReasons);
        }

        private static List<String> sortedUnique(String first, @Nullable List<String> more) {
            if (more == null) {
                return List.of(first);
            }
            String[] all = new String[more.size() + 1];
            all[0] = first;
            for (int i = 0; i < more.size(); i++) {
                all[i + 1] = more.get(i);
            }
            Arrays.sort(all);
            int n = 1;
            for (int i = 1; i < all.length; i++) {
                if (!all[i].equals(all[n - 1])) {
                    all[n++] = all[i];
                }
            }
            return List.of(Arrays.copyOf(all, n));
        }
    }

    /** The ids a situation holds, to check the ids the rules write. */
    private static final class Ids {
        final Set<String> caregivers = new HashSet<>();
        final Set<String> performers = new HashSet<>();
        final Set<String> tasks = new HashSet<>();

        Ids(Situation situation) {
            for (Caregiver caregiver : situation.caregivers()) {
                caregivers.add(caregiver.id());
            }
            performers.addAll(caregivers);
            for (Volunteer volunteer : situation.volunteers()) {
                performers.add(volunteer.id());
            }
            for (CareTask task : situation.careTasks()) {
                tasks.add(task.id());
            }
        }

        void check(@Nullable String caregiverId, @Nullable String taskId, String ruleId, String situationId) {
            if (caregiverId != null && !performers.contains(caregiverId)) {
                throw new EvaluationException(ruleId, situationId,
                        "names a caregiverId that is not a caregiver or volunteer of the situation", null);
            }
            if (taskId != null && !tasks.contains(taskId)) {
                throw new EvaluationException(ruleId, situationId, "names a taskId that is not in the situation",
                        null);
            }
        }
    }
}
