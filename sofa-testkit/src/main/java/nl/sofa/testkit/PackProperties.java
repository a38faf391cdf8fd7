package nl.sofa.testkit;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Suggestion;
import nl.sofa.situation.Situation;
import org.opentest4j.AssertionFailedError;

/**
 * The property every rule pack must keep: <b>a pack adds to the built-in advice, it never takes
 * from it</b>. For each situation, the advice of the engine with the pack holds every suggestion,
 * flag and assessment of the engine without it, never with a lower priority, severity or overload
 * risk, and with every overload factor the built-in rules listed; and the engine with the pack
 * does not fail where the engine without it succeeds.
 *
 * <p>This catches a pack that deletes or replaces what the built-in rules concluded (a deleted
 * {@code OVERLOAD_RISK} flag), and, because the engine refuses an overload factor inserted after
 * the level was counted, a pack that adds its factor too late (the engine with the pack fails).
 *
 * <pre>{@code
 * SofaEngine builtin = SofaEngine.builder().build();
 * SofaEngine withPack = SofaEngine.builder().addPack(RulePacks.load(Path.of("my-packs/werk-en-zorg"))).build();
 * PackProperties.of(builtin::evaluate, withPack::evaluate).verify();   // sofa.tries generated situations
 * }</pre>
 *
 * <p>A pack that changes thresholds changes the built-in conclusions on purpose: build the engine
 * without the pack with the same thresholds ({@code SofaEngine.builder().thresholds(...)}), so that
 * the property compares the rules, not the numbers.
 *
 * <p>One built-in suggestion may give way on purpose: G-INSTRUCT for a task that now has
 * G-TAKEOVER (a pack's factor raised a level to HIGH, which makes signals of derailed care CRITICAL,
 * rules-v2 §D). Only ids, codes and levels are compared (never reasons, whose wording may change), and
 * failures name ids and codes only. Immutable; stable since 0.1.
 */
public final class PackProperties {
    private final Function<Situation, Advice> builtinOnly;
    private final Function<Situation, Advice> withPack;
    private final Gen<Situation> situations;

    private PackProperties(Function<Situation, Advice> builtinOnly, Function<Situation, Advice> withPack,
            Gen<Situation> situations) {
        this.builtinOnly = builtinOnly;
        this.withPack = withPack;
        this.situations = situations;
    }

    /**
     * The property over {@link Situations#valid()}.
     *
     * @param builtinOnly the evaluation without the pack (for example {@code builtin::evaluate})
     * @param withPack the evaluation with the pack
     * @return the property
     */
    public static PackProperties of(Function<Situation, Advice> builtinOnly, Function<Situation, Advice> withPack) {
        return new PackProperties(Objects.requireNonNull(builtinOnly, "builtinOnly"),
                Objects.requireNonNull(withPack, "withPack"), Situations.valid());
    }

    /** A copy that {@link #verify verifies} over the situations of {@code situations}. */
    public PackProperties over(Gen<Situation> situations) {
        return new PackProperties(builtinOnly, withPack, Objects.requireNonNull(situations, "situations"));
    }

    /**
     * Checks one situation.
     *
     * @throws AssertionFailedError naming what the pack took away, by id and code
     */
    public void check(Situation situation) {
        Advice builtin = builtinOnly.apply(situation);
        Advice packed;
        try {
            packed = withPack.apply(situation);
        } catch (RuntimeException e) {
            throw new AssertionFailedError("the engine with the pack failed where the engine without it did not: "
                    + e.getClass().getName() + ": " + e.getMessage(), e);
        }
        Map<Suggestion.Key, Suggestion> suggestions = new HashMap<>();
        packed.suggestions().forEach(s -> suggestions.put(s.key(), s));
        for (Suggestion expected : builtin.suggestions()) {
            Suggestion actual = suggestions.get(expected.key());
            if (actual == null && expected.action().equals("G-INSTRUCT") && suggestions.containsKey(
                    new Suggestion.Key("G-TAKEOVER", expected.caregiverId(), expected.taskId()))) {
                // rules-v2 §D: a pack's factor may raise a level to HIGH and so make derailment
                // CRITICAL; then a professional takes the act over and nobody is instructed yet.
                continue;
            }
            if (actual == null) {
                throw fail("the built-in suggestion " + expected.key() + " is gone");
            }
            if (actual.priority().compareTo(expected.priority()) < 0) {
                throw fail("the built-in suggestion " + expected.key() + " fell from " + expected.priority() + " to "
                        + actual.priority());
            }
        }
        Map<Flag.Key, Flag> flags = new HashMap<>();
        packed.flags().forEach(f -> flags.put(f.key(), f));
        for (Flag expected : builtin.flags()) {
            Flag actual = flags.get(expected.key());
            if (actual == null) {
                throw fail("the built-in flag " + expected.key() + " is gone");
            }
            if (actual.severity().compareTo(expected.severity()) < 0) {
                throw fail("the built-in flag " + expected.key() + " fell from " + expected.severity() + " to "
                        + actual.severity());
            }
        }
        Map<String, CaregiverAssessment> assessments = new HashMap<>();
        packed.caregivers().forEach(a -> assessments.put(a.caregiverId(), a));
        for (CaregiverAssessment expected : builtin.caregivers()) {
            CaregiverAssessment actual = assessments.get(expected.caregiverId());
            if (actual == null) {
                throw fail("the assessment of caregiver " + expected.caregiverId() + " is gone");
            }
            if (actual.overloadRisk().compareTo(expected.overloadRisk()) < 0) {
                throw fail("the overload risk of caregiver " + expected.caregiverId() + " fell from "
                        + expected.overloadRisk() + " to " + actual.overloadRisk());
            }
            if (expected.overloadRisk() != OverloadRisk.NONE && !actual.factors().containsAll(expected.factors())) {
                throw fail("caregiver " + expected.caregiverId() + " lost overload factors: built-in "
                        + expected.factors() + ", with the pack " + actual.factors());
            }
        }
    }

    /**
     * Checks generated situations ({@code sofa.tries}, replayable with {@code sofa.seed}).
     *
     * @throws PropertyFailure with the seed and the original and shrunk situation
     */
    public void verify() {
        Property.forAll(situations).named("the pack keeps the built-in advice").check(this::check);
    }

    private static AssertionFailedError fail(String message) {
        return new AssertionFailedError("[PACK_KEEPS_BUILTIN_ADVICE] " + message);
    }
}
