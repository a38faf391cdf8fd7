package nl.sofa.role;

/**
 * The four roles a caregiver plays towards the professional in the SOFA model. Each action in the
 * catalog belongs to one role; the engine suggests at least one action of every role for every
 * caregiver, so that a professional never sees only one side (for example only the overload).
 *
 * <p>The names are the workbook's own Dutch verbs, kept as names. Stable since 0.1.
 */
public enum SofaRole {
    /** Samenwerken: the caregiver as partner in care ("partner in zorg"). */
    SAMENWERKEN('S', "partner in zorg", "partner in care"),
    /** Ondersteunen: the caregiver as possible help-seeker ("mogelijke hulpvrager"). */
    ONDERSTEUNEN('O', "mogelijke hulpvrager", "possible help-seeker"),
    /** Faciliteren: the caregiver as personally involved ("persoonlijk betrokkene"). */
    FACILITEREN('F', "persoonlijk betrokkene", "personally involved"),
    /** Afstemmen: the caregiver as expert with experiential knowledge ("expert"). */
    AFSTEMMEN('A', "expert", "expert");

    private final char letter;
    private final String labelNl;
    private final String labelEn;

    SofaRole(char letter, String labelNl, String labelEn) {
        this.letter = letter;
        this.labelNl = labelNl;
        this.labelEn = labelEn;
    }

    /** The letter of the role in the SOFA acronym and in catalog ids ({@code S-B1}). */
    public char letter() {
        return letter;
    }

    /** The workbook's Dutch label of the caregiver in this role. */
    public String labelNl() {
        return labelNl;
    }

    /** An English label of the caregiver in this role. */
    public String labelEn() {
        return labelEn;
    }
}
