package nl.sofa.engine;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import nl.sofa.advice.Advice;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.PackInfo;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.engine.internal.AdviceAssembler;
import nl.sofa.engine.internal.BuiltinPack;
import nl.sofa.engine.internal.Evaluator;
import nl.sofa.engine.internal.LoadedPack;
import nl.sofa.engine.internal.RuleLoader;
import nl.sofa.situation.Situation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOFA engine: turns a {@link Situation} into an {@link Advice} with the built-in rule pack
 * {@code sofa-builtin} (rules-v1).
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
    /** The fire limit when none is set: far above the few hundred firings of a large situation. */
    public static final int DEFAULT_FIRE_LIMIT = 10_000;
    /** The zone of "today" when a situation has no reference date. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Logger LOG = LoggerFactory.getLogger(SofaEngine.class);

    private final Clock clock;
    private final Thresholds thresholds;
    private final ActionCatalog catalog;
    private final List<RuleInfo> rules;
    private final Evaluator evaluator;

    private SofaEngine(Builder builder) {
        long start = System.nanoTime();
        List<LoadedPack> packs = new ArrayList<>();
        packs.add(BuiltinPack.load());
        builder.drlPacks.forEach((info, drl) -> packs.add(RuleLoader.compileDrl(info, drl)));

        List<RuleInfo> infos = new ArrayList<>();
        Set<String> ruleIds = new LinkedHashSet<>();
        for (LoadedPack pack : packs) {
            for (RuleInfo info : pack.ruleInfos()) {
                if (!ruleIds.add(info.ruleId())) {
                    throw new IllegalArgumentException("rule id " + info.ruleId() + " of pack " + pack.info().id()
                            + " is used by another rule");
                }
                infos.add(new RuleInfo(info.packId(), info.packVersion(), info.ruleId(), info.description(),
                        !builder.disabledRules.contains(info.ruleId())));
            }
        }
        for (String disabled : builder.disabledRules) {
            if (!ruleIds.contains(disabled)) {
                throw new IllegalArgumentException("cannot disable rule " + disabled + ": no loaded rule has that id");
            }
        }
        List<PackInfo> packInfos = packs.stream().map(LoadedPack::info).toList();
        this.clock = builder.clock;
        this.thresholds = builder.thresholds;
        this.catalog = ActionCatalog.builtin();
        this.rules = List.copyOf(infos);
        this.evaluator = new Evaluator(RuleLoader.kieBase(packs), thresholds, builder.disabledRules,
                builder.fireLimit, new AdviceAssembler(catalog, new EngineInfo(VERSION, packInfos)));
        LOG.info("SOFA engine ready: {} rules ({} disabled) from {} packs in {} ms", rules.size(),
                builder.disabledRules.size(), packs.size(), (System.nanoTime() - start) / 1_000_000);
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
     * @throws EvaluationException when a rule fails or the rules loop; nothing is returned then
     */
    public Advice evaluate(Situation situation) {
        Objects.requireNonNull(situation, "situation");
        LocalDate referenceDate = situation.referenceDate() != null ? situation.referenceDate()
                : LocalDate.ofInstant(clock.instant(), ZONE);
        return evaluator.evaluate(situation, referenceDate);
    }

    /** Every loaded rule: the built-in pack's, then each added pack's, each pack's sorted by rule id. */
    public List<RuleInfo> rules() {
        return rules;
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
        private int fireLimit = DEFAULT_FIRE_LIMIT;
        private final Map<PackInfo, Map<String, String>> drlPacks = new LinkedHashMap<>();

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
         * The most rule firings one evaluation may take; more means a rule loops, and the
         * evaluation fails with an {@link EvaluationException} naming the rule.
         *
         * @param fireLimit at least 1 (default {@value SofaEngine#DEFAULT_FIRE_LIMIT})
         * @return this builder
         */
        public Builder fireLimit(int fireLimit) {
            if (fireLimit < 1) {
                throw new IllegalArgumentException("fireLimit must be at least 1: " + fireLimit);
            }
            this.fireLimit = fireLimit;
            return this;
        }

        /**
         * Internal hook, for the engine's own tests until the pack SPI exists: rules compiled from
         * DRL at run time into the same KieBase as the built-in pack.
         */
        Builder addDrlPack(PackInfo pack, Map<String, String> drlByName) {
            if (pack.id().equals(BuiltinPack.INFO.id()) || drlPacks.containsKey(pack)) {
                throw new IllegalArgumentException("pack " + pack.id() + " is already added");
            }
            drlPacks.put(pack, new TreeMap<>(drlByName));
            return this;
        }

        /**
         * Loads the rules and builds the engine.
         *
         * @return the engine
         * @throws IllegalArgumentException when a disabled rule id names no loaded rule
         * @throws IllegalStateException when the precompiled built-in rules are missing from the
         *     class path
         */
        public SofaEngine build() {
            return new SofaEngine(this);
        }
    }
}
