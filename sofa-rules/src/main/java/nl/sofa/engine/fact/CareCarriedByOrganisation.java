package nl.sofa.engine.fact;

/**
 * The organisation carries the daily care (rules-v2 §F): the client lives in a residential setting,
 * a hospital or rehabilitation, and is not about to be discharged home. "Sole caregiver" then does
 * not apply. Inserted at most once by the rule {@code builtin.network.care-carried-by-organisation}.
 *
 * <p>Stable since 0.2.
 */
public record CareCarriedByOrganisation() {
}
