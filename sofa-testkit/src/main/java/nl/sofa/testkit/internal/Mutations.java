package nl.sofa.testkit.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Situation;

/**
 * Changes to a valid situation that keep it valid, for the engine-level properties: the ones that
 * may only raise a caregiver's overload risk, and shuffling the order of the input lists.
 */
public final class Mutations {
    private Mutations() {
    }

    /**
     * A changed situation and what was changed.
     *
     * @param description what was changed, naming the caregiver and the values
     * @param situation the changed situation
     */
    public record Mutation(String description, Situation situation) {
    }

    /**
     * For each caregiver, each change that may only raise risk and applies to it: more hours, more
     * months, one more signal, living with the client, employment, a higher burden score on the
     * same instrument; and one more demanding condition of the client. New values are drawn from
     * {@code random} among values on and around the thresholds of the rules.
     */
    public static List<Mutation> raising(Situation situation, Random random) {
        List<Mutation> mutations = new ArrayList<>();
        for (int i = 0; i < situation.caregivers().size(); i++) {
            Caregiver c = situation.caregivers().get(i);
            String who = "caregiver " + c.id();
            double hours = c.hoursPerWeek();
            List<Double> moreHours = new ArrayList<>();
            for (double h : new double[] {hours + 0.5, hours + 8, 8.25, 9, 40, 40.5, Caregiver.MAX_HOURS_PER_WEEK}) {
                if (h > hours && h <= Caregiver.MAX_HOURS_PER_WEEK && !moreHours.contains(h)) {
                    moreHours.add(h);
                }
            }
            if (!moreHours.isEmpty()) {
                double to = Draw.pick(random, moreHours);
                add(mutations, situation, i, "raising hoursPerWeek of " + who + " from " + hours + " to " + to,
                        b -> b.hoursPerWeek(to));
            }
            int months = c.monthsCaring();
            List<Integer> moreMonths = new ArrayList<>();
            for (int m : new int[] {months + 1, 4, 12, 13, months + 12, Caregiver.MAX_MONTHS_CARING}) {
                if (m > months && m <= Caregiver.MAX_MONTHS_CARING && !moreMonths.contains(m)) {
                    moreMonths.add(m);
                }
            }
            if (!moreMonths.isEmpty()) {
                int to = Draw.pick(random, moreMonths);
                add(mutations, situation, i, "raising monthsCaring of " + who + " from " + months + " to " + to,
                        b -> b.monthsCaring(to));
            }
            EnumSet<OverloadSignal> absent = EnumSet.complementOf(enumSet(c.signals(), OverloadSignal.class));
            if (!absent.isEmpty()) {
                OverloadSignal signal = Draw.pick(random, List.copyOf(absent));
                EnumSet<OverloadSignal> more = enumSet(c.signals(), OverloadSignal.class);
                more.add(signal);
                add(mutations, situation, i, "adding signal " + signal + " to " + who, b -> b.signals(more));
            }
            if (!c.livesWithClient()) {
                add(mutations, situation, i, "letting " + who + " live with the client", b -> b.livesWithClient(true));
            }
            if (!c.employed()) {
                add(mutations, situation, i, "making " + who + " combine care with work", b -> b.employed(true));
            }
            BurdenMeasurement burden = c.burden();
            if (burden != null && burden.score() < burden.instrument().maxScore()) {
                List<Integer> higher = new ArrayList<>();
                higher.add(burden.score() + 1);
                for (int cutOff : SituationGenerator.cutOffScores(burden.instrument())) {
                    if (cutOff > burden.score() && !higher.contains(cutOff)) {
                        higher.add(cutOff);
                    }
                }
                int to = Draw.pick(random, higher);
                add(mutations, situation, i, "raising the " + burden.instrument() + " score of " + who + " from "
                        + burden.score() + " to " + to,
                        b -> b.burden(new BurdenMeasurement(burden.instrument(), to, burden.assessedOn())));
            }
        }
        EnumSet<Condition> demanding = EnumSet.complementOf(enumSet(situation.client().conditions(), Condition.class));
        demanding.remove(Condition.OTHER);
        if (!demanding.isEmpty()) {
            Condition condition = Draw.pick(random, List.copyOf(demanding));
            EnumSet<Condition> more = enumSet(situation.client().conditions(), Condition.class);
            more.add(condition);
            mutations.add(new Mutation("adding the demanding condition " + condition + " to the client",
                    situation.toBuilder().client(situation.client().toBuilder().conditions(more).build()).build()));
        }
        return mutations;
    }

    /**
     * The situation with its caregivers, volunteers and care tasks in a shuffled order; when the
     * shuffle happens to change nothing, the lists reversed instead, so that the order always changes
     * when a list has two entries or more.
     */
    public static Situation shuffled(Situation situation, Random random) {
        Situation shuffled = situation.toBuilder()
                .caregivers(Draw.shuffled(random, situation.caregivers()))
                .volunteers(Draw.shuffled(random, situation.volunteers()))
                .careTasks(Draw.shuffled(random, situation.careTasks()))
                .build();
        if (!shuffled.equals(situation)) {
            return shuffled;
        }
        return situation.toBuilder()
                .caregivers(reversed(situation.caregivers()))
                .volunteers(reversed(situation.volunteers()))
                .careTasks(reversed(situation.careTasks()))
                .build();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static void add(List<Mutation> mutations, Situation situation, int index, String description,
            UnaryOperator<Caregiver.Builder> change) {
        List<Caregiver> caregivers = new ArrayList<>(situation.caregivers());
        caregivers.set(index, change.apply(caregivers.get(index).toBuilder()).build());
        mutations.add(new Mutation(description, situation.toBuilder().caregivers(caregivers).build()));
    }

    private static <E extends Enum<E>> EnumSet<E> enumSet(Set<E> values, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(values);
        return set;
    }
}
