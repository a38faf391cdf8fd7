package nl.sofa.testkit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * The simpler situations to try in place of a failing one, biggest simplification first: drop
 * whole groups, then single caregivers, volunteers and tasks (with what refers to them), then
 * client and policy lists, optional fields, flags and numbers, enums towards their first constant,
 * and finally ids towards {@code cg-1}, {@code vw-1}, {@code t-1}.
 *
 * <p>Every candidate is a valid situation: dropping a caregiver drops the tasks it performs and its
 * entry in {@code carePlanSharedWith}; dropping a volunteer drops its tasks; renaming an id renames
 * every reference to it. Every candidate is smaller by a well-founded measure (fewer entities,
 * fewer list entries, more fields absent or at their default, smaller numbers, lower enum
 * constants, more canonical ids), so repeated shrinking ends. Candidates are built lazily and in a
 * fixed order: shrinking is deterministic.
 */
public final class SituationShrinker {
    private SituationShrinker() {
    }

    public static Stream<Situation> shrink(Situation s) {
        List<Supplier<Situation>> candidates = new ArrayList<>();
        int caregivers = s.caregivers().size();
        int volunteers = s.volunteers().size();
        int tasks = s.careTasks().size();

        // Whole groups, then one entity at a time.
        if (caregivers > 1 || caregivers == 1 && (volunteers > 0 || tasks > 0)) {
            candidates.add(() -> withoutCaregivers(s, i -> true));
        }
        if (volunteers > 1) {
            candidates.add(() -> withoutVolunteers(s, i -> true));
        }
        if (tasks > 1) {
            candidates.add(() -> s.toBuilder().careTasks(List.of()).build());
        }
        if (caregivers > 1) {
            candidates.add(() -> withoutCaregivers(s, i -> i >= (caregivers + 1) / 2));
            candidates.add(() -> withoutCaregivers(s, i -> i < caregivers / 2));
        }
        if (tasks > 1) {
            candidates.add(() -> s.toBuilder().careTasks(s.careTasks().subList(0, tasks / 2)).build());
            candidates.add(() -> s.toBuilder().careTasks(s.careTasks().subList(tasks / 2, tasks)).build());
        }
        for (int i = 0; i < caregivers; i++) {
            int index = i;
            candidates.add(() -> withoutCaregivers(s, j -> j == index));
        }
        for (int i = 0; i < volunteers; i++) {
            int index = i;
            candidates.add(() -> withoutVolunteers(s, j -> j == index));
        }
        for (int i = 0; i < tasks; i++) {
            int index = i;
            candidates.add(() -> {
                List<CareTask> fewer = new ArrayList<>(s.careTasks());
                fewer.remove(index);
                return s.toBuilder().careTasks(fewer).build();
            });
        }

        // The situation's own fields, the client and the policy.
        if (s.policy() != null) {
            candidates.add(() -> s.toBuilder().policy(null).build());
        }
        Client client = s.client();
        for (Set<Condition> fewer : enumSetShrinks(client.conditions(), Condition.class)) {
            candidates.add(() -> s.toBuilder().client(client.toBuilder().conditions(fewer).build()).build());
        }
        for (Set<DerailmentSignal> fewer : enumSetShrinks(client.derailmentSignals(), DerailmentSignal.class)) {
            candidates.add(() -> s.toBuilder().client(client.toBuilder().derailmentSignals(fewer).build()).build());
        }
        for (String shared : client.carePlanSharedWith()) {
            candidates.add(() -> {
                Set<String> fewer = new HashSet<>(client.carePlanSharedWith());
                fewer.remove(shared);
                return s.toBuilder().client(client.toBuilder().carePlanSharedWith(fewer).build()).build();
            });
        }
        if (s.setting() != null) {
            candidates.add(() -> s.toBuilder().setting(null).build());
        }
        if (s.referenceDate() != null) {
            candidates.add(() -> s.toBuilder().referenceDate(null).build());
        }
        if (s.phase() != Phase.BEGIN) {
            candidates.add(() -> s.toBuilder().phase(Phase.BEGIN).endingReason(null).build());
        }
        if (s.phase() == Phase.ENDING && s.endingReason() != null && s.endingReason().ordinal() > 0) {
            candidates.add(() -> s.toBuilder().endingReason(EndingReason.values()[0]).build());
        }
        Policy policy = s.policy();
        if (policy != null) {
            for (Set<TaskKind> fewer : enumSetShrinks(policy.caregiverMayPerform(), TaskKind.class)) {
                candidates.add(() -> s.toBuilder().policy(new Policy(fewer, policy.volunteerMayPerform())).build());
            }
            for (Set<TaskKind> fewer : enumSetShrinks(policy.volunteerMayPerform(), TaskKind.class)) {
                candidates.add(() -> s.toBuilder().policy(new Policy(policy.caregiverMayPerform(), fewer)).build());
            }
        }

        // Each caregiver's fields.
        for (int i = 0; i < caregivers; i++) {
            int index = i;
            for (Caregiver simpler : caregiverShrinks(s.caregivers().get(i))) {
                candidates.add(() -> withCaregiver(s, index, simpler));
            }
        }
        // Each task's fields.
        for (int i = 0; i < tasks; i++) {
            int index = i;
            for (CareTask simpler : taskShrinks(s.careTasks().get(i))) {
                candidates.add(() -> withTask(s, index, simpler));
            }
        }

        // Ids last: they only make the report easier to read.
        if (!s.id().equals("s")) {
            candidates.add(() -> s.toBuilder().id("s").build());
        }
        if (!client.id().equals("c")) {
            candidates.add(() -> s.toBuilder().client(new Client("c", client.conditions(), client.carePlanSharedWith(),
                    client.derailmentSignals())).build());
        }
        candidates.add(() -> orNullOnClash(() -> renamePeople(s, true)));
        candidates.add(() -> orNullOnClash(() -> renamePeople(s, false)));
        candidates.add(() -> renameTasks(s));

        return candidates.stream().map(Supplier::get).filter(Objects::nonNull);
    }

    /**
     * A renamed situation, or null when a new id clashes with an id that keeps its name (a
     * caregiver renamed cg-2 beside a volunteer already called cg-2). Every other candidate is valid
     * by construction, so it is built without such a net: an invalid one would be a bug here.
     */
    private static Situation orNullOnClash(Supplier<Situation> renamed) {
        try {
            return renamed.get();
        } catch (InvalidSituationException clash) {
            return null;
        }
    }

    // ---- entities ----

    private interface IndexTest {
        boolean test(int index);
    }

    /** Drops the caregivers at the indices that pass, their tasks and their care-plan consent. */
    private static Situation withoutCaregivers(Situation s, IndexTest drop) {
        Set<String> dropped = new HashSet<>();
        List<Caregiver> kept = new ArrayList<>();
        for (int i = 0; i < s.caregivers().size(); i++) {
            if (drop.test(i)) {
                dropped.add(s.caregivers().get(i).id());
            } else {
                kept.add(s.caregivers().get(i));
            }
        }
        Set<String> shared = new HashSet<>(s.client().carePlanSharedWith());
        shared.removeAll(dropped);
        return s.toBuilder()
                .caregivers(kept)
                .careTasks(s.careTasks().stream().filter(t -> !dropped.contains(t.performedBy())).toList())
                .client(s.client().toBuilder().carePlanSharedWith(shared).build())
                .build();
    }

    /** Drops the volunteers at the indices that pass and their tasks. */
    private static Situation withoutVolunteers(Situation s, IndexTest drop) {
        Set<String> dropped = new HashSet<>();
        List<Volunteer> kept = new ArrayList<>();
        for (int i = 0; i < s.volunteers().size(); i++) {
            if (drop.test(i)) {
                dropped.add(s.volunteers().get(i).id());
            } else {
                kept.add(s.volunteers().get(i));
            }
        }
        return s.toBuilder()
                .volunteers(kept)
                .careTasks(s.careTasks().stream().filter(t -> !dropped.contains(t.performedBy())).toList())
                .build();
    }

    private static Situation withCaregiver(Situation s, int index, Caregiver caregiver) {
        List<Caregiver> list = new ArrayList<>(s.caregivers());
        list.set(index, caregiver);
        return s.toBuilder().caregivers(list).build();
    }

    private static Situation withTask(Situation s, int index, CareTask task) {
        List<CareTask> list = new ArrayList<>(s.careTasks());
        list.set(index, task);
        return s.toBuilder().careTasks(list).build();
    }

    // ---- fields ----

    private static List<Caregiver> caregiverShrinks(Caregiver c) {
        List<Caregiver> out = new ArrayList<>();
        for (Set<OverloadSignal> fewer : enumSetShrinks(c.signals(), OverloadSignal.class)) {
            out.add(c.toBuilder().signals(fewer).build());
        }
        BurdenMeasurement burden = c.burden();
        if (burden != null) {
            out.add(c.toBuilder().burden(null).build());
            if (burden.assessedOn() != null) {
                out.add(c.toBuilder().burden(new BurdenMeasurement(burden.instrument(), burden.score(), null)).build());
            }
            for (int score : towards(burden.score(), burden.instrument().minScore())) {
                out.add(c.toBuilder().burden(new BurdenMeasurement(burden.instrument(), score, burden.assessedOn()))
                        .build());
            }
            if (burden.instrument().ordinal() > 0) {
                BurdenInstrument first = BurdenInstrument.values()[0];
                int score = Math.max(first.minScore(), Math.min(first.maxScore(), burden.score()));
                out.add(c.toBuilder().burden(new BurdenMeasurement(first, score, burden.assessedOn())).build());
            }
        }
        if (c.age() != null) {
            out.add(c.toBuilder().age(null).build());
        }
        if (c.primaryContact()) {
            out.add(c.toBuilder().primaryContact(false).build());
        }
        if (c.livesWithClient()) {
            out.add(c.toBuilder().livesWithClient(false).build());
        }
        if (c.employed()) {
            out.add(c.toBuilder().employed(false).build());
        }
        for (double hours : hoursTowardsZero(c.hoursPerWeek())) {
            out.add(c.toBuilder().hoursPerWeek(hours).build());
        }
        for (int months : towards(c.monthsCaring(), 0)) {
            out.add(c.toBuilder().monthsCaring(months).build());
        }
        if (c.relationToClient().ordinal() > 0) {
            out.add(c.toBuilder().relationToClient(RelationToClient.values()[0]).build());
        }
        if (c.age() != null) {
            for (int age : towards(c.age(), Caregiver.MIN_AGE)) {
                out.add(c.toBuilder().age(age).build());
            }
        }
        return out;
    }

    private static List<CareTask> taskShrinks(CareTask t) {
        List<CareTask> out = new ArrayList<>();
        Agreement agreement = t.agreement();
        if (agreement != null) {
            out.add(t.toBuilder().agreement(null).build());
            Agreement defaults = Agreement.defaults();
            if (!agreement.equals(defaults)) {
                out.add(t.toBuilder().agreement(defaults).build());
                if (agreement.nextEvaluation() != null) {
                    out.add(t.toBuilder().agreement(agreement.toBuilder().nextEvaluation(null).build()).build());
                }
                if (agreement.recordedInCarePlan() != defaults.recordedInCarePlan()) {
                    out.add(t.toBuilder().agreement(agreement.toBuilder()
                            .recordedInCarePlan(defaults.recordedInCarePlan()).build()).build());
                }
                if (agreement.caregiverWilling() != defaults.caregiverWilling()) {
                    out.add(t.toBuilder().agreement(agreement.toBuilder()
                            .caregiverWilling(defaults.caregiverWilling()).build()).build());
                }
                if (agreement.caregiverAble() != defaults.caregiverAble()) {
                    out.add(t.toBuilder().agreement(agreement.toBuilder()
                            .caregiverAble(defaults.caregiverAble()).build()).build());
                }
                if (agreement.instructionGiven() != defaults.instructionGiven()) {
                    out.add(t.toBuilder().agreement(agreement.toBuilder()
                            .instructionGiven(defaults.instructionGiven()).build()).build());
                }
            }
        }
        if (t.professionalReservations()) {
            out.add(t.toBuilder().professionalReservations(false).build());
        }
        if (t.kind().ordinal() > 0) {
            out.add(t.toBuilder().kind(TaskKind.values()[0]).build());
        }
        if (!t.performedByProfessional()) {
            out.add(t.toBuilder().performedBy(CareTask.PROFESSIONAL).build());
        }
        return out;
    }

    /**
     * Smaller sets: empty (when it has more than one value), each value left out, each value
     * replaced by the first constant below it that is not in the set.
     */
    static <E extends Enum<E>> List<Set<E>> enumSetShrinks(Set<E> set, Class<E> type) {
        List<Set<E>> out = new ArrayList<>();
        if (set.size() > 1) {
            out.add(EnumSet.noneOf(type));
        }
        for (E value : set) {
            EnumSet<E> fewer = EnumSet.noneOf(type);
            fewer.addAll(set);
            fewer.remove(value);
            out.add(fewer);
        }
        for (E value : set) {
            for (E lower : type.getEnumConstants()) {
                if (lower.ordinal() >= value.ordinal()) {
                    break;
                }
                if (!set.contains(lower)) {
                    EnumSet<E> replaced = EnumSet.noneOf(type);
                    replaced.addAll(set);
                    replaced.remove(value);
                    replaced.add(lower);
                    out.add(replaced);
                    break;
                }
            }
        }
        return out;
    }

    /** The target, halfway, and one less: each below {@code value}, none below {@code target}. */
    static List<Integer> towards(int value, int target) {
        List<Integer> out = new ArrayList<>();
        if (value <= target) {
            return out;
        }
        out.add(target);
        int half = target + (value - target) / 2;
        if (half > target && half < value) {
            out.add(half);
        }
        if (value - 1 > half) {
            out.add(value - 1);
        }
        return out;
    }

    /** Zero, the whole number below, half (whole), one less: each below {@code hours}. */
    static List<Double> hoursTowardsZero(double hours) {
        List<Double> out = new ArrayList<>();
        if (hours <= 0) {
            return out;
        }
        out.add(0.0);
        double floor = Math.floor(hours);
        if (floor < hours && floor > 0) {
            out.add(floor);
        }
        double half = Math.floor(hours / 2);
        if (half > 0 && !out.contains(half) && half < hours) {
            out.add(half);
        }
        double less = Math.floor(hours) - 1;
        if (floor == hours && less > 0 && !out.contains(less)) {
            out.add(less);
        }
        return out;
    }

    // ---- ids ----

    /** Caregivers (or volunteers) renamed cg-1, cg-2, ... (vw-1, ...) with every reference; null if already so. */
    private static Situation renamePeople(Situation s, boolean caregivers) {
        Map<String, String> renamed = new HashMap<>();
        List<String> ids = caregivers ? s.caregivers().stream().map(Caregiver::id).toList()
                : s.volunteers().stream().map(Volunteer::id).toList();
        String prefix = caregivers ? "cg-" : "vw-";
        boolean changes = false;
        for (int i = 0; i < ids.size(); i++) {
            String to = prefix + (i + 1);
            renamed.put(ids.get(i), to);
            changes |= !ids.get(i).equals(to);
        }
        if (!changes) {
            return null;
        }
        Function<String, String> rename = id -> renamed.getOrDefault(id, id);
        Situation.Builder builder = s.toBuilder()
                .careTasks(s.careTasks().stream().map(t -> t.toBuilder().performedBy(rename.apply(t.performedBy()))
                        .build()).toList());
        if (caregivers) {
            builder.caregivers(s.caregivers().stream().map(c -> c.toBuilder().id(rename.apply(c.id())).build()).toList())
                    .client(s.client().toBuilder().carePlanSharedWith(
                            s.client().carePlanSharedWith().stream().map(rename).toList()).build());
        } else {
            builder.volunteers(s.volunteers().stream().map(v -> new Volunteer(rename.apply(v.id()))).toList());
        }
        return builder.build();
    }

    private static Situation renameTasks(Situation s) {
        List<CareTask> renamed = new ArrayList<>();
        boolean changes = false;
        for (int i = 0; i < s.careTasks().size(); i++) {
            CareTask task = s.careTasks().get(i);
            String to = "t-" + (i + 1);
            changes |= !task.id().equals(to);
            renamed.add(task.toBuilder().id(to).build());
        }
        return changes ? s.toBuilder().careTasks(renamed).build() : null;
    }
}
