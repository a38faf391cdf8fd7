package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.task.Agreement;
import nl.sofa.task.TaskKind;

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
 * The model (records built in code) and the contract (documents read by the reader) agree. Whatever
 * the model accepts, the contract can carry: a Situation that can be built writes a document that
 * the reader accepts and reads back equal (the generator here goes beyond the contract's values on
 * purpose: any LocalDate, any double, any code point in an id; what the model refuses is
 * discarded). And what both refuse, they refuse at the same path.
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

    /**
     * The cross-field rules are checked twice, by the reader on a document and by Situation's
     * constructor on records built in code; for the same single problem both name the same path
     * (the model's carePlanSharedWith is sorted, so an index there is the sorted one).
     */
    @Test
    void theModelAndTheReaderNameTheSameFirstProblem() {
        Gen<BrokenDocument> crossField = Documents.broken(Situations.valid(), EnumSet.of(Corruption.DUPLICATE_ID,
                Corruption.SECOND_PRIMARY_CONTACT, Corruption.UNKNOWN_REFERENCE, Corruption.FORBIDDEN_FIELD));
        Property.forAll(crossField).check(broken -> {
            JsonNode document = MAPPER.readTree(broken.bytes());
            Situation.Builder builder;
            try {
                builder = Lenient.builder(document);
            } catch (IllegalArgumentException | NullPointerException refusedByARecord) {
                Assumptions.abort("a single record refuses it: " + refusedByARecord.getMessage());
                return;
            }
            String expected = broken.expectedPath();
            String shared = "$.client.carePlanSharedWith[";
            if (expected.startsWith(shared)) {
                int index = Integer.parseInt(expected.substring(shared.length(), expected.length() - 1));
                TreeSet<String> sorted = new TreeSet<>();
                document.path("client").path("carePlanSharedWith").forEach(id -> sorted.add(id.asText()));
                String bad = document.path("client").path("carePlanSharedWith").get(index).asText();
                expected = shared + sorted.headSet(bad).size() + "]";
            }
            String path = expected;
            assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidSituationException.class,
                    e -> assertThat(e.path()).isEqualTo(path));
        });
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Builds a situation from a document with Situation's builder, without the reader's checks. */
    private static final class Lenient {
        static Situation.Builder builder(JsonNode d) {
            Situation.Builder builder = Situation.builder(d.path("id").asText(), Phase.valueOf(d.path("phase").asText()))
                    .referenceDate(d.has("referenceDate") ? LocalDate.parse(d.path("referenceDate").asText()) : null)
                    .setting(d.has("setting") ? Setting.valueOf(d.path("setting").asText()) : null)
                    .endingReason(d.has("endingReason") ? EndingReason.valueOf(d.path("endingReason").asText()) : null)
                    .policy(d.has("policy") ? new Policy(enums(d.path("policy").path("caregiverMayPerform"), TaskKind.class),
                            enums(d.path("policy").path("volunteerMayPerform"), TaskKind.class)) : null);
            JsonNode client = d.path("client");
            builder.client(new Client(client.path("id").asText(), enums(client.path("conditions"), Condition.class),
                    new TreeSet<>(texts(client.path("carePlanSharedWith"))),
                    enums(client.path("derailmentSignals"), DerailmentSignal.class)));
            for (JsonNode c : d.path("caregivers")) {
                JsonNode burden = c.path("burden");
                builder.addCaregiver(Caregiver.builder(c.path("id").asText())
                        .relationToClient(RelationToClient.valueOf(c.path("relationToClient").asText()))
                        .hoursPerWeek(c.path("hoursPerWeek").asDouble()).monthsCaring(c.path("monthsCaring").asInt())
                        .livesWithClient(c.path("livesWithClient").asBoolean()).employed(c.path("employed").asBoolean())
                        .age(c.has("age") ? c.path("age").asInt() : null)
                        .primaryContact(c.path("primaryContact").asBoolean())
                        .burden(c.has("burden") ? new BurdenMeasurement(BurdenInstrument.valueOf(burden.path("instrument")
                                .asText()), burden.path("score").asInt(), burden.has("assessedOn")
                                ? LocalDate.parse(burden.path("assessedOn").asText()) : null) : null)
                        .signals(enums(c.path("signals"), OverloadSignal.class))
                        .build());
            }
            d.path("volunteers").forEach(v -> builder.addVolunteer(new Volunteer(v.path("id").asText())));
            for (JsonNode t : d.path("careTasks")) {
                JsonNode a = t.path("agreement");
                builder.addCareTask(CareTask.builder(t.path("id").asText())
                        .kind(TaskKind.valueOf(t.path("kind").asText())).performedBy(t.path("performedBy").asText())
                        .professionalReservations(t.path("professionalReservations").asBoolean())
                        .agreement(t.has("agreement") ? new Agreement(a.path("recordedInCarePlan").asBoolean(),
                                a.path("caregiverWilling").asBoolean(true), a.path("caregiverAble").asBoolean(true),
                                a.path("instructionGiven").asBoolean(), a.has("nextEvaluation")
                                ? LocalDate.parse(a.path("nextEvaluation").asText()) : null) : null)
                        .build());
            }
            return builder;
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            array.forEach(node -> texts.add(node.asText()));
            return texts;
        }

        private static <E extends Enum<E>> Set<E> enums(JsonNode array, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            array.forEach(node -> set.add(Enum.valueOf(type, node.asText())));
            return set;
        }
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
