/**
 * The SOFA engine: {@link nl.sofa.engine.SofaEngine} turns a {@link nl.sofa.situation.Situation}
 * into an {@link nl.sofa.advice.Advice} with the built-in Drools rule pack {@code sofa-builtin}.
 *
 * <p>The public surface is small: {@link nl.sofa.engine.SofaEngine} and its builder,
 * {@link nl.sofa.engine.Thresholds} (every number the rules decide with),
 * {@link nl.sofa.engine.RuleInfo} and {@link nl.sofa.engine.EvaluationException}. Rules are
 * written against the fact model of {@link nl.sofa.engine.fact}. Everything in
 * {@code nl.sofa.engine.internal} is internal and may change in any release.
 *
 * <p>Stable since 0.1.
 */
package nl.sofa.engine;
