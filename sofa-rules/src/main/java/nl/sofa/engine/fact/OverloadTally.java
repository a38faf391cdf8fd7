package nl.sofa.engine.fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
 * @param riskFactorCodes the codes of its distinct risk factors, sorted (empty when they are set
 *     aside)
 * @param facts the reasons of everything counted, and of what set the risk factors aside
 */
public record OverloadTally(
        String caregiverId,
        Set<BurdenBand.Level> burdenLevels,
        SortedSet<String> signalCodes,
        SortedSet<String> riskFactorCodes,
        List<Because> facts) {

    /** Copies the collections. */
    public OverloadTally {
        Objects.requireNonNull(caregiverId, "caregiverId");
        EnumSet<BurdenBand.Level> levels = EnumSet.noneOf(BurdenBand.Level.class);
        levels.addAll(burdenLevels);
        burdenLevels = Collections.unmodifiableSet(levels);
        signalCodes = Collections.unmodifiableSortedSet(new TreeSet<>(signalCodes));
        riskFactorCodes = Collections.unmodifiableSortedSet(new TreeSet<>(riskFactorCodes));
        facts = List.copyOf(facts);
    }

    /**
     * A tally of one caregiver's overload factors, as an {@code accumulate} collected them (Drools
     * hands over a plain collection). The factors are collected whole rather than their codes, so
     * that what a rule's match holds prints ids only in Drools' logs.
     *
     * @param caregiverId the caregiver
     * @param factors the caregiver's {@link OverloadFactor}s that count
     * @param setAside what set the caregiver's risk factors aside ({@link RiskFactorsSetAside}), or
     *     an empty collection
     * @return the tally
     */
    public static OverloadTally of(String caregiverId, Collection<?> factors, Collection<?> setAside) {
        EnumSet<BurdenBand.Level> levels = EnumSet.noneOf(BurdenBand.Level.class);
        SortedSet<String> signals = new TreeSet<>();
        SortedSet<String> riskFactors = new TreeSet<>();
        List<Because> facts = new ArrayList<>(factors.size() + setAside.size());
        for (Object factor : factors) {
            if (factor instanceof BurdenBand band) {
                levels.add(band.level());
            } else if (factor instanceof ObservedSignal signal) {
                signals.add(signal.code());
            } else if (factor instanceof RiskFactor risk) {
                riskFactors.add(risk.code());
            }
            if (factor instanceof OverloadFactor f) {
                facts.add(f.reason());
            }
        }
        for (Object aside : setAside) {
            if (aside instanceof RiskFactorsSetAside a) {
                facts.add(a.reason());
            }
        }
        return new OverloadTally(caregiverId, levels, signals, riskFactors, facts);
    }

    /** A tally with every factor counted: {@link #of(String, Collection, Collection)} with nothing set aside. */
    public static OverloadTally of(String caregiverId, Collection<?> factors) {
        return of(caregiverId, factors, List.of());
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
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "OverloadTally[caregiverId=" + caregiverId + ", signals=" + signalCount() + ", riskFactors="
                + riskFactorCount() + "]";
    }
}
