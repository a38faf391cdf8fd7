package nl.sofa.engine.fact;

import java.util.Objects;

/**
 * A caregiver's burden measurement that is recent (rules-v2 §F): without a date, or taken at most
 * {@code Thresholds.recentMeasurementDays} days before the reference date. Inserted by the rule
 * {@code builtin.overload.measurement.recent}; a caregiver at raised risk without one is asked to be
 * measured (O-MEASURE).
 *
 * <p>Stable since 0.2.
 *
 * @param caregiverId the caregiver
 */
public record RecentMeasurement(String caregiverId) {
    /** Checks that the caregiver is present. */
    public RecentMeasurement {
        Objects.requireNonNull(caregiverId, "caregiverId");
    }
}
