package nl.sofa.engine.fact;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.Collections;

/**
 * What counts towards one caregiver's overload level, gathered once all {@link OverloadFactor}s
 * exist. Inserted by the rule {@code builtin.overload.tally} (stratum {@link Strata#TALLY}), one
 * per caregiver; the level rules read it.
 *
 * <p>Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param burdenLevels the bands of its measured burden (none, or one in the built-in pack)
 * @param signalCodes the codes of its distinct observed signals, sorted
 * @param riskFactorCodes the codes of its distinct risk factors, sorted
 */
public record OverloadTally(
        String caregiverId,
        Set<BurdenBand.Level> burdenLevels,
        SortedSet<String> signalCodes,
        SortedSet<String> riskFactorCodes) {

    /** Copies the collections. */
    public OverloadTally {
        Objects.requireNonNull(caregiverId, "caregiverId");
        EnumSet<BurdenBand.Level> levels = EnumSet.noneOf(BurdenBand.Level.class);
        levels.addAll(burdenLevels);
        burdenLevels = Collections.unmodifiableSet(levels);
        signalCodes = Collections.unmodifiableSortedSet(new TreeSet<>(signalCodes));
        riskFactorCodes = Collections.unmodifiableSortedSet(new TreeSet<>(riskFactorCodes));
    }

    /**
     * A tally of one caregiver's overload factors, as an {@code accumulate} collected them (Drools
     * hands over a plain collection). The factors are collected whole rather than their codes, so
     * that what a rule's match holds prints ids only in Drools' logs.
     *
     * @param caregiverId the caregiver
     * @param factors the caregiver's {@link OverloadFactor}s
     * @return the tally
     */
    public static OverloadTally of(String caregiverId, Collection<?> factors) {
        EnumSet<BurdenBand.Level> levels = EnumSet.noneOf(BurdenBand.Level.class);
        SortedSet<String> signals = new TreeSet<>();
        SortedSet<String> riskFactors = new TreeSet<>();
        for (Object factor : factors) {
            if (factor instanceof BurdenBand band) {
                levels.add(band.level());
            } else if (factor instanceof ObservedSignal signal) {
                signals.add(signal.code());
            } else if (factor instanceof RiskFactor risk) {
                riskFactors.add(risk.code());
            }
        }
        return new OverloadTally(caregiverId, levels, signals, riskFactors);
    }


    /** The number of distinct signals. */
    public int signalCount() {
        return signalCodes.size();
    }

    /** The number of distinct risk factors. */
    public int riskFactorCount() {
        return riskFactorCodes.size();
    }

    /** Every code of the tally: the burden bands', the signals' and the risk factors', sorted. */
    public SortedSet<String> factorCodes() {
        SortedSet<String> codes = new TreeSet<>(signalCodes);
        codes.addAll(riskFactorCodes);
        for (BurdenBand.Level level : burdenLevels) {
            codes.add(level.code());
        }
        return Collections.unmodifiableSortedSet(codes);
    }

    /**
     * The tally in Dutch, for the reason of a level: the burden band, the signals and the risk
     * factors that are present, with their codes sorted, for example "zwaar belast gemeten,
     * 1 signaal (SIGNAL_SLEEP_PROBLEMS), 2 risicofactoren (LIVES_WITH_CLIENT, VERY_MANY_HOURS)".
     * Empty when nothing counts.
     */
    public String summary() {
        StringJoiner parts = new StringJoiner(", ");
        if (burdenLevels.contains(BurdenBand.Level.HEAVY)) {
            parts.add("zwaar belast gemeten");
        } else if (burdenLevels.contains(BurdenBand.Level.MODERATE)) {
            parts.add("matig belast gemeten");
        }
        if (!signalCodes.isEmpty()) {
            parts.add(Reasons.count(signalCount(), "signaal", "signalen") + " (" + Reasons.sorted(signalCodes) + ")");
        }
        if (!riskFactorCodes.isEmpty()) {
            parts.add(Reasons.count(riskFactorCount(), "risicofactor", "risicofactoren") + " ("
                    + Reasons.sorted(riskFactorCodes) + ")");
        }
        return parts.toString();
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "OverloadTally[caregiverId=" + caregiverId + ", signals=" + signalCount() + ", riskFactors="
                + riskFactorCount() + "]";
    }
}
