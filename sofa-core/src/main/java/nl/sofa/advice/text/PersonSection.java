package nl.sofa.advice.text;

import java.util.List;
import java.util.Objects;
import nl.sofa.advice.OverloadRisk;
import org.jspecify.annotations.Nullable;

/**
 * What the advice says about one caregiver or volunteer, or about the situation as a whole.
 *
 * @param personId the caregiver's or volunteer's id, or null for the section about the situation as a
 *     whole (derailment, no caregiver known)
 * @param heading the name and, for a caregiver, the overload risk in words, for example "Marie: een hoog
 *     risico op overbelasting"
 * @param overloadRisk the caregiver's overload risk; null for a volunteer and for the situation
 * @param focus what to do first: this person's entries of the advice's focus, in focus order, each
 *     label starting with "Eerst:"; an entry about a care task appears again in its task group (which
 *     shows everything about the task), an entry about no task appears only here
 * @param roles the other suggestions that concern no care task, by SOFA role (Samenwerken, Ondersteunen,
 *     Faciliteren, Afstemmen; roles without a suggestion left out)
 * @param tasks each care task this person performs, with its flags and suggestions; the task with
 *     the most serious flag first, then by task id
 * @param flags the flags about the person that concern no care task (overload, consent, young
 *     caregiver…), most serious first, with all their reasons
 */
public record PersonSection(
        @Nullable String personId,
        String heading,
        @Nullable OverloadRisk overloadRisk,
        List<SuggestionLine> focus,
        List<RoleGroup> roles,
        List<TaskGroup> tasks,
        List<FlagLine> flags) {
    /** Copies the lists. */
    public PersonSection {
        Objects.requireNonNull(heading, "heading");
        focus = List.copyOf(focus);
        roles = List.copyOf(roles);
        tasks = List.copyOf(tasks);
        flags = List.copyOf(flags);
    }

    /** Whether this section has nothing to show under its heading. */
    public boolean isEmpty() {
        return focus.isEmpty() && roles.isEmpty() && tasks.isEmpty() && flags.isEmpty();
    }
}
