package nl.sofa.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.fact.Because;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.RaisedFlag;
import nl.sofa.engine.fact.SuggestedAction;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.jspecify.annotations.Nullable;

/**
 * Turns the output facts of one evaluation into an {@link Advice}, as contract v2 §2 says:
 * suggestions merged on (action, caregiverId, taskId) keeping the highest priority, the earliest
 * {@code dueBy} and every rule and reason, with role, phase and texts from the catalog; flags merged
 * on (code, caregiverId, taskId) keeping the highest severity, with the flag catalog's title; one
 * assessment per caregiver in input order; and the focus. Reasons are rendered from the packs'
 * templates; the headline (the reason of the fact that gave the entry its priority or severity, on
 * a tie the smallest rule id) comes first, the facts behind it follow in {@link Reason#FACT_ORDER}.
 * Nothing here depends on the order in which the facts arrive.
 *
 * <p>The focus is a presentation of the HIGH suggestions, not a decision: what to do first, in
 * tiers (X-DERAILED; G-TAKEOVER; suggestions a rule gave together with a CRITICAL flag on the same
 * person and task; support (ONDERSTEUNEN) for a person with a CRITICAL flag of their own; every
 * other HIGH suggestion), within a tier in contract order, at most two per person and
 * {@value Advice#MAX_FOCUS} in all ({@code docs/rules.md}).
 *
 * <p>It also refuses what the rules must never produce (an unknown or out-of-phase action, a flag
 * code or reason key no pack declares, an id that is not in the situation, a caregiver without
 * exactly one level), naming the rule, so that a faulty pack fails loudly instead of writing a
 * wrong advice.
 */
public final class AdviceAssembler {
    private final ActionCatalog catalog;
    private final ReasonTemplates templates;
    private final EngineInfo engineInfo;

    /**
     * @param catalog where actions' roles, phases and texts and flags' titles come from
     * @param templates the reason texts of every pack
     * @param engineInfo the engine and packs, written into every advice
     */
    public AdviceAssembler(ActionCatalog catalog, ReasonTemplates templates, EngineInfo engineInfo) {
        this.catalog = catalog;
        this.templates = templates;
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
        Renderer renderer = new Renderer(templates, situation.id());
        List<Suggestion> suggestions = suggestions(situation, ids, suggested, renderer);
        List<Flag> flags = flags(situation, ids, raised, renderer);
        return new Advice(situation.id(), referenceDate, situation.phase(), engineInfo,
                assessments(situation, ids, levels), focus(suggestions, flags), suggestions, flags);
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

    private List<Suggestion> suggestions(Situation situation, Ids ids, List<SuggestedAction> suggested,
            Renderer renderer) {
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
                m = new Merged<>(key.action(), key.caregiverId(), key.taskId(), action);
                merged.put(key, m);
                order.add(m);
            }
            m.add(s.priority(), s.ruleId(), renderer.render(s.reason(), s.ruleId()), s.facts(), renderer);
            if (s.dueBy() != null && (m.dueBy == null || s.dueBy().isBefore(m.dueBy))) {
                m.dueBy = s.dueBy();
            }
        }
        List<Suggestion> suggestions = new ArrayList<>(order.size());
        for (Merged<Priority> m : order) {
            Action action = m.action;
            suggestions.add(new Suggestion(m.id, action.role(), action.phase(), m.caregiverId, m.taskId, m.highest,
                    m.dueBy, action.text(), m.rules(), m.reasons()));
        }
        return suggestions;
    }

    private List<Flag> flags(Situation situation, Ids ids, List<RaisedFlag> raised, Renderer renderer) {
        Map<Flag.Key, Merged<Severity>> merged = new HashMap<>(2 * raised.size());
        List<Merged<Severity>> order = new ArrayList<>(raised.size());
        for (RaisedFlag f : raised) {
            ids.check(f.caregiverId(), f.taskId(), f.ruleId(), situation.id());
            Flag.Key key = new Flag.Key(f.code(), f.caregiverId(), f.taskId());
            Merged<Severity> m = merged.get(key);
            if (m == null) {
                FlagType type = catalog.findFlag(f.code()).orElseThrow(() -> new EvaluationException(f.ruleId(),
                        situation.id(), "raises flag " + f.code() + ", which no pack declares with a text", null));
                m = new Merged<>(key.code(), key.caregiverId(), key.taskId(), null);
                m.title = type.text();
                m.boundary = f.boundary();
                merged.put(key, m);
                order.add(m);
            } else {
                // The boundary of the most severe entry; between equally severe ones, the first boundary
                // in declaration order (null last), so that the result never depends on arrival order.
                if (f.severity().compareTo(m.highest) > 0) {
                    m.boundary = f.boundary();
                } else if (f.severity() == m.highest && rank(f.boundary()) < rank(m.boundary)) {
                    m.boundary = f.boundary();
                }
            }
            m.add(f.severity(), f.ruleId(), renderer.render(f.reason(), f.ruleId()), f.facts(), renderer);
        }
        List<Flag> flags = new ArrayList<>(order.size());
        for (Merged<Severity> m : order) {
            flags.add(new Flag(m.id, m.highest, m.boundary, m.caregiverId, m.taskId, m.title, m.rules(), m.reasons()));
        }
        return flags;
    }

    private static int rank(@Nullable Boundary boundary) {
        return boundary == null ? Integer.MAX_VALUE : boundary.ordinal();
    }

    private static List<Suggestion.Key> focus(List<Suggestion> suggestions, List<Flag> flags) {
        Set<String> criticalPersons = new HashSet<>();
        Set<String> criticalRules = new HashSet<>();
        for (Flag f : flags) {
            if (f.severity() != Severity.CRITICAL || f.caregiverId() == null) {
                continue;
            }
            if (f.taskId() == null) {
                criticalPersons.add(f.caregiverId());
            }
            for (String rule : f.rules()) {
                criticalRules.add(scope(rule, f.caregiverId(), f.taskId()));
            }
        }
        // Each HIGH suggestion's tier worked out once, not again in every comparison of the sort.
        Ranked[] ranked = new Ranked[suggestions.size()];
        int n = 0;
        for (Suggestion s : suggestions) {
            if (s.priority() == Priority.HIGH) {
                ranked[n++] = new Ranked(s, tier(s, criticalPersons, criticalRules));
            }
        }
        if (n == 0) {
            return List.of();
        }
        Arrays.sort(ranked, 0, n, Ranked.ORDER);
        List<Suggestion.Key> focus = new ArrayList<>(Advice.MAX_FOCUS);
        Map<String, Integer> perPerson = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Suggestion s = ranked[i].suggestion;
            if (focus.size() == Advice.MAX_FOCUS) {
                break;
            }
            if (s.caregiverId() != null && perPerson.merge(s.caregiverId(), 1, Integer::sum) > 2) {
                continue;
            }
            focus.add(s.key());
        }
        return focus;
    }

    /** A HIGH suggestion with its tier of the focus: by tier, then in contract order. */
    private static final class Ranked {
        static final java.util.Comparator<Ranked> ORDER = (a, b) -> {
            int c = Integer.compare(a.tier, b.tier);
            return c != 0 ? c : Suggestion.CONTRACT_ORDER.compare(a.suggestion, b.suggestion);
        };

        final Suggestion suggestion;
        final int tier;

        Ranked(Suggestion suggestion, int tier) {
            this.suggestion = suggestion;
            this.tier = tier;
        }
    }

    /**
     * 0 X-DERAILED; 1 G-TAKEOVER; 2 brought by a CRITICAL flag (a rule that raised a CRITICAL flag
     * on the same person and task suggested it); 3 support (ONDERSTEUNEN) for a person with a
     * CRITICAL flag of their own; 4 any other HIGH suggestion.
     */
    private static int tier(Suggestion s, Set<String> criticalPersons, Set<String> criticalRules) {
        if (s.action().equals("X-DERAILED")) {
            return 0;
        }
        if (s.action().equals("G-TAKEOVER")) {
            return 1;
        }
        if (s.caregiverId() == null) {
            return 4;
        }
        if (!criticalRules.isEmpty()) {
            for (String rule : s.rules()) {
                if (criticalRules.contains(scope(rule, s.caregiverId(), s.taskId()))) {
                    return 2;
                }
            }
        }
        return s.taskId() == null && s.role() == SofaRole.ONDERSTEUNEN && criticalPersons.contains(s.caregiverId())
                ? 3 : 4;
    }

    private static String scope(String rule, String caregiverId, @Nullable String taskId) {
        return rule + '\u0000' + caregiverId + '\u0000' + taskId;
    }

    /** Renders each reason of an evaluation once, however many facts share it. */
    private static final class Renderer {
        private final ReasonTemplates templates;
        private final String situationId;
        private final Map<Because, Keyed> rendered = new IdentityHashMap<>();

        Renderer(ReasonTemplates templates, String situationId) {
            this.templates = templates;
            this.situationId = situationId;
        }

        Keyed render(Because because, String ruleId) {
            Keyed reason = rendered.get(because);
            if (reason == null) {
                reason = new Keyed(templates.render(because, ruleId, situationId));
                rendered.put(because, reason);
            }
            return reason;
        }
    }

    /**
     * A reason with its identity: key, a NUL, then params as JSON. Comparing identities orders as
     * {@link Reason#FACT_ORDER} does (NUL sorts before every character of a key). The identity is
     * written when first asked for, at most once: most entries have a single reason and never ask.
     */
    private static final class Keyed implements Comparable<Keyed> {
        private final Reason reason;
        private @Nullable String id;

        Keyed(Reason reason) {
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }

        String id() {
            String written = id;
            if (written == null) {
                written = reason.key() + '\u0000' + reason.paramsJson();
                id = written;
            }
            return written;
        }

        @Override
        public int compareTo(Keyed other) {
            return id().compareTo(other.id());
        }
    }

    /**
     * What several output facts with one key add up to: the highest priority or severity, the
     * headline (the reason of the fact with the highest value, on a tie the smallest rule id, then
     * the smallest reason), every rule id and every other reason.
     */
    private static final class Merged<T extends Comparable<T>> {
        final String id;
        final @Nullable String caregiverId;
        final @Nullable String taskId;
        final @Nullable Action action;
        @Nullable Boundary boundary;
        @Nullable LocalizedText title;
        @Nullable LocalDate dueBy;
        T highest;
        private String headlineRule;
        private Keyed headline;
        // The rule ids, sorted and distinct: an entry has one to a few, so a small array kept in order
        // by insertion costs less than a TreeSet and its nodes.
        private String[] rules = new String[2];
        private int ruleCount;
        // The one reason while there is one; from a second on, every reason by its identity.
        private @Nullable Keyed only;
        private @Nullable Map<String, Keyed> reasons;

        Merged(String id, @Nullable String caregiverId, @Nullable String taskId, @Nullable Action action) {
            this.id = id;
            this.caregiverId = caregiverId;
            this.taskId = taskId;
            this.action = action;
        }

        void add(T value, String rule, Keyed reason, List<Because> facts, Renderer renderer) {
            addRule(rule);
            addReason(reason);
            for (Because fact : facts) {
                addReason(renderer.render(fact, rule));
            }
            int c = highest == null ? 1 : value.compareTo(highest);
            if (c == 0) {
                c = headlineRule.compareTo(rule);
                if (c == 0) {
                    c = headline.compareTo(reason) > 0 ? 1 : 0;
                }
            }
            if (c > 0) {
                highest = value;
                headlineRule = rule;
                headline = reason;
            }
        }

        private void addReason(Keyed reason) {
            if (reasons == null) {
                if (only == null || only == reason) {
                    only = reason;
                    return;
                }
                reasons = new HashMap<>(8);
                reasons.put(only.id(), only);
            }
            reasons.putIfAbsent(reason.id(), reason);
        }

        private void addRule(String rule) {
            int i = ruleCount;
            while (i > 0) {
                int c = rules[i - 1].compareTo(rule);
                if (c == 0) {
                    return;
                }
                if (c < 0) {
                    break;
                }
                i--;
            }
            if (ruleCount == rules.length) {
                rules = Arrays.copyOf(rules, 2 * ruleCount);
            }
            System.arraycopy(rules, i, rules, i + 1, ruleCount - i);
            rules[i] = rule;
            ruleCount++;
        }

        List<String> rules() {
            return List.of(ruleCount == rules.length ? rules : Arrays.copyOf(rules, ruleCount));
        }

        List<Reason> reasons() {
            if (reasons == null || reasons.size() == 1) {
                return List.of(headline.reason());
            }
            Keyed[] rest = new Keyed[reasons.size() - 1];
            int n = 0;
            for (Keyed k : reasons.values()) {
                if (!k.id().equals(headline.id())) {
                    rest[n++] = k;
                }
            }
            Arrays.sort(rest);
            Reason[] all = new Reason[rest.length + 1];
            all[0] = headline.reason();
            for (int i = 0; i < rest.length; i++) {
                all[i + 1] = rest[i].reason();
            }
            return List.of(all);
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
