package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.advice.Severity;

/**
 * How serious the signals of derailed informal care are (rules-v2 §D): CRITICAL when the client
 * has injuries, is neglected or money goes wrong, or a caregiver's risk of overload is HIGH; else
 * WARNING. Inserted at most once, by the rules {@code builtin.derailment.*} (stratum
 * {@link Strata#CONCLUDE}); while it is CRITICAL, safety comes before delegation.
 *
 * <p>Stable since 0.2.
 *
 * @param severity CRITICAL or WARNING
 */
public record DerailmentConcern(Severity severity) {
    /** Checks that the severity is present. */
    public DerailmentConcern {
        Objects.requireNonNull(severity, "severity");
    }

    /** Whether safety comes first. */
    public boolean critical() {
        return severity == Severity.CRITICAL;
    }
}
