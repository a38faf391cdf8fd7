package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Whatever the model accepts, the contract can carry: a Situation that can be built writes a
 * document that the reader accepts and reads back equal. The generator here goes beyond the
 * contract's values on purpose (any LocalDate, any double, any code point in an id); what the model
 * refuses is discarded.
 */
class ModelAndContractAgreeTest {
    private static final SofaJson JSON = SofaJson.standard();

    /** Situations of {@link Situations#valid()} with one value pushed to where only the model's own checks stop it. */
    private static final Gen<Situation> WIDE = (random, size) -> {
        Situation situation = Situations.valid().next(random, size);
        try {
            return widen(situation, random);
        } catch (RuntimeException refused) {
            return null; // the model refused: nothing to check
        }
    };

    @Test
    void whatTheModelAcceptsTheReaderReadsBackEqual() {
        Property.forAll(WIDE.withShrinker(Situations::shrink).describedBy(s -> s == null ? "refused" : Situations.describe(s)))
                .check(situation -> {
                    Assumptions.assumeTrue(situation != null);
                    assertThat(JSON.readSituation(JSON.writeSituation(situation))).isEqualTo(situation);
                });
    }

    private static Situation widen(Situation s, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> s.toBuilder().referenceDate(anyDate(random)).build();
            case 1 -> s.toBuilder().client(new Client(anyId(random), s.client().conditions(),
                    s.client().carePlanSharedWith(), s.client().derailmentSignals())).build();
            case 2 -> {
                if (s.caregivers().isEmpty()) {
                    yield s;
                }
                List<Caregiver> caregivers = new ArrayList<>(s.caregivers());
                Caregiver first = caregivers.get(0);
                caregivers.set(0, first.toBuilder().hoursPerWeek(anyHours(random))
                        .burden(first.burden() == null ? null : new BurdenMeasurement(first.burden().instrument(),
                                first.burden().score(), anyDate(random)))
                        .build());
                yield s.toBuilder().caregivers(caregivers).build();
            }
            default -> {
                List<CareTask> tasks = new ArrayList<>(s.careTasks());
                tasks.add(CareTask.builder(anyId(random)).kind(nl.sofa.task.TaskKind.OTHER)
                        .performedBy(CareTask.PROFESSIONAL).agreement(nl.sofa.task.Agreement.builder()
                                .nextEvaluation(anyDate(random)).build()).build());
                List<CareTask> unique = tasks.stream().map(CareTask::id).distinct().count() == tasks.size() ? tasks
                        : s.careTasks();
                yield s.toBuilder().careTasks(unique).build();
            }
        };
    }

    private static LocalDate anyDate(Random random) {
        long min = ChronoField.EPOCH_DAY.range().getMinimum();
        long max = ChronoField.EPOCH_DAY.range().getMaximum();
        return random.nextBoolean() ? LocalDate.ofEpochDay(min + (long) (random.nextDouble() * (max - min)))
                : LocalDate.of(random.nextInt(20_001) - 10_000, 1 + random.nextInt(12), 1);
    }

    private static double anyHours(Random random) {
        return random.nextBoolean() ? random.nextDouble() * 168 : Double.longBitsToDouble(random.nextLong() >>> 1);
    }

    private static String anyId(Random random) {
        StringBuilder id = new StringBuilder();
        int length = 1 + random.nextInt(130);
        for (int i = 0; i < length; i++) {
            int codePoint = random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x110000);
            id.appendCodePoint(codePoint);
        }
        return id.toString();
    }
}
