package nl.sofa.caregiver;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sofa.internal.Collections2;
import nl.sofa.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * An informal caregiver (mantelzorger) of the client.
 *
 * @param id unique across caregivers and volunteers; not {@code PROFESSIONAL}
 * @param relationToClient what the caregiver is to the client
 * @param hoursPerWeek hours of care a week, 0 to 168
 * @param monthsCaring months of caring so far, 0 to 1200
 * @param livesWithClient whether the caregiver lives with the client
 * @param employed whether the caregiver combines care with paid work, school or study
 * @param age the caregiver's age, 5 to 120, or null when not known
 * @param primaryContact whether this is the primary contact (at most one per situation)
 * @param burden the measured burden, or null when none was measured
 * @param signals the overload signals observed; a repeated signal counts once
 */
public record Caregiver(
        String id,
        RelationToClient relationToClient,
        double hoursPerWeek,
        int monthsCaring,
        boolean livesWithClient,
        boolean employed,
        @Nullable Integer age,
        boolean primaryContact,
        @Nullable BurdenMeasurement burden,
        Set<OverloadSignal> signals) {

    /** The most hours a week has. */
    public static final int MAX_HOURS_PER_WEEK = 168;
    /** The most months of caring accepted (a hundred years). */
    public static final int MAX_MONTHS_CARING = 1200;
    /** The youngest caregiver age accepted. */
    public static final int MIN_AGE = 5;
    /** The oldest caregiver age accepted. */
    public static final int MAX_AGE = 120;

    /** @throws IllegalArgumentException when a value is out of range */
    public Caregiver {
        Ids.require(id, "caregiver id");
        if (Ids.PROFESSIONAL.equals(id)) {
            throw new IllegalArgumentException("caregiver id must not be PROFESSIONAL (reserved)");
        }
        Objects.requireNonNull(relationToClient, "relationToClient is required");
        if (!(hoursPerWeek >= 0 && hoursPerWeek <= MAX_HOURS_PER_WEEK)) {
            throw new IllegalArgumentException("hoursPerWeek must be between 0 and " + MAX_HOURS_PER_WEEK);
        }
        if (monthsCaring < 0 || monthsCaring > MAX_MONTHS_CARING) {
            throw new IllegalArgumentException("monthsCaring must be between 0 and " + MAX_MONTHS_CARING);
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new IllegalArgumentException("age must be between " + MIN_AGE + " and " + MAX_AGE);
        }
        hoursPerWeek = hoursPerWeek + 0.0; // -0.0 becomes 0.0, so that equal situations are equal records
        signals = Collections2.enumSet(OverloadSignal.class, signals);
    }

    /** A builder for a caregiver with this id; relation, hours and months must be set. */
    public static Builder builder(String id) {
        return new Builder().id(id);
    }

    /** A builder holding this caregiver's values. */
    public Builder toBuilder() {
        return new Builder().id(id).relationToClient(relationToClient).hoursPerWeek(hoursPerWeek)
                .monthsCaring(monthsCaring).livesWithClient(livesWithClient).employed(employed).age(age)
                .primaryContact(primaryContact).burden(burden).signals(signals);
    }

    /** Builds a {@link Caregiver}; optional values default as in the JSON contract. */
    public static final class Builder {
        private String id;
        private RelationToClient relationToClient;
        private Double hoursPerWeek;
        private Integer monthsCaring;
        private boolean livesWithClient;
        private boolean employed;
        private Integer age;
        private boolean primaryContact;
        private BurdenMeasurement burden;
        private Set<OverloadSignal> signals = Set.of();

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets what the caregiver is to the client (required). */
        public Builder relationToClient(RelationToClient relationToClient) {
            this.relationToClient = relationToClient;
            return this;
        }

        /** Sets the hours of care a week (required). */
        public Builder hoursPerWeek(double hoursPerWeek) {
            this.hoursPerWeek = hoursPerWeek;
            return this;
        }

        /** Sets the months of caring (required). */
        public Builder monthsCaring(int monthsCaring) {
            this.monthsCaring = monthsCaring;
            return this;
        }

        /** Sets whether the caregiver lives with the client (default false). */
        public Builder livesWithClient(boolean livesWithClient) {
            this.livesWithClient = livesWithClient;
            return this;
        }

        /** Sets whether the caregiver has paid work, school or study (default false). */
        public Builder employed(boolean employed) {
            this.employed = employed;
            return this;
        }

        /** Sets the age, or null when not known (the default). */
        public Builder age(@Nullable Integer age) {
            this.age = age;
            return this;
        }

        /** Sets whether this is the primary contact (default false). */
        public Builder primaryContact(boolean primaryContact) {
            this.primaryContact = primaryContact;
            return this;
        }

        /** Sets the measured burden, or null when none was measured (the default). */
        public Builder burden(@Nullable BurdenMeasurement burden) {
            this.burden = burden;
            return this;
        }

        /** Sets the observed overload signals (default none). */
        public Builder signals(Collection<OverloadSignal> signals) {
            this.signals = Set.copyOf(signals);
            return this;
        }

        /** Sets the observed overload signals. */
        public Builder signals(OverloadSignal... signals) {
            return signals(List.of(signals));
        }

        /**
         * @throws IllegalArgumentException when a value is out of range
         * @throws IllegalStateException when hours or months were not set
         */
        public Caregiver build() {
            if (hoursPerWeek == null) {
                throw new IllegalStateException("hoursPerWeek is required");
            }
            if (monthsCaring == null) {
                throw new IllegalStateException("monthsCaring is required");
            }
            return new Caregiver(id, relationToClient, hoursPerWeek, monthsCaring, livesWithClient,
                    employed, age, primaryContact, burden, signals);
        }
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "Caregiver[id=" + id + "]";
    }
}
