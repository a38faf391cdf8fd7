package nl.sofa.engine.fact;

import java.util.Objects;
import nl.sofa.situation.Condition;

/**
 * One of the client's conditions, as a fact of its own: the engine inserts one per distinct
 * condition of {@code Client.conditions}, so that rules match conditions without iterating the
 * client's set ({@code from}), which would make the bare condition part of a rule's match and so of
 * Drools' own log lines.
 *
 * <p>Stable since 0.1.
 *
 * @param condition the condition
 */
public record ClientCondition(Condition condition) {
    /** Checks the condition is present. */
    public ClientCondition {
        Objects.requireNonNull(condition, "condition");
    }

    /** Says nothing of the condition: Drools copies a fact's {@code toString} into its logs. */
    @Override
    public String toString() {
        return "ClientCondition[…]";
    }
}
