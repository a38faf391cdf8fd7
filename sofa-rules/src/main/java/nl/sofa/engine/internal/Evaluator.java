package nl.sofa.engine.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sofa.advice.Advice;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.Thresholds;
import nl.sofa.engine.fact.CaregiverSignal;
import nl.sofa.engine.fact.ClientCondition;
import nl.sofa.engine.fact.EvaluationContext;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.Outputs;
import nl.sofa.engine.fact.RaisedFlag;
import nl.sofa.engine.fact.SuggestedAction;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.modelcompiler.constraints.ConstraintEvaluationException;
import org.jspecify.annotations.Nullable;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.ObjectFilter;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one evaluation: an empty KieSession per call (a reset one from the {@link SessionPool}, or a
 * new one; never one in use by another call), the situation's parts inserted as facts, the rules
 * fired up to the fire limit, the output facts collected, the session reset and given back, or
 * disposed when the evaluation failed. Thread-safe.
 *
 * <p>Failures become an {@link EvaluationException} naming the rule: a consequence that throws
 * (Drools names the rule), a condition that throws (Drools names the rule in its message only,
 * which is read), more firings than the limit (the rule that fired last is named: in a loop it is
 * one of the looping rules).
 */
public final class Evaluator {
    private static final Logger LOG = LoggerFactory.getLogger(Evaluator.class);
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");
    private static final ObjectFilter OUTPUT_FACTS = fact -> fact instanceof OverloadLevel
            || fact instanceof SuggestedAction || fact instanceof RaisedFlag;

    private final SessionPool sessions;
    private final Thresholds thresholds;
    private final Set<String> disabledRules;
    private final int fireLimitPerFact;
    private final AdviceAssembler assembler;
    private final @Nullable Map<String, String> guardedPackOfRule;
    private final boolean thresholdsMatched;

    /**
     * @param kieBase the rules
     * @param thresholds a global in every evaluation, and a fact when a rule matches it
     * @param disabledRules ids of rules that never fire
     * @param fireLimitPerFact the most rule firings one evaluation may take per fact it puts in
     * @param assembler turns the output facts into the advice
     */
    public Evaluator(KieBase kieBase, Thresholds thresholds, Set<String> disabledRules, int fireLimitPerFact,
            AdviceAssembler assembler) {
        this(kieBase, thresholds, disabledRules, fireLimitPerFact, assembler, null);
    }

    /**
     * @param packOfRule the pack of every rule, when packs were added: then a {@link PackGuard}
     *     watches every evaluation; null for the built-in pack alone, whose rules are trusted
     */
    public Evaluator(KieBase kieBase, Thresholds thresholds, Set<String> disabledRules, int fireLimitPerFact,
            AdviceAssembler assembler, @Nullable Map<String, String> packOfRule) {
        this.sessions = new SessionPool(kieBase, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
        this.thresholds = thresholds;
        this.disabledRules = Set.copyOf(disabledRules);
        this.fireLimitPerFact = fireLimitPerFact;
        this.assembler = assembler;
        this.guardedPackOfRule = packOfRule == null ? null : Map.copyOf(packOfRule);
        this.thresholdsMatched = anyRuleMatches(kieBase, Thresholds.class);
    }

    /**
     * Whether a rule of the KieBase has a pattern that a fact of this type can match: Drools builds an
     * object type node for every type a pattern names. The built-in rules read the thresholds from the
     * global {@code thresholds}, so with the built-in pack alone no rule matches the {@code Thresholds}
     * fact and inserting it would only cost an insert (issue 15); a pack's rule that matches it (or
     * {@code Object}) gets it as before.
     */
    static boolean anyRuleMatches(KieBase kieBase, Class<?> type) {
        if (!(kieBase instanceof InternalRuleBase ruleBase)) {
            return true;
        }
        for (ObjectTypeNode node : ruleBase.getRete().getObjectTypeNodes()) {
            if (!(node.getObjectType() instanceof ClassObjectType classType)
                    || classType.getClassType().isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Evaluates a situation as of a reference date.
     *
     * @throws EvaluationException when a rule fails or the fire limit is reached
     */
    public Advice evaluate(Situation situation, LocalDate referenceDate) {
        long start = System.nanoTime();
        String situationId = situation.id();
        Filter filter = new Filter(disabledRules);
        List<SuggestedAction> suggested;
        List<RaisedFlag> raised;
        List<OverloadLevel> levels = new ArrayList<>();
        int fired;
        boolean succeeded = false;
        KieSession session = sessions.acquire();
        PackGuard guard = guardedPackOfRule == null ? null : PackGuard.attach(session, guardedPackOfRule);
        try {
            Outputs outputs = new Outputs();
            session.setGlobal(Outputs.GLOBAL, outputs);
            // Also a global, so that the built-in rules compare with a number instead of joining a fact.
            session.setGlobal("thresholds", thresholds);
            int facts = insertFacts(session, situation, referenceDate);
            int fireLimit = (int) Math.min(Integer.MAX_VALUE - 1L, (long) fireLimitPerFact * facts);
            // One firing more than the limit tells a loop from an evaluation that needs exactly the limit.
            fired = session.fireAllRules(filter, fireLimit + 1);
            if (fired > fireLimit) {
                throw new EvaluationException(filter.lastRule, situationId, "the rules fired more than " + fireLimit
                        + " times (the fire limit: " + fireLimitPerFact + " per fact, " + facts + " facts): a rule loops",
                        null);
            }
            PackGuard.Late late = guard == null ? null : guard.afterFiring();
            if (late != null) {
                throw new EvaluationException(late.ruleId(), situationId, late.problem(), null);
            }
            // The global's own lists, not copies: the global is this evaluation's and is dropped with it.
            suggested = outputs.suggestions();
            raised = outputs.flags();
            // Packs may insert their conclusions as facts instead of handing them to the global.
            for (Object fact : session.getObjects(OUTPUT_FACTS)) {
                if (fact instanceof SuggestedAction s) {
                    suggested.add(s);
                } else if (fact instanceof RaisedFlag f) {
                    raised.add(f);
                } else if (fact instanceof OverloadLevel l) {
                    levels.add(l);
                }
            }
            succeeded = true;
        } catch (ConsequenceException e) {
            if (e.getCause() instanceof PackGuard.Refusal refusal) {
                throw new EvaluationException(e.getRule().getName(), situationId, refusal.getMessage(), null);
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EvaluationException(e.getRule().getName(), situationId,
                    "the rule's consequence threw " + cause.getClass().getName(), cause);
        } catch (ConstraintEvaluationException e) {
            throw new EvaluationException(ruleNamedIn(e.getMessage()), situationId,
                    "a rule's condition threw " + typeOf(e.getCause()), e);
        } catch (EvaluationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new EvaluationException(ruleNamedIn(e.getMessage()), situationId,
                    "the rules failed with " + e.getClass().getName(), e);
        } finally {
            if (guard != null) {
                session.removeEventListener(guard);
            }
            if (succeeded) {
                sessions.release(session);
            } else {
                sessions.discard(session);
            }
        }
        Advice advice = assembler.assemble(situation, referenceDate, suggested, raised, levels);
        if (LOG.isDebugEnabled()) {
            LOG.debug("situation {}: {} firings, {} suggestions, {} flags in {} us", situationId, fired,
                    advice.suggestions().size(), advice.flags().size(), (System.nanoTime() - start) / 1000);
        }
        return advice;
    }

    /** Puts the situation in as facts; returns how many. */
    private int insertFacts(KieSession session, Situation situation, LocalDate referenceDate) {
        // The context, the thresholds and the client: the thresholds count even when no rule matches
        // them and they are left out, so that the fire limit does not depend on the packs.
        int facts = 3;
        session.insert(new EvaluationContext(situation.id(), referenceDate, situation.phase(),
                situation.endingReason(), situation.setting()));
        if (thresholdsMatched) {
            session.insert(thresholds);
        }
        session.insert(situation.client());
        for (Condition condition : situation.client().conditions()) {
            session.insert(new ClientCondition(condition));
            facts++;
        }
        for (Caregiver caregiver : situation.caregivers()) {
            session.insert(caregiver);
            facts++;
            for (OverloadSignal signal : caregiver.signals()) {
                session.insert(new CaregiverSignal(caregiver.id(), signal));
                facts++;
            }
        }
        for (Volunteer volunteer : situation.volunteers()) {
            session.insert(volunteer);
            facts++;
        }
        for (CareTask task : situation.careTasks()) {
            session.insert(task);
            facts++;
        }
        if (situation.policy() != null) {
            session.insert(situation.policy());
            facts++;
        }
        return facts;
    }

    private static @Nullable String ruleNamedIn(@Nullable String message) {
        if (message == null) {
            return null;
        }
        Matcher matcher = RULE_IN_MESSAGE.matcher(message);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String typeOf(@Nullable Throwable cause) {
        return cause == null ? "an exception" : cause.getClass().getName();
    }

    /** Per evaluation: skips disabled rules and remembers the rule that fires last. */
    private static final class Filter implements AgendaFilter {
        private final Set<String> disabled;
        @Nullable String lastRule;

        Filter(Set<String> disabled) {
            this.disabled = disabled;
        }

        @Override
        public boolean accept(Match match) {
            String rule = match.getRule().getName();
            if (disabled.contains(rule)) {
                return false;
            }
            lastRule = rule;
            return true;
        }
    }
}
