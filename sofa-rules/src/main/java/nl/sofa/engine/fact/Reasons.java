package nl.sofa.engine.fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.sofa.caregiver.BurdenMeasurement;
import org.jspecify.annotations.Nullable;
import java.util.Collection;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Helpers for writing reasons in rule consequences, so that a reason reads the same whatever the
 * order of the input arrays and whatever the JVM's locale. They format; they decide nothing.
 *
 * <p>Stable since 0.1.
 */
public final class Reasons {
    private Reasons() {
    }

    /**
     * The values as text, sorted by {@link String#compareTo} and without repeats, joined by ", ":
     * {@code [t-2, t-1]} gives "t-1, t-2". Enum values give their names.
     *
     * @param values the values
     * @return the joined text, empty for no values
     */
    public static String sorted(Collection<?> values) {
        TreeSet<String> texts = new TreeSet<>();
        for (Object value : values) {
            texts.add(value instanceof Enum<?> e ? e.name() : String.valueOf(value));
        }
        StringJoiner joined = new StringJoiner(", ");
        texts.forEach(joined::add);
        return joined.toString();
    }

    /**
     * A number of hours the Dutch way: no needless decimals, a decimal comma ("40", "7,5").
     *
     * @param hours the hours
     * @return the text
     */
    public static String hours(double hours) {
        return BigDecimal.valueOf(hours).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /**
     * A count with its noun: "1 signaal", "3 signalen".
     *
     * @param count the count
     * @param one the noun for one
     * @param many the noun for any other count
     * @return the text
     */
    public static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    /**
     * The facts with the reason that names a caregiver's measurement appended: the instrument, the
     * score and (when given) the date, keys {@code overload.measurement} and
     * {@code overload.measurement.dated}; when a band or light-band reason among the facts names the
     * instrument and score already, only the date ({@code overload.measurement.date}), or nothing.
     * The facts as they are when there is no measurement.
     *
     * @param facts the reasons so far
     * @param caregiverId the caregiver
     * @param burden the caregiver's measurement, or null
     * @return the facts, with the measurement's reason last
     */
    public static List<Because> withMeasurement(List<Because> facts, String caregiverId,
            @Nullable BurdenMeasurement burden) {
        if (burden == null) {
            return facts;
        }
        boolean named = false;
        for (Because fact : facts) {
            named |= fact.key().startsWith("overload.burden.") || fact.key().startsWith("overload.measurement.light");
        }
        if (named && burden.assessedOn() == null) {
            return facts; // a band or light-band reason already names the instrument and the score
        }
        List<Because> all = new ArrayList<>(facts.size() + 1);
        all.addAll(facts);
        all.add(named
                ? Because.of("overload.measurement.date", "caregiverId", caregiverId, "assessedOn", burden.assessedOn())
                : measurement(caregiverId, burden));
        return all;
    }

    /** The reason that names a measurement: instrument, score and (when given) date. */
    public static Because measurement(String caregiverId, BurdenMeasurement burden) {
        return burden.assessedOn() == null
                ? Because.of("overload.measurement", "caregiverId", caregiverId, "instrument", burden.instrument(),
                        "score", burden.score())
                : Because.of("overload.measurement.dated", "caregiverId", caregiverId, "instrument",
                        burden.instrument(), "score", burden.score(), "assessedOn", burden.assessedOn());
    }

    /** The reason of a recent light measurement, which sets the risk factors aside. */
    public static Because lightMeasurement(String caregiverId, BurdenMeasurement burden) {
        return burden.assessedOn() == null
                ? Because.of("overload.measurement.light", "caregiverId", caregiverId, "instrument",
                        burden.instrument(), "score", burden.score())
                : Because.of("overload.measurement.light.dated", "caregiverId", caregiverId, "instrument",
                        burden.instrument(), "score", burden.score(), "assessedOn", burden.assessedOn());
    }

    /**
     * The kinds of the care tasks among these facts, without repeats (a reason's params sort them):
     * for a rule that collected whole tasks, because a collected kind would print in Drools' logs.
     *
     * @param tasks facts, of which the {@link nl.sofa.task.CareTask}s count
     * @return their kinds
     */
    public static java.util.Set<nl.sofa.task.TaskKind> kindsOf(Collection<?> tasks) {
        java.util.EnumSet<nl.sofa.task.TaskKind> kinds = java.util.EnumSet.noneOf(nl.sofa.task.TaskKind.class);
        for (Object task : tasks) {
            if (task instanceof nl.sofa.task.CareTask t) {
                kinds.add(t.kind());
            }
        }
        return kinds;
    }
}
