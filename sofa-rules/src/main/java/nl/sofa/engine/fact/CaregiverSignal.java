package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.caregiver.OverloadSignal;

/**
 * One overload signal observed in a caregiver, as a fact of its own: the engine inserts one per
 * distinct signal of {@code Caregiver.signals}, so that rules match signals without iterating the
 * caregiver's set ({@code from}), which would make the bare signal part of a rule's match and so of
 * Drools' own log lines. The rule {@code builtin.overload.signal} turns each into an
 * {@link ObservedSignal} that counts towards the level.
 *
 * <p>Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param signal the signal
 */
public record CaregiverSignal(String caregiverId, OverloadSignal signal) {
    /** Checks both are present. */
    public CaregiverSignal {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Objects.requireNonNull(signal, "signal");
    }

    /** Ids only: Drools copies a fact's {@code toString} into its logs. */
    @Override
    public String toString() {
        return "CaregiverSignal[caregiverId=" + caregiverId + "]";
    }
}
