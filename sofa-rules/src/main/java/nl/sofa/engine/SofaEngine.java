package nl.sofa.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.PackInfo;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.internal.AdviceAssembler;
import nl.sofa.engine.internal.Evaluator;
import nl.sofa.engine.internal.PackAssembly;
import nl.sofa.engine.internal.RuleLoader;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RulePacks;
import nl.sofa.situation.Situation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOFA engine: turns a {@link Situation} into an {@link Advice} with the built-in rule pack
 * {@code sofa-builtin} (rules-v1) and any rule packs added ({@link Builder#addPack}).
 *
 * <pre>{@code
 * SofaEngine engine = SofaEngine.builder().build();      // once: loads the precompiled rules
 * Advice advice = engine.evaluate(situation);            // any number of times, on any thread
 * String json = SofaJson.standard().writeAdvice(advice);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one engine and share it. Each evaluation runs in its own
 * Drools session; nothing is kept between evaluations. The same situation always gives an equal
 * advice (byte-identical JSON), whatever the order of its arrays (apart from the order of the
 * assessments, which follows the caregivers).
 *
 * <p>Stable since 0.1.
 */
public final class SofaEngine {
    /** The engine's version, written into every advice. */
    public static final String VERSION = "0.1.0";
    /**
     * The rule firings one evaluation may take per fact put in, when none is set. The built-in pack
     * fires at most a few dozen times per fact (a caregiver's bands, factors, level and actions), so
     * a hundred per fact stops only rules that loop, in a situation of any size.
     */
    public static final int DEFAULT_FIRE_LIMIT_PER_FACT = 100;
    /** The zone of "today" when a situation has no reference date. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger LOG = LoggerFactory.getLogger(SofaEngine.class);

    private final Clock clock;
    private final Thresholds thresholds;
    private final ActionCatalog catalog;
    private final List<RuleInfo> rules;
    private final List<PackInfo> packs;
    private final Map<String, PackAssembly.RuleOrigin> ruleOrigins;
    private final Evaluator evaluator;

    private SofaEngine(Builder builder) {
        long start = System.nanoTime();
        PackAssembly packs = PackAssembly.of(builder.packs, builder.disabledPacks, builder.disabledRules,
                builder.thresholds);
        this.clock = builder.clock;
        this.thresholds = packs.thresholds();
        this.catalog = packs.catalog();
        this.rules = packs.rules();
        this.packs = packs.packs();
        this.ruleOrigins = packs.ruleOrigins();
        this.evaluator = new Evaluator(RuleLoader.kieBase(packs.enabled()), thresholds, packs.disabledRules(),
                builder.fireLimitPerFact, new AdviceAssembler(catalog, packs.reasons(), new EngineInfo(VERSION, packs.packInfos())),
                packs.enabled().size() > 1 ? packs.packOfRule() : null);
        LOG.info("SOFA engine ready: {} rules ({} switched off) from {} packs in {} ms", rules.size(),
                rules.stream().filter(r -> !r.enabled()).count(), packs.enabled().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A builder with the defaults: the system clock, {@link Thresholds#defaults()}, every rule on. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The advice for a situation. When the situation has no reference date, it is today in
     * Europe/Amsterdam by the engine's clock.
     *
     * @param situation a valid situation
     * @return the advice, in contract order
     * @throws EvaluationException when a rule fails, the rules loop, or a pack's rule oversteps what
     *     a pack may do; it names the pack, the rule and the rule's file and line; nothing is
     *     returned then
     */
    public Advice evaluate(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        LocalDate referenceDate = situation.referenceDate() != null ? situation.referenceDate()
                : LocalDate.ofInstant(clock.instant(), ZONE);
        try {
            return evaluator.evaluate(situation, referenceDate);
        } catch (EvaluationException e) {
            PackAssembly.RuleOrigin origin = e.ruleId() == null ? null : ruleOrigins.get(e.ruleId());
            throw origin == null ? e : e.locatedIn(origin.packId(), origin.file(), origin.line());
        }
    }

    /**
     * Every rule: the built-in pack's, then each added pack's in the order added, each pack's
     * sorted by rule id; switched-off rules (and the rules of switched-off packs) with
     * {@code enabled} false.
     */
    public List<RuleInfo> rules() {
        return rules;
    }

    /**
     * Every pack the engine was built with: the built-in pack, then each added pack in the order
     * added, with its publisher and status; switched-off and retired ones included (their rules
     * are listed by {@link #rules()} as switched off). Advice names only the packs that ran.
     */
    public List<PackInfo> packs() {
        return packs;
    }

    /**
     * What one caregiver may see of an advice: only what concerns that caregiver, and nothing of the
     * client's care plan unless the client consented (see {@link CaregiverView}). The advice itself
     * is not changed.
     *
     * @param situation the situation the advice was made for
     * @param advice the professional's advice (from {@link #evaluate})
     * @param caregiverId a caregiver of the situation
     * @return the caregiver's view
     * @throws IllegalArgumentException when the advice is not the situation's, or the id is not a
     *     caregiver of the situation
     */
    public CaregiverView caregiverView(Situation situation, Advice advice, String caregiverId) {
        return CaregiverView.of(Objects.requireNonNull(situation, "situation"), Objects.requireNonNull(advice, "advice"),
                caregiverId);
    }

    /** The actions this engine may suggest. */
    public ActionCatalog catalog() {
        return catalog;
    }

    /** The thresholds the rules decide with. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /**
     * Configures and builds a {@link SofaEngine}. Not thread-safe; the engine it builds is.
     *
     * <p>Stable since 0.1.
     */
    public static final class Builder {
        private Clock clock = Clock.system(ZONE);
        private Thresholds thresholds = Thresholds.defaults();
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private int fireLimitPerFact = DEFAULT_FIRE_LIMIT_PER_FACT;
        private final List<RulePack> packs = new ArrayList<>();
        private final Set<String> disabledPacks = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * The clock that says which day "today" is, for situations without a reference date.
         *
         * @param clock the clock; its zone does not matter, the day is taken in Europe/Amsterdam
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The numbers the rules decide with.
         *
         * @param thresholds the thresholds (default {@link Thresholds#defaults()})
         * @return this builder
         */
        public Builder thresholds(Thresholds thresholds) {
            this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
            return this;
        }

        /**
         * Switches a rule off: it never fires. {@link #build()} refuses an id that no loaded rule
         * has. Switching off a rule that others build on (a level rule, for example) can make
         * evaluations fail with an {@link EvaluationException}.
         *
         * @param ruleId the rule's id, for example {@code builtin.begin.residential}
         * @return this builder
         */
        public Builder disableRule(String ruleId) {
            disabledRules.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * The fire limit, per fact: an evaluation may take this many rule firings for each fact it
         * puts in (the context, the thresholds, the client, each condition, caregiver, signal,
         * volunteer and task, the policy). More means a rule loops, and the evaluation fails with an
         * {@link EvaluationException} naming the rule. Scaling with the situation keeps a large
         * situation (thousands of caregivers and tasks) from being taken for a loop.
         *
         * @param fireLimitPerFact at least 1 (default {@value SofaEngine#DEFAULT_FIRE_LIMIT_PER_FACT})
         * @return this builder
         */
        public Builder fireLimitPerFact(int fireLimitPerFact) {
            if (fireLimitPerFact < 1) {
                throw new IllegalArgumentException("fireLimitPerFact must be at least 1: " + fireLimitPerFact);
            }
            this.fireLimitPerFact = fireLimitPerFact;
            return this;
        }

        /**
         * Adds a rule pack: its rules run beside the built-in rules on the same facts, its actions
         * join the catalog, its thresholds apply. Packs are checked when the engine is built.
         * A pack of DRL files or spreadsheet tables is compiled then, which needs the optional
         * dependency {@code nl.sofa:sofa-drl-compiler}; a precompiled pack jar does not.
         *
         * @param pack the pack, for example {@code RulePacks.load(Path.of("packs/acme"))}
         * @return this builder
         */
        public Builder addPack(RulePack pack) {
            packs.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Adds every pack that jars on the class path of this thread's context class loader declare
         * in {@code META-INF/services/nl.sofa.pack.RulePack}. Packs are not discovered unless asked:
         * which rules advise on a client is the integrator's explicit choice.
         *
         * @return this builder
         * @throws InvalidPackException when a declared pack cannot be made
         */
        public Builder discoverPacks() {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return discoverPacks(loader != null ? loader : SofaEngine.class.getClassLoader());
        }

        /**
         * Adds every pack that jars on this class loader's class path declare.
         *
         * @param classLoader where to look
         * @return this builder
         * @throws InvalidPackException when a declared pack cannot be made
         */
        public Builder discoverPacks(ClassLoader classLoader) {
            RulePacks.discover(classLoader).forEach(this::addPack);
            return this;
        }

        /**
         * Switches a whole pack off: its rules are listed by {@link SofaEngine#rules()} as switched
         * off and never run, its actions and thresholds do not apply. The built-in pack cannot be
         * switched off; switch its rules off one by one.
         *
         * @param packId the pack's id
         * @return this builder
         */
        public Builder disablePack(String packId) {
            disabledPacks.add(Objects.requireNonNull(packId, "packId"));
            return this;
        }

        /**
         * Loads the rules and builds the engine.
         *
         * @return the engine
         * @throws InvalidPackException when a pack is invalid, does not compile, or clashes with
         *     another (a pack, rule or action id used twice); also when a pack of DRL files or
         *     spreadsheet tables is added and the DRL compiler, the optional dependency
         *     {@code nl.sofa:sofa-drl-compiler}, is not on the class path (the built-in pack and
         *     precompiled packs do not need it); no engine is built
         * @throws IllegalArgumentException when a rule or pack to switch off names nothing loaded
         * @throws IllegalStateException when the precompiled built-in rules are missing from the
         *     class path
         */
        public SofaEngine build() {
            return new SofaEngine(this);
        }
    }
}
