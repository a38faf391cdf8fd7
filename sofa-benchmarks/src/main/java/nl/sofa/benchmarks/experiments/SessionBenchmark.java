package nl.sofa.benchmarks.experiments;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.sofa.advice.Advice;
import nl.sofa.advice.EngineInfo;
import nl.sofa.benchmarks.Situations;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
import nl.sofa.engine.fact.CaregiverSignal;
import nl.sofa.engine.fact.ClientCondition;
import nl.sofa.engine.fact.EvaluationContext;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.RaisedFlag;
import nl.sofa.engine.fact.SuggestedAction;
import nl.sofa.engine.internal.AdviceAssembler;
import nl.sofa.engine.internal.ReasonTemplates;
import nl.sofa.engine.internal.BuiltinPack;
import nl.sofa.engine.internal.RuleLoader;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where an evaluation's time goes, part by part, on the built-in KieBase directly: a bare session,
 * the facts and the rules, the output facts gathered, the advice assembled; and Drools' session
 * options. An experiment that explains the figures of docs/performance.md, not a target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionBenchmark {
    @Param({"typical"})
    public String situation;

    private KieBase kieBase;
    private KieSessionsPool pool;
    private Situation input;
    private AdviceAssembler assembler;
    private List<SuggestedAction> suggested;
    private List<RaisedFlag> raised;
    private List<OverloadLevel> levels;

    @Setup
    public void setUp() {
        kieBase = RuleLoader.kieBase(List.of(BuiltinPack.load()));
        pool = kieBase.newKieSessionsPool(4);
        input = Situations.named(situation);
        assembler = new AdviceAssembler(ActionCatalog.builtin(), ReasonTemplates.builtin(),
                new EngineInfo(SofaEngine.VERSION, List.of(BuiltinPack.INFO)));
        suggested = new ArrayList<>();
        raised = new ArrayList<>();
        levels = new ArrayList<>();
        KieSession session = kieBase.newKieSession();
        insert(session, input);
        session.fireAllRules();
        collect(session, suggested, raised, levels);
        session.dispose();
    }

    /** A new session, disposed: the fixed cost. */
    @Benchmark
    public KieSession emptySession() {
        KieSession session = kieBase.newKieSession();
        session.dispose();
        return session;
    }

    /** A new session with the facts inserted and the rules fired, the outputs gathered. */
    @Benchmark
    public int rules() {
        return fire(kieBase.newKieSession());
    }

    /** The same with a session from a pool (reset on dispose, its node memories kept). */
    @Benchmark
    public int rulesPooled() {
        return fire(pool.newKieSession());
    }

    private int fire(KieSession session) {
        try {
            insert(session, input);
            int fired = session.fireAllRules();
            List<SuggestedAction> s = new ArrayList<>();
            collect(session, s, new ArrayList<>(), new ArrayList<>());
            return fired + s.size();
        } finally {
            session.dispose();
        }
    }

    /** A session from the pool, nothing inserted, given back (reset): the fixed cost of reuse. */
    @Benchmark
    public KieSession emptyPooledSession() {
        KieSession session = pool.newKieSession();
        session.dispose();
        return session;
    }

    /** Only the assembly of the advice from the output facts. */
    @Benchmark
    public Advice assembly() {
        return assembler.assemble(input, input.referenceDate(), suggested, raised, levels);
    }

    private static void insert(KieSession session, Situation situation) {
        session.insert(new EvaluationContext(situation.id(), situation.referenceDate(), situation.phase(),
                situation.endingReason(), situation.setting()));
        session.insert(Thresholds.defaults());
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
    }

    private static void collect(KieSession session, List<SuggestedAction> suggested, List<RaisedFlag> raised,
            List<OverloadLevel> levels) {
        for (Object fact : session.getObjects()) {
            if (fact instanceof SuggestedAction s) {
                suggested.add(s);
            } else if (fact instanceof RaisedFlag f) {
                raised.add(f);
            } else if (fact instanceof OverloadLevel l) {
                levels.add(l);
            }
        }
    }
}
