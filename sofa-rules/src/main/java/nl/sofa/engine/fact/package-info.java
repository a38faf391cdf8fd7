/**
 * The fact model that rules are written against: the built-in pack's DRL, and integrators' packs.
 *
 * <h2>What is in working memory</h2>
 * <ul>
 *   <li><b>Inserted by the engine</b>, once per evaluation: one {@link nl.sofa.engine.fact.EvaluationContext},
 *       the {@link nl.sofa.engine.Thresholds} (when a rule matches it; they are also the global
 *       {@code thresholds}), the situation's {@code Client}, each
 *       {@code Caregiver}, {@code Volunteer} and {@code CareTask}, and its {@code Policy} when it has
 *       one (the records of {@code nl.sofa.situation}, {@code nl.sofa.caregiver} and
 *       {@code nl.sofa.task}, as they are).</li>
 *   <li><b>Derived facts</b>, inserted by rules: {@link nl.sofa.engine.fact.BurdenBand},
 *       {@link nl.sofa.engine.fact.ObservedSignal} and {@link nl.sofa.engine.fact.RiskFactor} (the
 *       {@link nl.sofa.engine.fact.OverloadFactor}s), {@link nl.sofa.engine.fact.OverloadTally},
 *       {@link nl.sofa.engine.fact.OverloadLevel} and {@link nl.sofa.engine.fact.TaskFinding}.</li>
 *   <li><b>Output facts</b>, inserted by rules and read by the engine when the rules are done:
 *       {@link nl.sofa.engine.fact.SuggestedAction} and {@link nl.sofa.engine.fact.RaisedFlag}.
 *       The engine merges them as contract v1 says and takes each caregiver's assessment from its
 *       {@link nl.sofa.engine.fact.OverloadLevel}.</li>
 * </ul>
 *
 * <h2>Order: salience strata</h2>
 * The rules are order-safe through salience strata, described in {@link nl.sofa.engine.fact.Strata}:
 * DERIVE (0, the default) derives from input facts; TALLY (-1000) counts each caregiver's
 * overload factors once they all exist; LEVEL (-1100 to -1102) sets the level, HIGH first;
 * CONCLUDE (-2000) acts on the levels. A pack's rule that inserts a risk factor, a task finding
 * or an output from input facts keeps the default salience; a rule that matches an
 * {@link nl.sofa.engine.fact.OverloadLevel} uses {@code salience -2000}.
 *
 * <h2>Explaining</h2>
 * Every derived and output fact names the rule that made it ({@code drools.getRule().getName()})
 * and a reason: one Dutch sentence naming the concrete facts ("cg-1 zorgt 40 uur per week, al 36
 * maanden"). Where a reason lists ids or values it lists them sorted
 * ({@link nl.sofa.engine.fact.Reasons#sorted}), so that no reason depends on the order of the
 * input arrays.
 *
 * <p>Stable since 0.1: facts may gain components in a later version, never lose one.
 */
package nl.sofa.engine.fact;
