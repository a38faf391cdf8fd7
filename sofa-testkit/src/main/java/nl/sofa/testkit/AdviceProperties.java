package nl.sofa.testkit;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.situation.Situation;
import org.opentest4j.AssertionFailedError;

/**
 * The engine-level properties of rules-v1.md §7 and rules-v2.md §J and §K for rule-pack authors:
 * run them against your engine (with your packs) over generated situations, or on situations of your
 * own. {@link #of} checks all of them; {@code only(AdviceProperty.CONTRACT_V1)} keeps to the properties
 * of testkit 0.1, {@code only(AdviceProperty.CONTRACT_V2)} to the ones contract v2 added (words not
 * codes, both languages, no action ids, no deploying words, nothing on tasks after a death, no move
 * outside a transfer, no looking back while dying, agree before instruct, the focus, the order of
 * reasons, distinct headlines).
 *
 * <p>The engine is given as a function, so the testkit needs no engine module; {@code engine::evaluate}
 * below stands for whatever evaluates one situation with your packs loaded:
 *
 * <pre>{@code
 * class MyPackPropertiesTest {
 *     private final Function<Situation, Advice> evaluation = engine::evaluate;
 *
 *     @Test
 *     void myPackKeepsEveryProperty() {
 *         AdviceProperties.of(evaluation).verify();           // sofa.tries generated situations
 *     }
 *
 *     @ParameterizedTest
 *     @EnumSource(AdviceProperty.class)
 *     void eachPropertyOnItsOwn(AdviceProperty property) {  // one test per property in the report
 *         AdviceProperties.of(evaluation).only(property).verify();
 *     }
 *
 *     @Test
 *     void aSituationFromTheWard() {
 *         AdviceProperties.of(evaluation).check(SofaJson.standard().readSituation(wardCase));
 *     }
 * }
 * }</pre>
 *
 * <p>A failure reads like this (shrunk from a situation with three caregivers and four tasks):
 *
 * <pre>
 * Property 'advice properties [BALANCE, ...]' failed on try 3 of 1000
 * seed: -4103... (random); replay with -Dsofa.seed=-4103...
 * original input (try 3):
 *   {"schemaVersion":2,"id":"sit-5274",...}
 * shrunk input (31 steps, nothing simpler fails):
 *   {"schemaVersion":2,"id":"s","phase":"BEGIN","client":{"id":"c",...},"caregivers":[{"id":"cg-1",
 *   "relationToClient":"PARTNER","hoursPerWeek":0,"monthsCaring":0,"livesWithClient":true,...}],...}
 * failure of the shrunk input:
 *   org.opentest4j.AssertionFailedError: [BALANCE] caregiver cg-1 has no suggestion of role
 *   [FACILITEREN] (only [SAMENWERKEN, ONDERSTEUNEN, AFSTEMMEN])
 * </pre>
 *
 * <p>{@link #verify()} runs a {@link Property} over {@link Situations#valid()} (or the generator
 * given to {@link #over}): with {@code sofa.tries} tries (default 1000), replayable with
 * {@code -Dsofa.seed}, and a failing situation shrunk to a small one, reported as JSON together with
 * the property it breaks. For your own tries or seed, use the check directly:
 * {@code Property.forAll(Situations.valid()).tries(200).check(properties::check)}.
 *
 * <p>Cost: each situation is evaluated once for all properties, then again for DETERMINISM (twice),
 * ORDER_INDEPENDENCE (once) and MONOTONE_OVERLOAD (about six times per caregiver); the v2
 * properties read the one advice and cost no evaluation. Leave out what is
 * too slow for a quick suite with {@link #only}, and run the rest in CI with more tries.
 *
 * <p>Immutable: {@link #only} and {@link #over} return copies. Stable since 0.1.
 */
public final class AdviceProperties {
    private final Function<Situation, Advice> evaluation;
    private final Set<AdviceProperty> properties;
    private final Gen<Situation> situations;

    private AdviceProperties(Function<Situation, Advice> evaluation, Set<AdviceProperty> properties,
            Gen<Situation> situations) {
        this.evaluation = evaluation;
        this.properties = properties;
        this.situations = situations;
    }

    /** Every property, of this evaluation (for example {@code engine::evaluate}), over {@link Situations#valid()}. */
    public static AdviceProperties of(Function<Situation, Advice> evaluation) {
        return new AdviceProperties(Objects.requireNonNull(evaluation, "evaluation"),
                EnumSet.allOf(AdviceProperty.class), Situations.valid());
    }

    /** A copy that checks only these properties. */
    public AdviceProperties only(AdviceProperty first, AdviceProperty... more) {
        return new AdviceProperties(evaluation, EnumSet.of(first, more), situations);
    }

    /**
     * A copy that checks only these properties, for example {@link AdviceProperty#CONTRACT_V2}.
     *
     * @throws IllegalArgumentException when {@code properties} is empty
     */
    public AdviceProperties only(Set<AdviceProperty> properties) {
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("no property to check");
        }
        return new AdviceProperties(evaluation, EnumSet.copyOf(properties), situations);
    }

    /** A copy that {@link #verify verifies} over the situations of {@code situations}. */
    public AdviceProperties over(Gen<Situation> situations) {
        return new AdviceProperties(evaluation, properties, Objects.requireNonNull(situations, "situations"));
    }

    /** The properties this checks, in declaration order. */
    public Set<AdviceProperty> properties() {
        return EnumSet.copyOf(properties);
    }

    /**
     * Checks every selected property on {@code situation}, evaluating it once for all of them.
     *
     * @throws AssertionFailedError naming the first property broken and how
     */
    public void check(Situation situation) {
        AdviceProperty.Run run = new AdviceProperty.Run(evaluation, situation);
        run.advice = run.evaluate(situation);
        for (AdviceProperty property : properties) {
            run.property = property;
            property.check(run);
        }
    }

    /**
     * Checks every selected property on generated situations.
     *
     * @throws PropertyFailure with the seed, the original and the shrunk situation as JSON, and the
     *     property broken
     */
    public void verify() {
        Property.forAll(situations).named("advice properties " + properties).check(this::check);
    }
}
