package nl.sofa.advice.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Suggestion;
import org.jspecify.annotations.Nullable;

/**
 * One suggestion as a person reads it.
 *
 * @param key which suggestion of the advice this is (for an ECD that links the line to its data)
 * @param priority the suggestion's priority
 * @param dueBy when the action should happen, or null
 * @param text the action in the reader's language, for example "Nagesprek plannen, enkele weken na het
 *     overlijden"
 * @param label the whole line: the action with what matters about it in brackets, for example "Nagesprek
 *     plannen, enkele weken na het overlijden (belangrijk, vóór 4 januari 2027)"; "nu" when it is due
 *     on or before the advice's reference date; in a focus list it starts with "Eerst:"
 * @param reasons why, headline first, with names where the name lookup gave them; never empty
 */
public record SuggestionLine(Suggestion.Key key, Priority priority, @Nullable LocalDate dueBy, String text,
        String label, List<String> reasons) {
    /** Copies the reasons. */
    public SuggestionLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a suggestion line needs its headline reason");
        }
    }

    /** The headline: why this action, in one sentence. */
    public String headline() {
        return reasons.get(0);
    }
}
