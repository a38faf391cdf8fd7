package nl.sofa.engine.fact;

/**
 * The salience strata that make the rules order-safe. Drools fires the activation with the
 * highest salience first, whenever it was created; so every rule of a higher stratum has fired
 * before any rule of a lower one, and a rule that counts facts (or tests their absence) sees all
 * the facts of the strata above it.
 *
 * <table>
 * <caption>The strata, from first to last</caption>
 * <tr><th>stratum</th><th>salience</th><th>rules</th><th>may match</th></tr>
 * <tr><td>{@link #DERIVE}</td><td>0 (the default)</td><td>input facts to derived facts
 *     ({@link BurdenBand}, {@link ObservedSignal}, {@link RiskFactor}, {@link TaskFinding}) and
 *     outputs that need nothing else (the phase column, tasks, consent)</td>
 *     <td>input facts, {@link EvaluationContext}, Thresholds and the facts of this stratum</td></tr>
 * <tr><td>{@link #TALLY}</td><td>-1000</td><td>{@code builtin.overload.tally}: one
 *     {@link OverloadTally} per caregiver</td><td>every {@link OverloadFactor}</td></tr>
 * <tr><td>{@link #LEVEL}</td><td>-1100 to -1102</td><td>{@code builtin.overload.level.*}: one
 *     {@link OverloadLevel} per caregiver, HIGH tried first, then ELEVATED, then NONE (first match
 *     wins)</td><td>{@link OverloadTally}</td></tr>
 * <tr><td>{@link #CONCLUDE}</td><td>-2000</td><td>what follows from the levels: the
 *     OVERLOAD_RISK and SOLE_CAREGIVER flags, the support actions, derailment</td>
 *     <td>{@link OverloadLevel}, and everything above</td></tr>
 * </table>
 *
 * <p>The rule for pack authors: leave a rule's salience at the default ({@link #DERIVE}) when it
 * inserts a {@link RiskFactor}, a {@link TaskFinding} or an output from input facts; give it
 * {@code salience -2000} ({@link #CONCLUDE}) when it matches an {@link OverloadLevel}. Never
 * insert an {@link OverloadFactor} from a lower stratum than {@link #DERIVE}: the level is already
 * counted, and the engine refuses an evaluation in which a caregiver ends up with other than one
 * level. The salience numbers are written as literals in the DRL (the executable model turns a
 * constant expression such as {@code Strata.TALLY} into a salience evaluated per activation);
 * these constants document them, and a test checks every built-in rule's salience.
 *
 * <p>Stable since 0.1.
 */
public final class Strata {
    /** Input facts to derived facts and outputs that need nothing else. The default salience. */
    public static final int DERIVE = 0;
    /** The per-caregiver tally of overload factors. */
    public static final int TALLY = -1000;
    /** The overload level: HIGH at this salience, ELEVATED one below, NONE two below. */
    public static final int LEVEL = -1100;
    /** Consequences of the overload levels. */
    public static final int CONCLUDE = -2000;

    private Strata() {
    }
}
