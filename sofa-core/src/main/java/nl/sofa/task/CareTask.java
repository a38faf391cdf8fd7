package nl.sofa.task;

import java.util.Objects;
import nl.sofa.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * A care task (zorghandeling) done by someone from the informal network or by a professional.
 *
 * @param id unique among tasks
 * @param kind what the task is
 * @param performedBy a caregiver id, a volunteer id, or {@link #PROFESSIONAL}
 * @param professionalReservations whether a professional has personal doubts about this task being
 *     done by this person (the personal boundary)
 * @param agreement what was agreed about it, or null when no agreement was made
 */
public record CareTask(
        String id,
        TaskKind kind,
        String performedBy,
        boolean professionalReservations,
        @Nullable Agreement agreement) {

    /** The {@link #performedBy} of a task done by a professional. */
    public static final String PROFESSIONAL = Ids.PROFESSIONAL;

    /** @throws IllegalArgumentException when an id is blank or too long */
    public CareTask {
        Ids.require(id, "task id");
        Objects.requireNonNull(kind, "kind is required");
        Ids.require(performedBy, "performedBy");
    }

    /** A builder for a task; kind and performer must be set. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** Whether a professional performs this task. */
    public boolean performedByProfessional() {
        return PROFESSIONAL.equals(performedBy);
    }

    /** A builder holding this task's values. */
    public Builder toBuilder() {
        return new Builder().id(id).kind(kind).performedBy(performedBy)
                .professionalReservations(professionalReservations).agreement(agreement);
    }

    /** Builds a {@link CareTask}. */
    public static final class Builder {
        private String id;
        private TaskKind kind;
        private String performedBy;
        private boolean professionalReservations;
        private Agreement agreement;

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the kind (required). */
        public Builder kind(TaskKind kind) {
            this.kind = kind;
            return this;
        }

        /** Sets the performer: a caregiver id, a volunteer id or {@link #PROFESSIONAL} (required). */
        public Builder performedBy(String performedBy) {
            this.performedBy = performedBy;
            return this;
        }

        /** Sets whether a professional has reservations (default false). */
        public Builder professionalReservations(boolean value) {
            this.professionalReservations = value;
            return this;
        }

        /** Sets the agreement, or null for none (the default). */
        public Builder agreement(@Nullable Agreement agreement) {
            this.agreement = agreement;
            return this;
        }

        /** Builds the task. */
        public CareTask build() {
            return new CareTask(id, kind, performedBy, professionalReservations, agreement);
        }
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "CareTask[id=" + id + ", performedBy=" + performedBy + "]";
    }
}
