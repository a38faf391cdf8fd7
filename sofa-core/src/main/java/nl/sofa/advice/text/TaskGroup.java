package nl.sofa.advice.text;

import java.util.List;
import java.util.Objects;

/**
 * Everything about one care task together: its flags, then its suggestions.
 *
 * @param taskId the task's id as in the situation
 * @param heading the task with its name and, when the reasons name it, its kind in words, for example
 *     "Taak insuline: het geven van injecties"
 * @param flags the task's flags, most serious first
 * @param suggestions the task's suggestions, most important first (focus entries included: the task
 *     shows everything about it)
 */
public record TaskGroup(String taskId, String heading, List<FlagLine> flags, List<SuggestionLine> suggestions) {
    /** Copies the lists. */
    public TaskGroup {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(heading, "heading");
        flags = List.copyOf(flags);
        suggestions = List.copyOf(suggestions);
    }
}
