package nl.sofa.situation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import nl.sofa.internal.Collections2;
import nl.sofa.internal.Ids;

/**
 * The client (cliënt): the person who receives care and owns the care plan (zorgleefplan).
 *
 * @param id the client's id in the ECD
 * @param conditions the client's conditions; a repeated value counts once
 * @param carePlanSharedWith ids of caregivers the client has consented may see the care plan,
 *     sorted; a repeated id counts once
 * @param derailmentSignals signals of derailed informal care; a repeated value counts once
 */
public record Client(
        String id,
        Set<Condition> conditions,
        SortedSet<String> carePlanSharedWith,
        Set<DerailmentSignal> derailmentSignals) {

    /** @throws IllegalArgumentException when the id is blank or too long */
    public Client {
        Ids.require(id, "client id");
        conditions = Collections2.enumSet(Condition.class, conditions);
        carePlanSharedWith = Collections2.sortedStrings(carePlanSharedWith);
        derailmentSignals = Collections2.enumSet(DerailmentSignal.class, derailmentSignals);
    }

    /** A client with nothing known but the id. */
    public static Client of(String id) {
        return builder(id).build();
    }

    /** A builder for a client with this id. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** A builder holding this client's values. */
    public Builder toBuilder() {
        return new Builder(id).conditions(conditions).carePlanSharedWith(carePlanSharedWith)
                .derailmentSignals(derailmentSignals);
    }

    /** Builds a {@link Client}. */
    public static final class Builder {
        private final String id;
        private Collection<Condition> conditions = List.of();
        private Collection<String> carePlanSharedWith = List.of();
        private Collection<DerailmentSignal> derailmentSignals = List.of();

        private Builder(String id) {
            this.id = id;
        }

        /** Sets the conditions. */
        public Builder conditions(Collection<Condition> conditions) {
            this.conditions = List.copyOf(conditions);
            return this;
        }

        /** Sets the conditions. */
        public Builder conditions(Condition... conditions) {
            return conditions(List.of(conditions));
        }

        /** Sets the caregiver ids the client consented may see the care plan. */
        public Builder carePlanSharedWith(Collection<String> caregiverIds) {
            this.carePlanSharedWith = List.copyOf(caregiverIds);
            return this;
        }

        /** Sets the caregiver ids the client consented may see the care plan. */
        public Builder carePlanSharedWith(String... caregiverIds) {
            return carePlanSharedWith(List.of(caregiverIds));
        }

        /** Sets the derailment signals. */
        public Builder derailmentSignals(Collection<DerailmentSignal> signals) {
            this.derailmentSignals = List.copyOf(signals);
            return this;
        }

        /** Sets the derailment signals. */
        public Builder derailmentSignals(DerailmentSignal... signals) {
            return derailmentSignals(List.of(signals));
        }

        /** Builds the client. */
        public Client build() {
            return new Client(id, Collections2.enumSet(Condition.class, conditions),
                    Collections2.sortedStrings(carePlanSharedWith),
                    Collections2.enumSet(DerailmentSignal.class, derailmentSignals));
        }
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "Client[id=" + id + "]";
    }
}
