package nl.sofa.engine;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Every number the built-in rules decide with, in one place. The rules read this record as a fact
 * ({@code $t : Thresholds()}); no rule and no Java code holds a number of its own. An integrator
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
        int experiencedMonthsFrom) {

    private static final Thresholds DEFAULTS = new Thresholds(
            8, 3, 40, 8,
            25, 75,
            4, 9, 7, 21, 41,
            3, 1, 4, 5, 1, 2,
            2, 12);

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
        if (edizPlusModerateFrom > edizPlusHeavyFrom) {
            throw new IllegalArgumentException("edizPlusModerateFrom (" + edizPlusModerateFrom
                    + ") must not be above edizPlusHeavyFrom (" + edizPlusHeavyFrom + ")");
        }
        if (zbiModerateFrom > zbiHeavyFrom) {
            throw new IllegalArgumentException("zbiModerateFrom (" + zbiModerateFrom
                    + ") must not be above zbiHeavyFrom (" + zbiHeavyFrom + ")");
        }
    }

    /** The thresholds of the built-in pack v1 ({@code rules-v1.md}). */
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
}
