package nl.sofa.testkit;

import java.util.Random;
import java.util.stream.Stream;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import nl.sofa.testkit.internal.SituationGenerator;
import nl.sofa.testkit.internal.SituationShrinker;

/**
 * Generators of valid situations (contract v2 §1, written as schemaVersion 2), with realistic distributions and every value
 * of the contract within reach.
 *
 * <p>What comes up: every phase (ENDING with each ending reason, DISCHARGE_HOME included; the others without), every setting
 * or none, every condition, derailment signal, relation, overload signal, instrument and task kind;
 * burden scores across each instrument's whole range and on the cut-offs (EDIZ-plus 3/4/8/9, CSI
 * 6/7, ZBI 20/21/40/41); ages absent, from 10 to 90, and at 5/17/18/24/25/74/75/120; hours of 0, exactly 8 and 40,
 * fractions, up to 168; months of exactly 3 and 12, up to 1200; volunteers; tasks done by
 * caregivers, volunteers and {@code PROFESSIONAL}; agreements absent, at their defaults
 * ({@code {}}) and full, with {@code nextEvaluation} before, on and after the reference date;
 * the reference date absent; the policy absent, or with lists empty, partial and full;
 * {@code carePlanSharedWith} naming some caregivers; at most one primary contact; ids that are
 * plain, numeric, unicode, with quotes and backslashes, or exactly 128 code points long.
 *
 * <p>How often: most situations have one to three caregivers and some none; most caregivers care a
 * few hours a week with little burden; about one in seven cares round the clock with a heavy score
 * and many signals; about one in seven sits exactly on a threshold the rules use.
 *
 * <p>The generators shrink (see {@link #shrink}) and describe a situation as its JSON
 * ({@link SofaJson#writeSituation}), so a {@link Property} over them reports replayable documents.
 *
 * <pre>{@code
 * Property.forAll(Situations.valid(Situations.Sizes.defaults().withMaxCaregivers(20)))
 *         .check(situation -> ...);
 * }</pre>
 *
 * <p>Stable since 0.1.
 */
public final class Situations {
    private Situations() {
    }

    /** Valid situations of the {@link Sizes#defaults() default sizes}. */
    public static Gen<Situation> valid() {
        return valid(Sizes.defaults());
    }

    /** Valid situations of at most these sizes. */
    public static Gen<Situation> valid(Sizes sizes) {
        SituationGenerator generator = new SituationGenerator(sizes.maxCaregivers(), sizes.maxVolunteers(),
                sizes.maxCareTasks());
        return new Gen<>() {
            @Override
            public Situation next(Random random, int size) {
                return generator.next(random, size);
            }

            @Override
            public Stream<Situation> shrink(Situation value) {
                return Situations.shrink(value);
            }

            @Override
            public String describe(Situation value) {
                return Situations.describe(value);
            }
        };
    }

    /**
     * Simpler valid situations to try in place of a failing one, biggest simplification first:
     * without caregivers, volunteers or tasks (all, half, or one at a time, each with what refers to
     * it: a caregiver's tasks and care-plan consent, a volunteer's tasks); without the policy,
     * conditions, derailment signals, consents, setting or reference date; in phase BEGIN; then per
     * caregiver without signals, burden, age, primary contact, living with the client or work, with
     * fewer hours and months and a lower score; per task without agreement or reservations; enums
     * towards their first constant; last, ids renamed {@code s}, {@code c}, {@code cg-1},
     * {@code vw-1}, {@code t-1}. Every candidate is valid, and shrinking a candidate again ends.
     */
    public static Stream<Situation> shrink(Situation situation) {
        return SituationShrinker.shrink(situation);
    }

    /** The situation as one line of contract JSON. */
    public static String describe(Situation situation) {
        return SofaJson.standard().writeSituation(situation);
    }

    /**
     * The most caregivers, volunteers and care tasks a generated situation has. Most situations
     * stay well below: these bound the rare big ones. Early tries of a run are smaller still.
     *
     * @param maxCaregivers the most caregivers, at least 0
     * @param maxVolunteers the most volunteers, at least 0
     * @param maxCareTasks the most care tasks, at least 0
     */
    public record Sizes(int maxCaregivers, int maxVolunteers, int maxCareTasks) {
        private static final Sizes DEFAULTS = new Sizes(6, 3, 10);

        /** Checks no size is negative. */
        public Sizes {
            if (maxCaregivers < 0 || maxVolunteers < 0 || maxCareTasks < 0) {
                throw new IllegalArgumentException("sizes must not be negative: " + maxCaregivers + ", "
                        + maxVolunteers + ", " + maxCareTasks);
            }
        }

        /** Six caregivers, three volunteers, ten tasks. */
        public static Sizes defaults() {
            return DEFAULTS;
        }

        /** A copy with this many caregivers at most. */
        public Sizes withMaxCaregivers(int max) {
            return new Sizes(max, maxVolunteers, maxCareTasks);
        }

        /** A copy with this many volunteers at most. */
        public Sizes withMaxVolunteers(int max) {
            return new Sizes(maxCaregivers, max, maxCareTasks);
        }

        /** A copy with this many care tasks at most. */
        public Sizes withMaxCareTasks(int max) {
            return new Sizes(maxCaregivers, maxVolunteers, max);
        }
    }
}
