package nl.sofa.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Every number the built-in rules decide with, in one place. The built-in rules read this record
 * through the global {@code thresholds}; a pack's rule may also match it as a fact
 * ({@code $t : Thresholds()}), which the engine inserts whenever a rule matches it. No rule and no
 * Java code holds a number of its own. An integrator
 * reads the defaults here and changes them with the withers and
 * {@link SofaEngine.Builder#thresholds(Thresholds)}.
 *
 * <p>"From" is inclusive ({@code >=}), "above" and "below" are strict ({@code >}, {@code <}).
 * Sources of the defaults: SCP and MantelzorgNL (intensive and long-term care, round-the-clock
 * care), De Boer et al. 2012 (EDIZ-plus), Robinson 1983 (CSI), Zarit (ZBI), and the workbook
 * "In voor Mantelzorg" (2016) for the SOFA actions. See {@code rules-v1.md}.
 *
 * <p>Immutable and thread-safe. Stable since 0.1 (new thresholds may be added).
 *
 * @param intensiveHoursAbove risk factor INTENSIVE_LONG_TERM: more than this many hours of care a
 *     week (default 8) ...
 * @param intensiveMonthsAbove ... for more than this many months (default 3)
 * @param veryManyHoursFrom risk factor VERY_MANY_HOURS: this many hours a week or more, "round the
 *     clock" (default 40)
 * @param workHoursAbove risk factor COMBINES_CARE_AND_WORK: employed (work or study) and more than
 *     this many hours of care a week (default 8)
 * @param youngAgeBelow risk factor YOUNG_CAREGIVER: younger than this (default 25)
 * @param oldAgeFrom risk factor OLDER_CAREGIVER: this age or older (default 75)
 * @param edizPlusModerateFrom burden band MODERATE on EDIZ-plus: this score or more, below the heavy
 *     band (default 4)
 * @param edizPlusHeavyFrom burden band HEAVY on EDIZ-plus, "zwaar belast" (default 9)
 * @param csiHeavyFrom burden band HEAVY on the Caregiver Strain Index, "high strain" (default 7);
 *     the CSI has no moderate band
 * @param zbiModerateFrom burden band MODERATE on the Zarit Burden Interview, below the heavy band
 *     (default 21)
 * @param zbiHeavyFrom burden band HEAVY on the Zarit Burden Interview, "moderate to severe"
 *     (default 41)
 * @param highSignalsFrom level HIGH: this many distinct overload signals or more (default 3)
 * @param highSignalsWithFactorsFrom level HIGH: this many signals or more ... (default 1)
 * @param highFactorsWithSignalsFrom ... together with this many risk factors or more (default 4)
 * @param highFactorsFrom level HIGH: this many risk factors or more (default 5)
 * @param elevatedSignalsFrom level ELEVATED: this many signals or more (default 1)
 * @param elevatedFactorsFrom level ELEVATED: this many risk factors or more (default 2)
 * @param manyTasksFrom DAILY: a caregiver performing this many care tasks or more gets S-D2 and
 *     S-D3 MEDIUM (default 2)
 * @param experiencedMonthsFrom BEGIN: a caregiver caring this many months or more gets A-B2 HIGH,
 *     as the expert on this client (default 12)
 * @param lightHoursBelow light involvement (v2): fewer than this many hours of care a week, not living with the client; the risk factors then count for nothing (default 4)
 * @param recentMeasurementDays a burden measurement is recent when taken at most this many days before the reference date, or undated (default 365)
 * @param edizPlusLightUpTo light band on EDIZ-plus: up to this score; a recent light measurement sets the risk factors aside (default 3)
 * @param csiLightUpTo light band on the CSI: up to this score (default 3)
 * @param zbiLightUpTo light band on the ZBI: up to this score (default 20)
 * @param minorAgeBelow flag YOUNG_CAREGIVER: a caregiver younger than this (default 18)
 * @param roundTheClockHoursFrom wording only: from this many hours a week the care is "vrijwel de klok rond"; below it, from veryManyHoursFrom, "meer dan een volledige werkweek" (default 100)
 * @param followUpAfterDeathDays DECEASED: the follow-up talk O-E4 is due this many days after the reference date (default 42)
 */
public record Thresholds(
        double intensiveHoursAbove,
        int intensiveMonthsAbove,
        double veryManyHoursFrom,
        double workHoursAbove,
        int youngAgeBelow,
        int oldAgeFrom,
        int edizPlusModerateFrom,
        int edizPlusHeavyFrom,
        int csiHeavyFrom,
        int zbiModerateFrom,
        int zbiHeavyFrom,
        int highSignalsFrom,
        int highSignalsWithFactorsFrom,
        int highFactorsWithSignalsFrom,
        int highFactorsFrom,
        int elevatedSignalsFrom,
        int elevatedFactorsFrom,
        int manyTasksFrom,
        int experiencedMonthsFrom,
        double lightHoursBelow,
        int recentMeasurementDays,
        int edizPlusLightUpTo,
        int csiLightUpTo,
        int zbiLightUpTo,
        int minorAgeBelow,
        double roundTheClockHoursFrom,
        int followUpAfterDeathDays) {

    private static final Thresholds DEFAULTS = new Thresholds(
            8, 3, 40, 8,
            25, 75,
            4, 9, 7, 21, 41,
            3, 1, 4, 5, 1, 2,
            2, 12,
            4, 365, 3, 3, 20, 18, 100, 42);

    /**
     * @throws IllegalArgumentException when a number is negative (or not a number), or a moderate
     *     band starts above its heavy band; the message names the threshold
     */
    public Thresholds {
        requireNonNegative("intensiveHoursAbove", intensiveHoursAbove);
        requireNonNegative("intensiveMonthsAbove", intensiveMonthsAbove);
        requireNonNegative("veryManyHoursFrom", veryManyHoursFrom);
        requireNonNegative("workHoursAbove", workHoursAbove);
        requireNonNegative("youngAgeBelow", youngAgeBelow);
        requireNonNegative("oldAgeFrom", oldAgeFrom);
        requireNonNegative("edizPlusModerateFrom", edizPlusModerateFrom);
        requireNonNegative("edizPlusHeavyFrom", edizPlusHeavyFrom);
        requireNonNegative("csiHeavyFrom", csiHeavyFrom);
        requireNonNegative("zbiModerateFrom", zbiModerateFrom);
        requireNonNegative("zbiHeavyFrom", zbiHeavyFrom);
        requireNonNegative("highSignalsFrom", highSignalsFrom);
        requireNonNegative("highSignalsWithFactorsFrom", highSignalsWithFactorsFrom);
        requireNonNegative("highFactorsWithSignalsFrom", highFactorsWithSignalsFrom);
        requireNonNegative("highFactorsFrom", highFactorsFrom);
        requireNonNegative("elevatedSignalsFrom", elevatedSignalsFrom);
        requireNonNegative("elevatedFactorsFrom", elevatedFactorsFrom);
        requireNonNegative("manyTasksFrom", manyTasksFrom);
        requireNonNegative("experiencedMonthsFrom", experiencedMonthsFrom);
        requireNonNegative("lightHoursBelow", lightHoursBelow);
        requireNonNegative("recentMeasurementDays", recentMeasurementDays);
        requireNonNegative("edizPlusLightUpTo", edizPlusLightUpTo);
        requireNonNegative("csiLightUpTo", csiLightUpTo);
        requireNonNegative("zbiLightUpTo", zbiLightUpTo);
        requireNonNegative("minorAgeBelow", minorAgeBelow);
        requireNonNegative("roundTheClockHoursFrom", roundTheClockHoursFrom);
        requireNonNegative("followUpAfterDeathDays", followUpAfterDeathDays);
        if (edizPlusModerateFrom > edizPlusHeavyFrom) {
            throw new IllegalArgumentException("edizPlusModerateFrom (" + edizPlusModerateFrom
                    + ") must not be above edizPlusHeavyFrom (" + edizPlusHeavyFrom + ")");
        }
        if (zbiModerateFrom > zbiHeavyFrom) {
            throw new IllegalArgumentException("zbiModerateFrom (" + zbiModerateFrom
                    + ") must not be above zbiHeavyFrom (" + zbiHeavyFrom + ")");
        }
    }

    /** The thresholds of the built-in pack 2.0.0 ({@code rules-v1.md} and {@code rules-v2.md}). */
    public static Thresholds defaults() {
        return DEFAULTS;
    }

    /** The names of every threshold, in the order of the record's components. */
    public static List<String> names() {
        return Arrays.stream(Thresholds.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /**
     * A copy with one threshold, named as its record component, set to {@code value}: for
     * thresholds that come from configuration files or a pack's manifest.
     *
     * @param name the threshold's name, for example {@code intensiveHoursAbove}
     * @param value the new value; a whole number for thresholds that count (months, ages, scores,
     *     signals, factors, tasks)
     * @throws IllegalArgumentException when no threshold has this name, or the value does not fit it
     */
    public Thresholds with(String name, double value) {
        RecordComponent[] components = Thresholds.class.getRecordComponents();
        Object[] values = new Object[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                if (component.getName().equals(name)) {
                    found = true;
                    if (component.getType() == int.class) {
                        if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
                            throw new IllegalArgumentException(name + " must be a whole number: " + value);
                        }
                        values[i] = (int) value;
                    } else {
                        values[i] = value;
                    }
                } else {
                    values[i] = component.getAccessor().invoke(this);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("there is no threshold " + name + " (known: "
                        + String.join(", ", names()) + ")");
            }
            return Thresholds.class.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new)).newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot set threshold " + name, e);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be zero or more: " + value);
        }
    }

    private static void requireNonNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be zero or more: " + value);
        }
    }

    /** A copy with {@link #intensiveHoursAbove()} set to {@code value}. */
    public Thresholds withIntensiveHoursAbove(double value) {
        return with("intensiveHoursAbove", value);
    }

    /** A copy with {@link #intensiveMonthsAbove()} set to {@code value}. */
    public Thresholds withIntensiveMonthsAbove(int value) {
        return with("intensiveMonthsAbove", value);
    }

    /** A copy with {@link #veryManyHoursFrom()} set to {@code value}. */
    public Thresholds withVeryManyHoursFrom(double value) {
        return with("veryManyHoursFrom", value);
    }

    /** A copy with {@link #workHoursAbove()} set to {@code value}. */
    public Thresholds withWorkHoursAbove(double value) {
        return with("workHoursAbove", value);
    }

    /** A copy with {@link #youngAgeBelow()} set to {@code value}. */
    public Thresholds withYoungAgeBelow(int value) {
        return with("youngAgeBelow", value);
    }

    /** A copy with {@link #oldAgeFrom()} set to {@code value}. */
    public Thresholds withOldAgeFrom(int value) {
        return with("oldAgeFrom", value);
    }

    /** A copy with {@link #edizPlusModerateFrom()} set to {@code value}. */
    public Thresholds withEdizPlusModerateFrom(int value) {
        return with("edizPlusModerateFrom", value);
    }

    /** A copy with {@link #edizPlusHeavyFrom()} set to {@code value}. */
    public Thresholds withEdizPlusHeavyFrom(int value) {
        return with("edizPlusHeavyFrom", value);
    }

    /** A copy with {@link #csiHeavyFrom()} set to {@code value}. */
    public Thresholds withCsiHeavyFrom(int value) {
        return with("csiHeavyFrom", value);
    }

    /** A copy with {@link #zbiModerateFrom()} set to {@code value}. */
    public Thresholds withZbiModerateFrom(int value) {
        return with("zbiModerateFrom", value);
    }

    /** A copy with {@link #zbiHeavyFrom()} set to {@code value}. */
    public Thresholds withZbiHeavyFrom(int value) {
        return with("zbiHeavyFrom", value);
    }

    /** A copy with {@link #highSignalsFrom()} set to {@code value}. */
    public Thresholds withHighSignalsFrom(int value) {
        return with("highSignalsFrom", value);
    }

    /** A copy with {@link #highSignalsWithFactorsFrom()} set to {@code value}. */
    public Thresholds withHighSignalsWithFactorsFrom(int value) {
        return with("highSignalsWithFactorsFrom", value);
    }

    /** A copy with {@link #highFactorsWithSignalsFrom()} set to {@code value}. */
    public Thresholds withHighFactorsWithSignalsFrom(int value) {
        return with("highFactorsWithSignalsFrom", value);
    }

    /** A copy with {@link #highFactorsFrom()} set to {@code value}. */
    public Thresholds withHighFactorsFrom(int value) {
        return with("highFactorsFrom", value);
    }

    /** A copy with {@link #elevatedSignalsFrom()} set to {@code value}. */
    public Thresholds withElevatedSignalsFrom(int value) {
        return with("elevatedSignalsFrom", value);
    }

    /** A copy with {@link #elevatedFactorsFrom()} set to {@code value}. */
    public Thresholds withElevatedFactorsFrom(int value) {
        return with("elevatedFactorsFrom", value);
    }

    /** A copy with {@link #manyTasksFrom()} set to {@code value}. */
    public Thresholds withManyTasksFrom(int value) {
        return with("manyTasksFrom", value);
    }

    /** A copy with {@link #experiencedMonthsFrom()} set to {@code value}. */
    public Thresholds withExperiencedMonthsFrom(int value) {
        return with("experiencedMonthsFrom", value);
    }

    /** A copy with {@link #lightHoursBelow()} set to {@code value}. */
    public Thresholds withLightHoursBelow(double value) {
        return with("lightHoursBelow", value);
    }

    /** A copy with {@link #recentMeasurementDays()} set to {@code value}. */
    public Thresholds withRecentMeasurementDays(int value) {
        return with("recentMeasurementDays", value);
    }

    /** A copy with {@link #edizPlusLightUpTo()} set to {@code value}. */
    public Thresholds withEdizPlusLightUpTo(int value) {
        return with("edizPlusLightUpTo", value);
    }

    /** A copy with {@link #csiLightUpTo()} set to {@code value}. */
    public Thresholds withCsiLightUpTo(int value) {
        return with("csiLightUpTo", value);
    }

    /** A copy with {@link #zbiLightUpTo()} set to {@code value}. */
    public Thresholds withZbiLightUpTo(int value) {
        return with("zbiLightUpTo", value);
    }

    /** A copy with {@link #minorAgeBelow()} set to {@code value}. */
    public Thresholds withMinorAgeBelow(int value) {
        return with("minorAgeBelow", value);
    }

    /** A copy with {@link #roundTheClockHoursFrom()} set to {@code value}. */
    public Thresholds withRoundTheClockHoursFrom(double value) {
        return with("roundTheClockHoursFrom", value);
    }

    /** A copy with {@link #followUpAfterDeathDays()} set to {@code value}. */
    public Thresholds withFollowUpAfterDeathDays(int value) {
        return with("followUpAfterDeathDays", value);
    }
}
