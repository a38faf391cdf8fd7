package nl.sofa.task;

import java.time.LocalDate;
import nl.sofa.internal.Dates;
import org.jspecify.annotations.Nullable;

/**
 * What was agreed about a care task (the relational boundary): recorded, willing, able,
 * instructed, and when it is to be evaluated. The JSON object {@code {}} is an agreement with
 * every field at its default ({@link #defaults()}).
 *
 * @param recordedInCarePlan whether it is recorded in the care plan (zorgleefplan); default false
 * @param caregiverWilling whether the caregiver is willing to do the task; default true
 * @param caregiverAble whether the caregiver is able to do the task; default true
 * @param instructionGiven whether fitting instruction was given; default false
 * @param nextEvaluation when the agreement is due to be evaluated, or null when no date is set;
 *     within the years 0000 to 9999
 */
public record Agreement(
        boolean recordedInCarePlan,
        boolean caregiverWilling,
        boolean caregiverAble,
        boolean instructionGiven,
        @Nullable LocalDate nextEvaluation) {

    private static final Agreement DEFAULTS = new Agreement(false, true, true, false, null);

    /** @throws IllegalArgumentException when the date is outside the years the contract can write */
    public Agreement {
        Dates.require(nextEvaluation, "nextEvaluation");
    }

    /** An agreement with every field at its default: not recorded, willing, able, not instructed. */
    public static Agreement defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder holding this agreement's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds an {@link Agreement}. */
    public static final class Builder {
        private boolean recordedInCarePlan;
        private boolean caregiverWilling;
        private boolean caregiverAble;
        private boolean instructionGiven;
        private LocalDate nextEvaluation;

        private Builder(Agreement from) {
            recordedInCarePlan = from.recordedInCarePlan;
            caregiverWilling = from.caregiverWilling;
            caregiverAble = from.caregiverAble;
            instructionGiven = from.instructionGiven;
            nextEvaluation = from.nextEvaluation;
        }

        /** Sets whether the agreement is recorded in the care plan. */
        public Builder recordedInCarePlan(boolean value) {
            recordedInCarePlan = value;
            return this;
        }

        /** Sets whether the caregiver is willing. */
        public Builder caregiverWilling(boolean value) {
            caregiverWilling = value;
            return this;
        }

        /** Sets whether the caregiver is able. */
        public Builder caregiverAble(boolean value) {
            caregiverAble = value;
            return this;
        }

        /** Sets whether instruction was given. */
        public Builder instructionGiven(boolean value) {
            instructionGiven = value;
            return this;
        }

        /** Sets the next evaluation date, or null for none. */
        public Builder nextEvaluation(@Nullable LocalDate value) {
            nextEvaluation = value;
            return this;
        }

        /** Builds the agreement. */
        public Agreement build() {
            return new Agreement(recordedInCarePlan, caregiverWilling, caregiverAble, instructionGiven,
                    nextEvaluation);
        }
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "Agreement[…]";
    }
}
