package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.caregiver.OverloadSignal;

/**
 * One distinct overload signal observed in a caregiver. Inserted by the rule
 * {@code builtin.overload.signal} (stratum {@link Strata#DERIVE}), once per distinct entry of the
 * caregiver's {@code signals}.
 *
 * <p>Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param signal the signal
 * @param ruleId the rule that observed it
 * @param reason one Dutch sentence naming the signal
 */
public record ObservedSignal(String caregiverId, OverloadSignal signal, String ruleId, Because reason)
        implements OverloadFactor {

    /** Checks that every part is present. */
    public ObservedSignal {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Objects.requireNonNull(signal, "signal");
        Explained.require(ruleId, reason);
    }

    /** {@code SIGNAL_} and the signal's name, for example {@code SIGNAL_SLEEP_PROBLEMS}. */
    @Override
    public String code() {
        return FactorCodes.signal(signal);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "ObservedSignal[caregiverId=" + caregiverId + ", ruleId=" + ruleId + "]";
    }
}
