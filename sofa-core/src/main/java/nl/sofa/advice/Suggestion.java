package nl.sofa.advice;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.role.SofaRole;
import org.jspecify.annotations.Nullable;

/**
 * An action suggested to the professional, with the rules that suggested it and why.
 *
 * @param action the catalog id of the action
 * @param role the action's SOFA role, from the catalog
 * @param phase the action's phase, from the catalog
 * @param caregiverId the caregiver (or volunteer) it concerns, or null
 * @param taskId the care task it concerns, or null
 * @param priority how much it matters now
 * @param dueBy when the action should happen, where a rule sets it; else null
 * @param text the action's texts, from the catalog
 * @param rules the ids of the rules that suggested it: at least one, sorted, no repeats
 * @param reasons why: at least one, no two with the same key and params; the headline (the reason of
 *     the rule that gave the suggestion its priority) first, then the facts behind it in
 *     {@link Reason#FACT_ORDER}
 */
public record Suggestion(
        String action,
        SofaRole role,
        ActionPhase phase,
        @Nullable String caregiverId,
        @Nullable String taskId,
        Priority priority,
        @Nullable LocalDate dueBy,
        LocalizedText text,
        List<String> rules,
        List<Reason> reasons) {

    /**
     * The order of the contract: priority (HIGH first), then caregiverId (nulls first), then action
     * id, then taskId (nulls first); strings by {@link String#compareTo}.
     */
    public static final Comparator<Suggestion> CONTRACT_ORDER = Suggestion::compareInContractOrder;

    /** Sorts the rules and checks that rules and reasons each have at least one entry. */
    public Suggestion {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(text, "text");
        rules = Explained.sorted(rules, "rules", action);
        reasons = Explained.reasons(reasons, action);
    }

    // Written out rather than chained with Comparator.comparing(...).thenComparing(...): the same
    // order, without the megamorphic lambda calls that made sorting a large part of an advice's cost.
    private static int compareInContractOrder(Suggestion a, Suggestion b) {
        int c = b.priority.compareTo(a.priority);
        if (c != 0) {
            return c;
        }
        c = Flag.compareNullsFirst(a.caregiverId, b.caregiverId);
        if (c != 0) {
            return c;
        }
        c = a.action.compareTo(b.action);
        return c != 0 ? c : Flag.compareNullsFirst(a.taskId, b.taskId);
    }

    /** The key under which suggestions merge: (action, caregiverId, taskId). */
    public Key key() {
        return new Key(action, caregiverId, taskId);
    }

    /**
     * What makes a suggestion the same suggestion: two with the same key are merged.
     *
     * @param action the action id
     * @param caregiverId the caregiver id, or null
     * @param taskId the task id, or null
     */
    public record Key(String action, @Nullable String caregiverId, @Nullable String taskId) {
        // equals and hashCode written out (same meaning as a record's): the generated ones go
        // through method handles, which showed up when advice with many entries is checked.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && action.equals(k.action) && Objects.equals(caregiverId, k.caregiverId)
                    && Objects.equals(taskId, k.taskId);
        }

        @Override
        public int hashCode() {
            return (action.hashCode() * 31 + Objects.hashCode(caregiverId)) * 31 + Objects.hashCode(taskId);
        }
    }
}
