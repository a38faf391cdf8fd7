package nl.sofa.engine.fact;

/**
 * Who carries the client's daily care (rules-v2 §F): the organisation, when the client lives in a
 * residential setting, a hospital or rehabilitation and is not about to go home (DISCHARGE_HOME);
 * else the caregivers. "Sole caregiver" applies only when the caregivers carry it. Inserted exactly
 * once by the rules {@code builtin.network.daily-care.*}. Rules match it positively (not with
 * {@code not}), so that no rule of the same stratum can fire before it is known.
 *
 * <p>Stable since 0.2.
 *
 * @param byOrganisation whether the organisation carries the daily care
 */
public record DailyCare(boolean byOrganisation) {
}
