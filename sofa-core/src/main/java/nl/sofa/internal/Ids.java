package nl.sofa.internal;

/**
 * The rule every id in a situation obeys. Internal: not part of the API.
 */
public final class Ids {
    /** The longest id, in code points. */
    public static final int MAX_LENGTH = 128;
    /** The performer of a task done by a professional; no caregiver or volunteer may use it. */
    public static final String PROFESSIONAL = "PROFESSIONAL";

    private Ids() {
    }

    /**
     * Why {@code id} is not a valid id, or null when it is. The answer never repeats the id: ids sit
     * beside names in a record and an error message must not carry document values.
     */
    public static String problem(String id) {
        if (id.isBlank()) {
            return "must not be blank";
        }
        if (id.codePointCount(0, id.length()) > MAX_LENGTH) {
            return "must be at most " + MAX_LENGTH + " characters long";
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c)) {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (an unpaired surrogate)";
            }
        }
        return null;
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} when {@code id} is not valid. */
    public static String require(String id, String what) {
        if (id == null) {
            throw new NullPointerException(what + " is required");
        }
        String problem = problem(id);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
        return id;
    }
}
