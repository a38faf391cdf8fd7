package nl.sofa.benchmarks;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
import nl.sofa.engine.fact.CaregiverSignal;
import nl.sofa.engine.fact.ClientCondition;
import nl.sofa.engine.fact.EvaluationContext;
import nl.sofa.engine.fact.Outputs;
import nl.sofa.engine.internal.BuiltinPack;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.LeftTupleSink;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.PathMemory;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * The shape of the built-in pack's work, for judging a change to the rule network before timing it
 * (issue 15): the network's nodes by type; and per situation the firings per rule, the facts
 * inserted by type, the node memories an evaluation touches (what the session's reset walks), and
 * the rules Drools linked and evaluated without firing them.
 *
 * <pre>
 * java -cp ... nl.sofa.benchmarks.RuleProfile [typical,heavy,large]
 * </pre>
 *
 * <p>It runs the built-in pack on its own session and puts the situation in as {@code Evaluator}
 * does (the {@code Thresholds} fact only as a global: no built-in rule matches it); a change there
 * must be made here too. It counts, it does not time: timing is {@link LeverRatios}' job.
 */
public final class RuleProfile {
    private RuleProfile() {
    }

    public static void main(String[] args) {
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(BuiltinPack.load().models());
        System.out.println("network: " + nodes(kieBase));
        for (String name : (args.length == 0 ? "typical,heavy,large" : args[0]).split(",")) {
            profile(kieBase, name, Situations.named(name));
        }
    }

    /** The network's nodes by type, each shared node once. */
    private static Map<String, Integer> nodes(KieBase kieBase) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> todo = new ArrayDeque<>(((InternalRuleBase) kieBase).getRete().getObjectTypeNodes());
        Map<String, Integer> byType = new TreeMap<>();
        while (!todo.isEmpty()) {
            Object node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            byType.merge(node.getClass().getSimpleName(), 1, Integer::sum);
            if (node instanceof ObjectSource source && source.getObjectSinkPropagator() != null) {
                for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
                    todo.push(sink);
                }
            }
            if (node instanceof LeftTupleSource source && source.getSinkPropagator() != null) {
                for (LeftTupleSink sink : source.getSinkPropagator().getSinks()) {
                    todo.push(sink);
                }
            }
        }
        return byType;
    }

    private static void profile(KieBase kieBase, String name, Situation situation) {
        KieSession session = kieBase.newKieSession();
        Map<String, Integer> fired = new TreeMap<>();
        Map<String, Integer> inserted = new TreeMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                inserted.merge(event.getObject().getClass().getSimpleName() + (event.getRule() == null ? " (input)" : ""),
                        1, Integer::sum);
            }
        });
        session.setGlobal(Outputs.GLOBAL, new Outputs());
        session.setGlobal("thresholds", Thresholds.defaults());
        LocalDate referenceDate = situation.referenceDate() != null ? situation.referenceDate() : LocalDate.now(SofaEngine.ZONE);
        session.insert(new EvaluationContext(situation.id(), referenceDate, situation.phase(),
                situation.endingReason(), situation.setting()));
        session.insert(situation.client());
        for (Condition condition : situation.client().conditions()) {
            session.insert(new ClientCondition(condition));
        }
        for (Caregiver caregiver : situation.caregivers()) {
            session.insert(caregiver);
            for (OverloadSignal signal : caregiver.signals()) {
                session.insert(new CaregiverSignal(caregiver.id(), signal));
            }
        }
        for (Volunteer volunteer : situation.volunteers()) {
            session.insert(volunteer);
        }
        for (CareTask task : situation.careTasks()) {
            session.insert(task);
        }
        if (situation.policy() != null) {
            session.insert(situation.policy());
        }
        int firings = session.fireAllRules();
        NodeMemories memories = ((InternalWorkingMemory) session).getNodeMemories();
        int touched = 0;
        List<String> linked = new ArrayList<>();
        List<String> idle = new ArrayList<>();
        for (int i = 0; i < memories.length(); i++) {
            Object memory = memories.peekNodeMemory(i);
            if (memory != null) {
                touched++;
            }
            if (memory instanceof PathMemory path && path.getRuleAgendaItem() != null) {
                linked.add(path.getRule().getName());
                if (!fired.containsKey(path.getRule().getName())) {
                    idle.add(path.getRule().getName());
                }
            }
        }
        session.dispose();
        System.out.println("== " + name + ": " + firings + " firings of " + fired.size() + " rules; "
                + inserted.values().stream().mapToInt(Integer::intValue).sum() + " inserts " + inserted);
        System.out.println("node memories touched " + touched + "; rules linked " + linked.size()
                + ", of which not fired " + idle.size() + " " + idle);
        fired.forEach((rule, count) -> System.out.printf("  %4d  %s%n", count, rule));
    }
}
