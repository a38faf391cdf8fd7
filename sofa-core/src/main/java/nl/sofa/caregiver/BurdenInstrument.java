package nl.sofa.caregiver;

/**
 * A validated instrument that measures a caregiver's burden, with its score range. The cut-offs
 * that turn a score into a band are the rules' (see the engine's thresholds), not the model's.
 *
 * <p>Stable since 0.1.
 */
public enum BurdenInstrument {
    /** EDIZ-plus (Ervaren Druk door Informele Zorg), scored 0 to 15. */
    EDIZ_PLUS(0, 15),
    /** Caregiver Strain Index (Robinson 1983), scored 0 to 13. */
    CSI(0, 13),
    /**
     * Zarit Burden Interview, 22 items, scored 0 to 88. The instrument is licensed: SOFA accepts a
     * score and never embeds its items.
     */
    ZBI(0, 88);

    private final int minScore;
    private final int maxScore;

    BurdenInstrument(int minScore, int maxScore) {
        this.minScore = minScore;
        this.maxScore = maxScore;
    }

    /** The lowest score the instrument gives. */
    public int minScore() {
        return minScore;
    }

    /** The highest score the instrument gives. */
    public int maxScore() {
        return maxScore;
    }

    /** Whether {@code score} is within this instrument's range. */
    public boolean accepts(long score) {
        return score >= minScore && score <= maxScore;
    }
}
