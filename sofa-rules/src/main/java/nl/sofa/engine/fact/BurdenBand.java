package nl.sofa.engine.fact;

import java.util.Objects;

/**
 * The band a caregiver's measured burden falls in. Inserted by the rules
 * {@code builtin.overload.burden.*} (stratum {@link Strata#DERIVE}) when a measurement reaches the
 * moderate or heavy cut-off of its instrument; a caregiver without a measurement, or below the
 * moderate cut-off, has none.
 *
 * <p>Stable since 0.1.
 *
 * @param caregiverId the caregiver
 * @param level the band
 * @param ruleId the rule that placed the score in this band
 * @param reason one Dutch sentence naming the instrument and score
 */
public record BurdenBand(String caregiverId, Level level, String ruleId, Because reason) implements OverloadFactor {

    /** A band of measured burden. */
    public enum Level {
        /** Moderately burdened: the risk is at least ELEVATED. Factor code {@code BURDEN_SCORE_MODERATE}. */
        MODERATE(FactorCodes.BURDEN_SCORE_MODERATE),
        /** Heavily burdened ("zwaar belast"): the risk is HIGH. Factor code {@code BURDEN_SCORE_HEAVY}. */
        HEAVY(FactorCodes.BURDEN_SCORE_HEAVY);

        private final String code;

        Level(String code) {
            this.code = code;
        }

        /** The factor code of this band. */
        public String code() {
            return code;
        }
    }

    /** Checks that every part is present. */
    public BurdenBand {
        Objects.requireNonNull(caregiverId, "caregiverId");
        Objects.requireNonNull(level, "level");
        Explained.require(ruleId, reason);
    }

    @Override
    public String code() {
        return level.code();
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "BurdenBand[caregiverId=" + caregiverId + ", ruleId=" + ruleId + "]";
    }
}
