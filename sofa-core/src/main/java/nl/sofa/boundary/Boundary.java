package nl.sofa.boundary;

/**
 * The four boundaries on who does which care task (workbook, theme "Grenzen verkennen"). A flag
 * about a care task names the boundary it touches.
 *
 * <p>The names are the workbook's own. Stable since 0.1.
 */
public enum Boundary {
    /**
     * Wettelijk (legal): the law sets no limit on what caregivers may do and they answer for their
     * own acts; the Dutch BIG act reserves some acts for professionals acting professionally.
     */
    WETTELIJK,
    /**
     * Functioneel (functional): the organisation's policy on care tasks by caregivers, how
     * agreements are recorded and how caregivers are instructed.
     */
    FUNCTIONEEL,
    /** Persoonlijk (personal): the professional's own view; doubts are discussed in the team. */
    PERSOONLIJK,
    /**
     * Relationeel (relational): agreeing with client and caregiver who does what, within the
     * caregiver's wishes and abilities, and evaluating it regularly.
     */
    RELATIONEEL
}
