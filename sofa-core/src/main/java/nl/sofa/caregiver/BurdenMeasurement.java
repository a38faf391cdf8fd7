package nl.sofa.caregiver;

import java.time.LocalDate;
import java.util.Objects;
import nl.sofa.internal.Dates;
import org.jspecify.annotations.Nullable;

/**
 * A caregiver's burden as measured with a validated instrument.
 *
 * @param instrument the instrument used
 * @param score the score, within the instrument's range
 * @param assessedOn when it was measured, or null when not known; within the years 0000 to 9999
 */
public record BurdenMeasurement(BurdenInstrument instrument, int score, @Nullable LocalDate assessedOn) {

    /**
     * @throws IllegalArgumentException when the score is outside the instrument's range, or the
     *     date outside the years the contract can write
     */
    public BurdenMeasurement {
        Objects.requireNonNull(instrument, "instrument is required");
        if (!instrument.accepts(score)) {
            throw new IllegalArgumentException("score must be between " + instrument.minScore()
                    + " and " + instrument.maxScore() + " for " + instrument);
        }
        Dates.require(assessedOn, "assessedOn");
    }

    /** A measurement without a date. */
    public static BurdenMeasurement of(BurdenInstrument instrument, int score) {
        return new BurdenMeasurement(instrument, score, null);
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "BurdenMeasurement[instrument=" + instrument + "]";
    }
}
