package nl.sofa.catalog;

import java.util.Objects;
import java.util.regex.Pattern;
import nl.sofa.role.SofaRole;

/**
 * An action the engine may suggest to the professional: a stable id (never reused, never
 * renumbered), the SOFA role it serves, the phase it belongs to, and its text.
 *
 * @param id the stable id, for example {@code S-B1}, {@code V-RESPITE} or a pack's
 *     {@code acme.REFER-REGIO}
 * @param role the SOFA role
 * @param phase the phase, or {@link ActionPhase#ANY}
 * @param text the Dutch and English text
 */
public record Action(String id, SofaRole role, ActionPhase phase, LocalizedText text) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** @throws IllegalArgumentException when the id is not 1 to 64 letters, digits, '.', '_' or '-' */
    public Action {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("action id must be 1 to 64 letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit: " + id);
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(text, "text");
    }
}
