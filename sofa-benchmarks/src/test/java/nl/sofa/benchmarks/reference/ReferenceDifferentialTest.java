package nl.sofa.benchmarks.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.benchmarks.Situations;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.engine.SofaEngine;
import nl.sofa.engine.Thresholds;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import nl.sofa.testkit.Gen;
import nl.sofa.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Differential test: for generated situations, the engine's overload levels and factor codes, its
 * flags (code, severity, boundary, caregiverId, taskId) and its suggestions (action, caregiverId,
 * taskId, priority, dueBy) equal those of the plain-Java {@link ReferenceEvaluation}, which is written
 * from rules-v2.md (and rules-v1.md where v2 is silent) without the DRL.
 *
 * <p>Per configuration (default thresholds, and other thresholds with every number moved): the
 * testkit's generated situations ({@code sofa.tries}, 1,000 unless raised), and as many again of
 * targeted variants of them that reach every branch of v2: each ending reason (DISCHARGE_HOME
 * included) in every setting, minors (ages 10 to 19), burden measurements dated on and around the
 * recent-measurement boundary with scores on and around the light band, hours on and around light
 * involvement, and derailment signals that make derailment CRITICAL on their own. The variants count
 * what they reached, and the test fails when a branch was never reached.
 */
class ReferenceDifferentialTest {
    /** "Today" for generated situations without a reference date. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** Thresholds other than the defaults: every number moved, the moderate EDIZ-plus band empty. */
    private static final Thresholds MOVED = Thresholds.defaults()
            .withIntensiveHoursAbove(20).withIntensiveMonthsAbove(12).withVeryManyHoursFrom(30).withWorkHoursAbove(16)
            .withYoungAgeBelow(30).withOldAgeFrom(70)
            .withEdizPlusHeavyFrom(9).withEdizPlusModerateFrom(9).withCsiHeavyFrom(8).withZbiModerateFrom(25)
            .withZbiHeavyFrom(50)
            .withHighSignalsFrom(2).withHighSignalsWithFactorsFrom(2).withHighFactorsWithSignalsFrom(3)
            .withHighFactorsFrom(4).withElevatedSignalsFrom(1).withElevatedFactorsFrom(1)
            .withManyTasksFrom(3).withExperiencedMonthsFrom(24)
            .withLightHoursBelow(6).withRecentMeasurementDays(180).withEdizPlusLightUpTo(5).withCsiLightUpTo(2)
            .withZbiLightUpTo(30).withMinorAgeBelow(16).withRoundTheClockHoursFrom(80).withFollowUpAfterDeathDays(28);

    @Test
    void theEngineDecidesLikeTheReferenceWithTheDefaultThresholds() {
        check(Thresholds.defaults());
    }

    @Test
    void theEngineDecidesLikeTheReferenceWithOtherThresholds() {
        check(MOVED);
    }

    @Test
    void theEngineDecidesLikeTheReferenceOnEveryBranchOfV2WithTheDefaultThresholds() {
        checkVariants(Thresholds.defaults());
    }

    @Test
    void theEngineDecidesLikeTheReferenceOnEveryBranchOfV2WithOtherThresholds() {
        checkVariants(MOVED);
    }

    @Test
    void theEngineDecidesLikeTheReferenceWithRandomThresholds() {
        // 40 random sets of thresholds (bands that overlap, light bands reaching into the heavy one,
        // zero days, hours and ages), each on 50 targeted variants
        Gen<Thresholds> thresholds = ReferenceDifferentialTest::randomThresholds;
        Property.forAll(thresholds).tries(40).check(t -> {
            SofaEngine engine = SofaEngine.builder().clock(CLOCK).thresholds(t).build();
            ReferenceEvaluation reference = new ReferenceEvaluation(t);
            Gen<Situation> situations = variants(t);
            Random random = new Random(t.hashCode());
            for (int i = 0; i < 50; i++) {
                Situation situation = situations.next(random, 2 * i + 1);
                LocalDate date = situation.referenceDate() != null ? situation.referenceDate() : TODAY;
                try {
                    compare(engine.evaluate(situation), reference.evaluate(situation, date));
                } catch (AssertionError e) {
                    throw new AssertionError("with " + t + " on " + nl.sofa.testkit.Situations.describe(situation)
                            + ": " + e.getMessage(), e);
                }
            }
        });
    }

    private static Thresholds randomThresholds(Random r, int size) {
        int edizModerate = r.nextInt(16);
        int zbiModerate = r.nextInt(89);
        return new Thresholds(
                pick(r, 0, 4, 8, 12.5, 20), (int) pick(r, 0, 3, 6, 12), pick(r, 10, 30, 40, 60), pick(r, 0, 8, 16),
                (int) pick(r, 18, 25, 30), (int) pick(r, 60, 75, 90),
                edizModerate, edizModerate + r.nextInt(17 - edizModerate), r.nextInt(15), zbiModerate,
                zbiModerate + r.nextInt(90 - zbiModerate),
                1 + r.nextInt(4), 1 + r.nextInt(2), 1 + r.nextInt(5), 1 + r.nextInt(6), 1 + r.nextInt(2),
                1 + r.nextInt(3),
                r.nextInt(5), (int) pick(r, 0, 6, 12, 24),
                pick(r, 0, 2, 4, 6.5, 10), (int) pick(r, 0, 30, 365, 730), r.nextInt(16), r.nextInt(14), r.nextInt(89),
                (int) pick(r, 0, 12, 18, 21), pick(r, 0, 40, 100, 168), (int) pick(r, 0, 1, 42, 90));
    }

    private static double pick(Random r, double... values) {
        return values[r.nextInt(values.length)];
    }

    @Test
    void theEngineDecidesLikeTheReferenceOnTheBenchmarkSituations() {
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).build();
        ReferenceEvaluation reference = new ReferenceEvaluation(Thresholds.defaults());
        for (Situation situation : List.of(Situations.typical(), Situations.heavy(), Situations.large(),
                Situations.withCaregivers("hundred", 100, 5))) {
            compare(engine.evaluate(situation), reference.evaluate(situation, situation.referenceDate()));
        }
    }

    @Test
    void theComparisonSeesADifference() {
        // The comparison can fail: on the typical situation, a reference with other thresholds disagrees.
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).build();
        Situation typical = Situations.typical();
        Advice advice = engine.evaluate(typical);
        ReferenceEvaluation.Result same = new ReferenceEvaluation(Thresholds.defaults())
                .evaluate(typical, typical.referenceDate());
        ReferenceEvaluation.Result moved = new ReferenceEvaluation(MOVED).evaluate(typical, typical.referenceDate());
        assertThat(assessments(advice)).isEqualTo(same.assessments()).isNotEqualTo(moved.assessments());
        assertThat(flags(advice)).isEqualTo(same.flags()).isNotEqualTo(moved.flags());
        assertThat(same.taskFlags()).isNotEmpty();
        assertThat(actions(advice)).isEqualTo(same.actions()).isNotEmpty();
    }

    private static void check(Thresholds thresholds) {
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).thresholds(thresholds).build();
        ReferenceEvaluation reference = new ReferenceEvaluation(thresholds);
        Property.forAll(nl.sofa.testkit.Situations.valid()).check(situation -> {
            LocalDate date = situation.referenceDate() != null ? situation.referenceDate() : TODAY;
            compare(engine.evaluate(situation), reference.evaluate(situation, date));
        });
    }

    private static void checkVariants(Thresholds thresholds) {
        SofaEngine engine = SofaEngine.builder().clock(CLOCK).thresholds(thresholds).build();
        ReferenceEvaluation reference = new ReferenceEvaluation(thresholds);
        Map<String, AtomicInteger> reached = new TreeMap<>();
        Property.forAll(variants(thresholds)).check(situation -> {
            LocalDate date = situation.referenceDate() != null ? situation.referenceDate() : TODAY;
            ReferenceEvaluation.Result expected = reference.evaluate(situation, date);
            compare(engine.evaluate(situation), expected);
            count(situation, expected, thresholds, reached);
        });
        assertThat(reached).as("branches of rules-v2 the variants reached").containsOnlyKeys(BRANCHES);
        System.out.println("ReferenceDifferentialTest variants reached: " + reached);
    }

    // ---- targeted variants ----

    private static final Set<String> BRANCHES = Set.of(
            "ending " + EndingReason.NO_LONGER_NEEDED, "ending " + EndingReason.TRANSFER,
            "ending " + EndingReason.DISCHARGE_HOME, "ending " + EndingReason.PALLIATIVE,
            "ending " + EndingReason.DECEASED,
            "sole caregiver in an organisation's setting, not discharged", "sole caregiver discharged home from an organisation",
            "light involvement set risk factors aside", "recent light measurement set risk factors aside",
            "old light measurement counted the risk factors", "O-MEASURE",
            "YOUNG_CAREGIVER WARNING", "YOUNG_CAREGIVER CRITICAL", "minor after a death",
            "DERAILED_CARE_RISK CRITICAL by harm", "DERAILED_CARE_RISK WARNING", "G-TAKEOVER for a caregiver",
            "G-TAKEOVER for a volunteer", "VOLUNTEER_TASK_UNSUPERVISED", "G-INSTRUCT capped to MEDIUM",
            "G-INSTRUCT capped to LOW", "G-INSTRUCT HIGH", "G-HANDOVER HIGH", "G-HANDOVER LOW", "G-TRANSFER",
            "G-CLOSE", "TASK_WITHOUT_AGREEMENT INFO", "TASK_OUTSIDE_POLICY CRITICAL", "CONSENT_MISSING",
            "V-PRACTICAL", "V-RESPITE", "O-E4", "O-B2", "O-E4 on the last date");

    /** The testkit's situations, each varied in one or more of the ways rules-v2 tells apart. */
    private static Gen<Situation> variants(Thresholds t) {
        Gen<Situation> base = nl.sofa.testkit.Situations.valid();
        Gen<Situation> gen = (random, size) -> vary(base.next(random, size), random, t);
        return gen.withShrinker(nl.sofa.testkit.Situations::shrink).describedBy(nl.sofa.testkit.Situations::describe);
    }

    private static Situation vary(Situation s, Random random, Thresholds t) {
        Situation.Builder b = s.toBuilder();
        if (random.nextInt(3) > 0) {
            EndingReason[] reasons = EndingReason.values();
            b.phase(Phase.ENDING).endingReason(reasons[random.nextInt(reasons.length)]);
        }
        if (random.nextBoolean()) {
            Setting[] settings = {Setting.HOME, Setting.RESIDENTIAL, Setting.HOSPITAL, Setting.REHABILITATION};
            b.setting(settings[random.nextInt(settings.length)]);
        }
        LocalDate date = s.referenceDate() != null ? s.referenceDate() : TODAY;
        if (random.nextInt(20) == 0) {
            // the ends of the contract's dates: a follow-up after a death still has a date it can write
            LocalDate[] ends = {LocalDate.of(9999, 11, 19), LocalDate.of(9999, 11, 20), LocalDate.of(9999, 12, 31),
                LocalDate.of(0, 1, 1)};
            date = ends[random.nextInt(ends.length)];
            b.referenceDate(date);
            if (random.nextBoolean()) {
                b.phase(Phase.ENDING).endingReason(EndingReason.DECEASED);
            }
        }
        boolean datesFit = date.getYear() >= 10 && date.getYear() <= 9990;
        List<Caregiver> caregivers = new ArrayList<>();
        for (Caregiver c : s.caregivers()) {
            Caregiver.Builder cb = c.toBuilder();
            if (random.nextInt(3) == 0) {
                cb.age(random.nextBoolean() ? 10 + random.nextInt(81)
                        : Math.max(Caregiver.MIN_AGE, Math.min(Caregiver.MAX_AGE, t.minorAgeBelow() - 2 + random.nextInt(4))));
            }
            if (random.nextInt(3) == 0) {
                double light = t.lightHoursBelow();
                double[] hours = {0, light - 0.25, light, light + 0.25, Math.max(0, light - 2)};
                cb.hoursPerWeek(Math.min(Caregiver.MAX_HOURS_PER_WEEK, Math.max(0, hours[random.nextInt(hours.length)])));
            }
            if (random.nextInt(3) == 0) {
                BurdenInstrument[] instruments = BurdenInstrument.values();
                BurdenInstrument instrument = instruments[random.nextInt(instruments.length)];
                int lightUpTo = switch (instrument) {
                    case EDIZ_PLUS -> t.edizPlusLightUpTo();
                    case CSI -> t.csiLightUpTo();
                    case ZBI -> t.zbiLightUpTo();
                };
                int score = Math.max(instrument.minScore(), Math.min(instrument.maxScore(),
                        random.nextInt(4) == 0 ? lightUpTo + 1 : random.nextInt(lightUpTo + 1)));
                int days = t.recentMeasurementDays();
                long[] ago = {0, 1, days - 1, days, days + 1, days + 30, -1};
                LocalDate on = !datesFit || random.nextInt(5) == 0 ? null : date.minusDays(ago[random.nextInt(ago.length)]);
                cb.burden(new BurdenMeasurement(instrument, score, on));
            }
            caregivers.add(cb.build());
        }
        b.caregivers(caregivers);
        if (random.nextInt(4) == 0) {
            EnumSet<DerailmentSignal> signals = EnumSet.noneOf(DerailmentSignal.class);
            signals.addAll(s.client().derailmentSignals());
            DerailmentSignal[] all = DerailmentSignal.values();
            signals.add(all[random.nextInt(all.length)]);
            Client client = s.client();
            b.client(client.toBuilder().derailmentSignals(signals).build());
        }
        if (random.nextInt(4) == 0 && !s.careTasks().isEmpty()) {
            // care acts of every kind by the same performers
            List<CareTask> tasks = new ArrayList<>();
            TaskKind[] kinds = TaskKind.values();
            for (CareTask task : s.careTasks()) {
                tasks.add(task.toBuilder().kind(kinds[random.nextInt(kinds.length)]).build());
            }
            b.careTasks(tasks);
        }
        return b.build();
    }

    private static void count(Situation s, ReferenceEvaluation.Result r, Thresholds t,
            Map<String, AtomicInteger> reached) {
        EndingReason ending = s.endingReason();
        if (ending != null) {
            reach(reached, "ending " + ending);
        }
        Setting setting = s.setting();
        boolean organisation = setting == Setting.RESIDENTIAL || setting == Setting.HOSPITAL
                || setting == Setting.REHABILITATION;
        boolean raised = r.assessments().stream().anyMatch(a -> a.risk() != OverloadRisk.NONE);
        if (organisation && s.caregivers().size() == 1 && raised) {
            reach(reached, ending == EndingReason.DISCHARGE_HOME ? "sole caregiver discharged home from an organisation"
                    : "sole caregiver in an organisation's setting, not discharged");
        }
        LocalDate date = s.referenceDate() != null ? s.referenceDate() : TODAY;
        for (ReferenceEvaluation.Assessment a : r.assessments()) {
            Caregiver c = s.caregivers().stream().filter(x -> x.id().equals(a.caregiverId())).findFirst().orElseThrow();
            // a risk factor that would count: the only caregiver, or a demanding condition
            boolean anyFactor = s.caregivers().size() == 1
                    || s.client().conditions().stream().anyMatch(x -> x != nl.sofa.situation.Condition.OTHER);
            boolean light = c.hoursPerWeek() < t.lightHoursBelow() && !c.livesWithClient();
            BurdenMeasurement m = c.burden();
            boolean lightScore = m != null && m.score() <= switch (m.instrument()) {
                case EDIZ_PLUS -> t.edizPlusLightUpTo();
                case CSI -> t.csiLightUpTo();
                case ZBI -> t.zbiLightUpTo();
            };
            boolean recent = m != null && (m.assessedOn() == null
                    || !m.assessedOn().isBefore(date.minusDays(t.recentMeasurementDays())));
            if (anyFactor && light) {
                reach(reached, "light involvement set risk factors aside");
            }
            if (anyFactor && !light && lightScore && recent) {
                reach(reached, "recent light measurement set risk factors aside");
            }
            if (!light && lightScore && !recent && a.factors().stream()
                    .anyMatch(f -> !f.startsWith("SIGNAL_") && !f.startsWith("BURDEN_"))) {
                reach(reached, "old light measurement counted the risk factors");
            }
            Integer age = c.age();
            if (age != null && age < t.minorAgeBelow() && ending == EndingReason.DECEASED) {
                reach(reached, "minor after a death");
            }
        }
        for (ReferenceEvaluation.FlagEntry f : r.flags()) {
            switch (f.code()) {
                case FlagCodes.YOUNG_CAREGIVER, FlagCodes.DERAILED_CARE_RISK -> {
                    if (f.code().equals(FlagCodes.DERAILED_CARE_RISK) && f.severity() == Severity.CRITICAL) {
                        Set<DerailmentSignal> signals = s.client().derailmentSignals();
                        if (signals.contains(DerailmentSignal.CLIENT_INJURIES)
                                || signals.contains(DerailmentSignal.CLIENT_NEGLECTED)
                                || signals.contains(DerailmentSignal.FINANCIAL_IRREGULARITIES)) {
                            reach(reached, "DERAILED_CARE_RISK CRITICAL by harm");
                        }
                    } else {
                        reach(reached, f.code() + " " + f.severity());
                    }
                }
                case FlagCodes.VOLUNTEER_TASK_UNSUPERVISED, FlagCodes.CONSENT_MISSING -> reach(reached, f.code());
                case FlagCodes.TASK_WITHOUT_AGREEMENT -> {
                    if (f.severity() == Severity.INFO) {
                        reach(reached, "TASK_WITHOUT_AGREEMENT INFO");
                    }
                }
                case FlagCodes.TASK_OUTSIDE_POLICY -> {
                    if (f.severity() == Severity.CRITICAL) {
                        reach(reached, "TASK_OUTSIDE_POLICY CRITICAL");
                    }
                }
                default -> {
                }
            }
        }
        Set<String> volunteers = new java.util.HashSet<>();
        s.volunteers().forEach(v -> volunteers.add(v.id()));
        for (ReferenceEvaluation.ActionEntry a : r.actions()) {
            switch (a.action()) {
                case "G-TAKEOVER" -> reach(reached, volunteers.contains(a.caregiverId()) ? "G-TAKEOVER for a volunteer"
                        : "G-TAKEOVER for a caregiver");
                case "G-INSTRUCT" -> {
                    boolean agreeOrPolicy = r.actions().stream().anyMatch(o -> (o.action().equals("G-AGREE")
                            || o.action().equals("G-POLICY")) && Objects.equals(o.taskId(), a.taskId())
                            && Objects.equals(o.caregiverId(), a.caregiverId()));
                    if (a.priority() == Priority.HIGH) {
                        reach(reached, "G-INSTRUCT HIGH");
                    } else if (agreeOrPolicy) {
                        reach(reached, "G-INSTRUCT capped to " + a.priority());
                    }
                }
                case "G-HANDOVER" -> reach(reached, "G-HANDOVER " + a.priority());
                case "O-E4" -> reach(reached, a.dueBy().equals(LocalDate.of(9999, 12, 31)) ? "O-E4 on the last date"
                        : "O-E4");
                case "G-TRANSFER", "G-CLOSE", "O-MEASURE", "V-PRACTICAL", "V-RESPITE", "O-B2" -> reach(reached, a.action());
                default -> {
                }
            }
        }
    }

    private static void reach(Map<String, AtomicInteger> reached, String branch) {
        if (BRANCHES.contains(branch)) {
            reached.computeIfAbsent(branch, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    // ---- the comparison ----

    private static void compare(Advice advice, ReferenceEvaluation.Result expected) {
        assertThat(assessments(advice)).as("levels and factor codes").isEqualTo(expected.assessments());
        assertThat(flags(advice)).as("flags").isEqualTo(expected.flags());
        assertThat(actions(advice)).as("suggestions").isEqualTo(expected.actions());
    }

    private static List<ReferenceEvaluation.Assessment> assessments(Advice advice) {
        List<ReferenceEvaluation.Assessment> result = new ArrayList<>();
        for (CaregiverAssessment a : advice.caregivers()) {
            result.add(new ReferenceEvaluation.Assessment(a.caregiverId(), a.overloadRisk(), a.factors()));
        }
        return result;
    }

    private static List<ReferenceEvaluation.FlagEntry> flags(Advice advice) {
        List<ReferenceEvaluation.FlagEntry> result = new ArrayList<>();
        for (Flag flag : advice.flags()) {
            result.add(new ReferenceEvaluation.FlagEntry(flag.code(), flag.severity(), flag.boundary(),
                    flag.caregiverId(), flag.taskId()));
        }
        return result;
    }

    private static List<ReferenceEvaluation.ActionEntry> actions(Advice advice) {
        List<ReferenceEvaluation.ActionEntry> result = new ArrayList<>();
        for (Suggestion s : advice.suggestions()) {
            result.add(new ReferenceEvaluation.ActionEntry(s.action(), s.caregiverId(), s.taskId(), s.priority(),
                    s.dueBy()));
        }
        return result;
    }
}
