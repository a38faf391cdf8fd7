package nl.sofa.testkit.internal;

import static nl.sofa.testkit.internal.Draw.between;
import static nl.sofa.testkit.internal.Draw.chance;
import static nl.sofa.testkit.internal.Draw.pick;
import static nl.sofa.testkit.internal.Draw.weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;

/**
 * Generates valid situations with realistic distributions and every value of the contract in
 * reach. Internal: use {@code nl.sofa.testkit.Situations}.
 *
 * <p>Realistic: most situations have one to three caregivers and some none; most caregivers care a
 * few hours a week with little burden; some care round the clock, measure heavy and show many
 * signals; a few sit exactly on the thresholds the rules use (8 and 40 hours, 3 and 12 months,
 * ages 18, 25 and 75, burden cut-offs). Every ending reason of contract v2 comes up, DISCHARGE_HOME
 * included. Every enum value, every optional field absent and present, and
 * the odd ids the contract allows (unicode, 128 code points, quotes) all come up in a thousand
 * tries.
 */
public final class SituationGenerator {
    /** The earliest and latest dates the contract can write (YYYY-MM-DD). */
    static final LocalDate FIRST_DATE = LocalDate.of(0, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** The date other dates are placed around when a situation has no reference date. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 6, 1);

    /** Hours on and around the thresholds of the rules (8 and 40 a week) and the limits. */
    private static final double[] BOUNDARY_HOURS = {0, 0.5, 7.75, 8, 8.5, 39.5, 40, 40.25, 167.5, 168};
    /** Months on and around the thresholds (3 and 12) and the limits. */
    private static final int[] BOUNDARY_MONTHS = {0, 1, 2, 3, 4, 11, 12, 13, 1199, 1200};
    /**
     * Ages on and around the thresholds (young caregiver under 18 in rules v2; under 25, 75 and over)
     * and the limits.
     */
    private static final int[] BOUNDARY_AGES = {5, 6, 17, 18, 24, 25, 26, 74, 75, 76, 119, 120};
    /** The longest id the contract allows, in code points. */
    static final int MAX_ID_LENGTH = 128;

    private final int maxCaregivers;
    private final int maxVolunteers;
    private final int maxCareTasks;

    public SituationGenerator(int maxCaregivers, int maxVolunteers, int maxCareTasks) {
        this.maxCaregivers = maxCaregivers;
        this.maxVolunteers = maxVolunteers;
        this.maxCareTasks = maxCareTasks;
    }

    /** Burden scores on and around every cut-off the rules use, and the ends of the range. */
    public static int[] cutOffScores(BurdenInstrument instrument) {
        return switch (instrument) {
            case EDIZ_PLUS -> new int[] {0, 3, 4, 8, 9, 15};
            case CSI -> new int[] {0, 6, 7, 13};
            case ZBI -> new int[] {0, 20, 21, 40, 41, 88};
        };
    }

    public Situation next(Random random, int size) {
        Ids ids = Ids.choose(random);
        int caregiverCount = Math.min(scaled(maxCaregivers, size), switch (weighted(random, 8, 35, 30, 15, 12)) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            default -> between(random, 4, Math.max(4, maxCaregivers));
        });
        int volunteerCount = Math.min(scaled(maxVolunteers, size), switch (weighted(random, 60, 25, 15)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> between(random, 2, Math.max(2, maxVolunteers));
        });
        int taskCount = Math.min(scaled(maxCareTasks, size), switch (weighted(random, 25, 50, 25)) {
            case 0 -> 0;
            case 1 -> between(random, 1, 3);
            default -> between(random, 4, Math.max(4, maxCareTasks));
        });

        LocalDate referenceDate = chance(random, 0.12) ? null : referenceDate(random);
        LocalDate anchor = referenceDate == null ? ANCHOR : referenceDate;

        List<Caregiver> caregivers = new ArrayList<>();
        int primary = caregiverCount > 0 && chance(random, 0.6) ? random.nextInt(caregiverCount) : -1;
        for (int i = 0; i < caregiverCount; i++) {
            caregivers.add(caregiver(random, ids.person("cg", i + 1), i == primary, anchor));
        }
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < volunteerCount; i++) {
            volunteers.add(new Volunteer(ids.person("vw", caregiverCount + i + 1)));
        }
        List<CareTask> tasks = new ArrayList<>();
        for (int i = 0; i < taskCount; i++) {
            tasks.add(task(random, ids.task(i + 1), caregivers, volunteers, anchor));
        }

        Phase phase = pick(random, Phase.values());
        return Situation.builder(ids.situation(), phase)
                .referenceDate(referenceDate)
                .setting(chance(random, 0.2) ? null : pick(random, Setting.values()))
                .endingReason(phase == Phase.ENDING ? pick(random, EndingReason.values()) : null)
                .client(client(random, ids.client(), caregivers))
                .caregivers(caregivers)
                .volunteers(volunteers)
                .careTasks(tasks)
                .policy(chance(random, 0.4) ? null : policy(random))
                .build();
    }

    private static int scaled(int max, int size) {
        int percent = Math.max(1, Math.min(100, size));
        return (int) ((max * (long) percent + 99) / 100);
    }

    // ---- the parts ----

    private static LocalDate referenceDate(Random random) {
        return switch (weighted(random, 85, 10, 5)) {
            case 0 -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3653));
            case 1 -> pick(random, LocalDate.of(2024, 2, 29), LocalDate.of(2000, 2, 29), LocalDate.of(1999, 12, 31),
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            default -> pick(random, FIRST_DATE, LocalDate.of(1, 1, 1), LocalDate.of(1900, 3, 1), LAST_DATE);
        };
    }

    /** A date {@code days} after (negative: before) {@code date}, kept within what the contract writes. */
    static LocalDate shift(LocalDate date, long days) {
        LocalDate shifted = days >= 0
                ? (LAST_DATE.toEpochDay() - date.toEpochDay() < days ? LAST_DATE : date.plusDays(days))
                : (date.toEpochDay() - FIRST_DATE.toEpochDay() < -days ? FIRST_DATE : date.plusDays(days));
        return shifted;
    }

    private static Client client(Random random, String id, List<Caregiver> caregivers) {
        Set<Condition> conditions = switch (weighted(random, 30, 45, 20, 5)) {
            case 0 -> Set.of();
            case 1 -> Draw.some(random, Condition.class, 1);
            case 2 -> Draw.some(random, Condition.class, between(random, 2, 3));
            default -> Draw.subset(random, Condition.class, 0.5);
        };
        Set<DerailmentSignal> derailment = chance(random, 0.8) ? Set.of()
                : Draw.some(random, DerailmentSignal.class, between(random, 1, 3));
        List<String> shared = new ArrayList<>();
        int sharing = weighted(random, 30, 40, 30);
        for (Caregiver caregiver : caregivers) {
            if (sharing == 2 || sharing == 1 && chance(random, 0.5)) {
                shared.add(caregiver.id());
            }
        }
        return Client.builder(id).conditions(conditions).derailmentSignals(derailment).carePlanSharedWith(shared).build();
    }

    private static Caregiver caregiver(Random random, String id, boolean primary, LocalDate anchor) {
        int profile = weighted(random, 70, 15, 15); // moderate, extreme, on the thresholds
        double hours;
        int months;
        int signalCount;
        BurdenMeasurement burden;
        boolean livesWithClient;
        switch (profile) {
            case 0 -> {
                hours = switch (weighted(random, 1, 6, 2, 1)) {
                    case 0 -> 0;
                    case 1 -> between(random, 1, 8);
                    case 2 -> between(random, 1, 48) / 4.0;
                    default -> between(random, 9, 16);
                };
                months = chance(random, 0.1) ? 0 : between(random, 1, 60);
                signalCount = weighted(random, 65, 25, 10);
                burden = chance(random, 0.6) ? null : burden(random, false, anchor);
                livesWithClient = chance(random, 0.3);
            }
            case 1 -> {
                hours = switch (weighted(random, 3, 2, 2, 1)) {
                    case 0 -> between(random, 20, 39);
                    case 1 -> 40;
                    case 2 -> between(random, 41, 100);
                    default -> pick(random, 112.5, 168.0, 84.0);
                };
                months = between(random, 12, 600);
                signalCount = between(random, 3, OverloadSignal.values().length);
                burden = chance(random, 0.2) ? null : burden(random, true, anchor);
                livesWithClient = chance(random, 0.7);
            }
            default -> {
                hours = BOUNDARY_HOURS[random.nextInt(BOUNDARY_HOURS.length)];
                months = BOUNDARY_MONTHS[random.nextInt(BOUNDARY_MONTHS.length)];
                signalCount = between(random, 0, 3);
                burden = chance(random, 0.3) ? null : burden(random, false, anchor);
                livesWithClient = chance(random, 0.5);
            }
        }
        Integer age = switch (weighted(random, 30, 20, 50)) {
            case 0 -> null;
            case 1 -> BOUNDARY_AGES[random.nextInt(BOUNDARY_AGES.length)];
            // 10 to 90: children and teenagers care too (rules v2 §G), so 17 and 18 come up often
            default -> between(random, 10, 90);
        };
        return Caregiver.builder(id)
                .relationToClient(RelationToClient.values()[weighted(random, 30, 30, 10, 10, 8, 7, 5)])
                .hoursPerWeek(hours)
                .monthsCaring(months)
                .livesWithClient(livesWithClient)
                .employed(chance(random, 0.45))
                .age(age)
                .primaryContact(primary)
                .burden(burden)
                .signals(Draw.some(random, OverloadSignal.class, signalCount))
                .build();
    }

    private static BurdenMeasurement burden(Random random, boolean heavy, LocalDate anchor) {
        BurdenInstrument instrument = pick(random, BurdenInstrument.values());
        int score;
        if (heavy) {
            int heavyFrom = switch (instrument) {
                case EDIZ_PLUS -> 9;
                case CSI -> 7;
                case ZBI -> 41;
            };
            score = between(random, heavyFrom, instrument.maxScore());
        } else if (chance(random, 0.5)) {
            int[] cutOffs = cutOffScores(instrument);
            score = cutOffs[random.nextInt(cutOffs.length)];
        } else {
            score = between(random, instrument.minScore(), instrument.maxScore());
        }
        LocalDate assessedOn = chance(random, 0.5) ? null : shift(anchor, -between(random, 0, 730));
        return new BurdenMeasurement(instrument, score, assessedOn);
    }

    private static CareTask task(Random random, String id, List<Caregiver> caregivers, List<Volunteer> volunteers,
            LocalDate anchor) {
        int performer = weighted(random, caregivers.isEmpty() ? 0 : 60, volunteers.isEmpty() ? 0 : 15, 25);
        String performedBy = switch (performer) {
            case 0 -> pick(random, caregivers).id();
            case 1 -> pick(random, volunteers).id();
            default -> CareTask.PROFESSIONAL;
        };
        Agreement agreement = switch (weighted(random, 30, 20, 50)) {
            case 0 -> null;
            case 1 -> Agreement.defaults();
            default -> Agreement.builder()
                    .recordedInCarePlan(chance(random, 0.6))
                    .caregiverWilling(chance(random, 0.85))
                    .caregiverAble(chance(random, 0.85))
                    .instructionGiven(chance(random, 0.5))
                    .nextEvaluation(switch (weighted(random, 30, 25, 15, 30)) {
                        case 0 -> null;
                        case 1 -> shift(anchor, -between(random, 1, 400));
                        case 2 -> anchor;
                        default -> shift(anchor, between(random, 1, 400));
                    })
                    .build();
        };
        return CareTask.builder(id)
                .kind(pick(random, TaskKind.values()))
                .performedBy(performedBy)
                .professionalReservations(chance(random, 0.15))
                .agreement(agreement)
                .build();
    }

    private static Policy policy(Random random) {
        return new Policy(policyList(random), policyList(random));
    }

    private static Set<TaskKind> policyList(Random random) {
        return switch (weighted(random, 20, 60, 20)) {
            case 0 -> Set.of();
            case 1 -> Draw.subset(random, TaskKind.class, 0.5);
            default -> EnumSet.allOf(TaskKind.class);
        };
    }

    // ---- ids ----

    /** How the ids of one situation look; unique by construction (a counter in every id). */
    private record Ids(int style, String flavour, int serial) {
        private static final String[] FLAVOURS = {
            "Zoë", "李", "😀", "a b", "quote\"and\\backslash", "professional", "ĳ", "🧑‍🤝‍🧑", "/", "<>&'"};
        private static final String[] PADDING = {"x", "é", "😀"};

        static Ids choose(Random random) {
            int style = weighted(random, 60, 10, 15, 15); // plain, numeric, unicode, 128 code points
            return new Ids(style, pick(random, FLAVOURS) + "|" + pick(random, PADDING), between(random, 1, 9999));
        }

        String situation() {
            return make("sit", serial);
        }

        String client() {
            return make("cl", serial);
        }

        /** A caregiver or volunteer id: {@code n} counts across both, so that they never clash. */
        String person(String prefix, int n) {
            return make(prefix, n);
        }

        /** A task id; tasks have ids of their own, which may equal a person's (the contract allows it). */
        String task(int n) {
            return make("t", n);
        }

        private String make(String prefix, int n) {
            String word = flavour.substring(0, flavour.indexOf('|'));
            String padding = flavour.substring(flavour.indexOf('|') + 1);
            return switch (style) {
                case 0 -> prefix + "-" + n;
                case 1 -> Integer.toString(n);
                case 2 -> prefix + " " + word + " " + n;
                default -> {
                    StringBuilder id = new StringBuilder(prefix).append('-').append(n).append('-');
                    while (id.codePointCount(0, id.length()) < MAX_ID_LENGTH) {
                        id.append(padding);
                    }
                    yield id.toString();
                }
            };
        }
    }
}
