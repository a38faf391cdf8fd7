package nl.sofa.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.internal.Dates;
import nl.sofa.internal.Ids;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.task.CareTask;
import org.jspecify.annotations.Nullable;

/**
 * Everything the engine needs to know about one client's informal care at one moment: the input
 * of the JSON contract v1. A {@code Situation} that exists is valid: the constructor checks every
 * rule of the contract that spans more than one field (unique ids, known performers, one primary
 * contact, the ending reason) and throws {@link InvalidSituationException} with the path of the
 * first problem.
 *
 * @param id the situation's id, echoed in the advice
 * @param referenceDate the date the advice is "as of", or null for today (Europe/Amsterdam) at
 *     evaluation; within the years 0000 to 9999, as the contract writes dates
 * @param setting where the client receives care, or null when not known
 * @param phase the contact phase
 * @param endingReason why care ends; present exactly when the phase is {@link Phase#ENDING}
 * @param client the client
 * @param caregivers the informal caregivers, in the ECD's order
 * @param volunteers the care volunteers
 * @param careTasks the care tasks
 * @param policy the organisation's policy on care tasks, or null when none is known (then no task
 *     is judged against one)
 */
public record Situation(
        String id,
        @Nullable LocalDate referenceDate,
        @Nullable Setting setting,
        Phase phase,
        @Nullable EndingReason endingReason,
        Client client,
        List<Caregiver> caregivers,
        List<Volunteer> volunteers,
        List<CareTask> careTasks,
        @Nullable Policy policy) {

    /**
     * The version of the JSON contract this model implements, and that a situation is written with.
     * Reading accepts version 1 documents too (contract v2 §1).
     */
    public static final int SCHEMA_VERSION = 2;

    /** @throws InvalidSituationException naming the first problem, in the order of the fields */
    public Situation {
        requireId(id, "$.id");
        String dateProblem = Dates.problem(referenceDate);
        if (dateProblem != null) {
            throw new InvalidSituationException("$.referenceDate", dateProblem);
        }
        if (phase == null) {
            throw new InvalidSituationException("$.phase", "phase is required");
        }
        if (phase == Phase.ENDING && endingReason == null) {
            throw new InvalidSituationException("$.endingReason", "endingReason is required when phase is ENDING");
        }
        if (phase != Phase.ENDING && endingReason != null) {
            throw new InvalidSituationException("$.endingReason", "endingReason is only allowed when phase is ENDING");
        }
        if (client == null) {
            throw new InvalidSituationException("$.client", "client is required");
        }
        caregivers = copy(caregivers, "$.caregivers");
        volunteers = copy(volunteers, "$.volunteers");
        careTasks = copy(careTasks, "$.careTasks");

        // The client comes before the caregivers (in the record and in a document): its consents are
        // judged first, against every caregiver id, as the reader does.
        Set<String> caregiverIds = new HashSet<>();
        caregivers.forEach(caregiver -> caregiverIds.add(caregiver.id()));
        int shared = 0;
        for (String caregiverId : client.carePlanSharedWith()) {
            if (!caregiverIds.contains(caregiverId)) {
                throw new InvalidSituationException("$.client.carePlanSharedWith[" + shared + "]",
                        "carePlanSharedWith must name a caregiver of this situation");
            }
            shared++;
        }
        Map<String, Boolean> isCaregiver = new HashMap<>();
        boolean primarySeen = false;
        for (int i = 0; i < caregivers.size(); i++) {
            Caregiver caregiver = caregivers.get(i);
            if (isCaregiver.putIfAbsent(caregiver.id(), Boolean.TRUE) != null) {
                throw new InvalidSituationException("$.caregivers[" + i + "].id", "id is used more than once");
            }
            if (caregiver.primaryContact()) {
                if (primarySeen) {
                    throw new InvalidSituationException("$.caregivers[" + i + "].primaryContact",
                            "at most one caregiver may be the primary contact");
                }
                primarySeen = true;
            }
        }
        for (int i = 0; i < volunteers.size(); i++) {
            if (isCaregiver.putIfAbsent(volunteers.get(i).id(), Boolean.FALSE) != null) {
                throw new InvalidSituationException("$.volunteers[" + i + "].id", "id is used more than once");
            }
        }
        Set<String> taskIds = new HashSet<>();
        for (int i = 0; i < careTasks.size(); i++) {
            CareTask task = careTasks.get(i);
            if (!taskIds.add(task.id())) {
                throw new InvalidSituationException("$.careTasks[" + i + "].id", "id is used more than once");
            }
            if (!task.performedByProfessional() && !isCaregiver.containsKey(task.performedBy())) {
                throw new InvalidSituationException("$.careTasks[" + i + "].performedBy",
                        "performedBy must name a caregiver, a volunteer or PROFESSIONAL");
            }
        }
    }

    private static void requireId(String id, String path) {
        if (id == null) {
            throw new InvalidSituationException(path, "id is required");
        }
        String problem = Ids.problem(id);
        if (problem != null) {
            throw new InvalidSituationException(path, "id " + problem);
        }
    }

    private static <T> List<T> copy(List<T> list, String path) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new InvalidSituationException(path + "[" + i + "]", "must not be null");
            }
        }
        return List.copyOf(list);
    }

    /** A builder for a situation with this id and phase. */
    public static Builder builder(String id, Phase phase) {
        return new Builder().id(id).phase(phase);
    }

    /** A builder holding this situation's values. */
    public Builder toBuilder() {
        return new Builder().id(id).referenceDate(referenceDate).setting(setting).phase(phase)
                .endingReason(endingReason).client(client).caregivers(caregivers).volunteers(volunteers)
                .careTasks(careTasks).policy(policy);
    }

    /** Builds a {@link Situation}; {@link #build()} checks the whole. */
    public static final class Builder {
        private String id;
        private LocalDate referenceDate;
        private Setting setting;
        private Phase phase;
        private EndingReason endingReason;
        private Client client;
        private List<Caregiver> caregivers = new ArrayList<>();
        private List<Volunteer> volunteers = new ArrayList<>();
        private List<CareTask> careTasks = new ArrayList<>();
        private Policy policy;

        private Builder() {
        }

        /** Sets the id. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Sets the reference date, or null for today at evaluation. */
        public Builder referenceDate(@Nullable LocalDate referenceDate) {
            this.referenceDate = referenceDate;
            return this;
        }

        /** Sets the setting, or null when not known. */
        public Builder setting(@Nullable Setting setting) {
            this.setting = setting;
            return this;
        }

        /** Sets the phase. */
        public Builder phase(Phase phase) {
            this.phase = phase;
            return this;
        }

        /** Sets the ending reason (only with phase ENDING). */
        public Builder endingReason(@Nullable EndingReason endingReason) {
            this.endingReason = endingReason;
            return this;
        }

        /** Sets the client. */
        public Builder client(Client client) {
            this.client = client;
            return this;
        }

        /** Replaces the caregivers. */
        public Builder caregivers(Collection<Caregiver> caregivers) {
            this.caregivers = new ArrayList<>(caregivers);
            return this;
        }

        /** Adds a caregiver. */
        public Builder addCaregiver(Caregiver caregiver) {
            caregivers.add(Objects.requireNonNull(caregiver, "caregiver"));
            return this;
        }

        /** Replaces the volunteers. */
        public Builder volunteers(Collection<Volunteer> volunteers) {
            this.volunteers = new ArrayList<>(volunteers);
            return this;
        }

        /** Adds a volunteer. */
        public Builder addVolunteer(Volunteer volunteer) {
            volunteers.add(Objects.requireNonNull(volunteer, "volunteer"));
            return this;
        }

        /** Replaces the care tasks. */
        public Builder careTasks(Collection<CareTask> careTasks) {
            this.careTasks = new ArrayList<>(careTasks);
            return this;
        }

        /** Adds a care task. */
        public Builder addCareTask(CareTask careTask) {
            careTasks.add(Objects.requireNonNull(careTask, "careTask"));
            return this;
        }

        /** Sets the policy, or null when none is known. */
        public Builder policy(@Nullable Policy policy) {
            this.policy = policy;
            return this;
        }

        /** @throws InvalidSituationException naming the first problem */
        public Situation build() {
            return new Situation(id, referenceDate, setting, phase, endingReason, client, caregivers,
                    volunteers, careTasks, policy);
        }
    }

    /** Ids and counts only: a record's own toString would print health data into logs and errors. */
    @Override
    public String toString() {
        return "Situation[id=" + id + ", caregivers=" + caregivers.size() + ", volunteers=" + volunteers.size()
                + ", careTasks=" + careTasks.size() + "]";
    }
}
