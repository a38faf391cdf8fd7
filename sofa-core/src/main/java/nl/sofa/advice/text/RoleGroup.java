package nl.sofa.advice.text;

import java.util.List;
import java.util.Objects;
import nl.sofa.role.SofaRole;

/**
 * A person's suggestions of one SOFA role that concern no particular care task.
 *
 * @param role the role
 * @param heading the role in words with the caregiver's part in it, for example "Samenwerken (partner in
 *     zorg)"
 * @param suggestions the suggestions, most important first; never empty
 */
public record RoleGroup(SofaRole role, String heading, List<SuggestionLine> suggestions) {
    /** Copies the suggestions. */
    public RoleGroup {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(heading, "heading");
        suggestions = List.copyOf(suggestions);
    }
}
