package nl.sofa.engine.fact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.sofa.advice.Priority;
import org.jspecify.annotations.Nullable;

/**
 * An output fact: a rule suggests an action of the catalog. The engine gathers every
 * {@code SuggestedAction} once the rules are done and merges those with the same
 * (action, caregiverId, taskId) into one suggestion of the advice, keeping the highest priority
 * and every rule id and reason; role, phase and texts come from the catalog. The reason of the fact
 * with the highest priority (on a tie, of the smallest rule id) becomes the suggestion's headline;
 * every other reason, and the {@code facts} of every fact, follow it. When merged facts carry
 * several {@code dueBy} dates, the earliest is kept.
 *
 * <p>The engine refuses (as an {@link nl.sofa.engine.EvaluationException} naming the rule) an
 * action that is not in the catalog or does not belong to the situation's phase, and a
 * caregiverId or taskId that is not in the situation. Stable since 0.1.
 *
 * @param action the catalog id of the action
 * @param caregiverId the caregiver (or volunteer) it concerns, or null
 * @param taskId the care task it concerns, or null
 * @param priority how much it matters now
 * @param ruleId the id of the rule that suggests it ({@code drools.getRule().getName()})
 * @param reason why this action: the headline when this fact gives the suggestion its priority
 * @param facts further reasons: the facts behind it (may be empty)
 * @param dueBy when the action should happen, or null
 */
public record SuggestedAction(
        String action,
        @Nullable String caregiverId,
        @Nullable String taskId,
        Priority priority,
        String ruleId,
        Because reason,
        List<Because> facts,
        @Nullable LocalDate dueBy) {

    /** Checks that the required parts are present. */
    public SuggestedAction {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(priority, "priority");
        Explained.require(ruleId, reason);
        facts = List.copyOf(facts);
    }

    /** A suggestion with one reason and no date. */
    public SuggestedAction(String action, @Nullable String caregiverId, @Nullable String taskId, Priority priority,
            String ruleId, Because reason) {
        this(action, caregiverId, taskId, priority, ruleId, reason, List.of(), null);
    }

    /** A suggestion with a headline reason and the facts behind it, and no date. */
    public SuggestedAction(String action, @Nullable String caregiverId, @Nullable String taskId, Priority priority,
            String ruleId, Because reason, List<Because> facts) {
        this(action, caregiverId, taskId, priority, ruleId, reason, facts, null);
    }

    /**
     * Ids and counts only: Drools copies a fact's {@code toString} into its messages and logs, and a
     * record's own would print values from the situation (reasons, codes, dates).
     */
    @Override
    public String toString() {
        return "SuggestedAction[action=" + action + ", caregiverId=" + caregiverId + ", taskId=" + taskId
                + ", ruleId=" + ruleId + "]";
    }
}
