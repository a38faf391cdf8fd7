package nl.sofa.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.json.internal.JsonModel.Field;
import nl.sofa.json.internal.JsonModel.Obj;
import nl.sofa.json.internal.JsonModel.Raw;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.task.TaskKind;

/**
 * Valid situation documents for the reader tests: the contract's example, the example situations
 * of {@code sofa-examples}, the situations of the golden advice file in {@code sofa-rules} (read as
 * files: sofa-core's tests cannot depend on those modules), and documents generated here. sofa-core
 * cannot use the testkit's generator (the testkit depends on sofa-core), so this one is written for
 * the reader: it varies what a reader can trip over (field order, optional fields left out, numbers
 * written as {@code 36}, {@code 36E0}, {@code 360e-1} or {@code 12.50}, dates at the contract's ends,
 * ids with surrogate pairs, white space), not what the rules care about.
 */
final class ValidDocuments {
    static final Path GOLDEN = Path.of("../sofa-rules/src/test/resources/nl/sofa/engine/golden/advice-golden.txt.gz");
    static final Path EXAMPLES = Path.of("../sofa-examples/situations");

    private static final String[] IDS = {"cg-1", "x", "Ω-7", "\uD83D\uDE00", "a b", "\uD83D\uDE00".repeat(128),
        "y".repeat(128), "ids with \"quotes\" and \\", "é"};
    private static final String[] HOURS = {"0", "-0", "0.0", "12", "12.5", "12.50", "1.25e1", "1E2", "168", "168.0",
        "167.99999999999999999999", "0.000001", "1e-400", "40"};
    private static final String[] DATES = {"2026-11-23", "0000-01-01", "9999-12-31", "2024-02-29", "2000-02-29",
        "1999-12-31"};

    private ValidDocuments() {
    }

    /** The example of contract-v1.md §1. */
    static String contractExample() {
        try (InputStream in = ValidDocuments.class.getResourceAsStream("/nl/sofa/json/contract-example-situation.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example situations of sofa-examples, as their files have them (indented). */
    static List<String> examples() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<String> documents = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                documents.add(Files.readString(file));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The situations of the golden advice file (every other line: situation, advice). */
    static List<String> golden() {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(GOLDEN))) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String> situations = new ArrayList<>();
            for (int i = 0; i < lines.length; i += 2) {
                situations.add(lines[i]);
            }
            return situations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid document drawn from {@code seed}, as a model to print or change. */
    static Obj generated(long seed) {
        return new Generator(new Random(seed)).situation();
    }

    private static final class Generator {
        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Obj situation() {
            int version = random.nextInt(2) + 1;
            Phase phase = pick(Phase.values());
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("schemaVersion", new Raw(oneOf(version + "", version + "E0", version + "0e-1"))));
            fields.add(new Field("id", pick(IDS)));
            maybe(fields, "referenceDate", () -> pick(DATES));
            maybe(fields, "setting", () -> pick(Setting.values()).name());
            fields.add(new Field("phase", phase.name()));
            if (phase == Phase.ENDING) {
                EndingReason reason;
                do {
                    reason = pick(EndingReason.values());
                } while (version == 1 && reason == EndingReason.DISCHARGE_HOME);
                fields.add(new Field("endingReason", reason.name()));
            }
            int caregiverCount = random.nextInt(5);
            List<String> caregiverIds = new ArrayList<>();
            for (int i = 0; i < caregiverCount; i++) {
                caregiverIds.add(i == 0 && random.nextBoolean() ? pick(IDS) : "cg-n" + i);
            }
            List<String> volunteerIds = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                volunteerIds.add(i == 1 && random.nextBoolean() ? "PROFESSIONAL-not" : "vw-" + i);
            }
            fields.add(new Field("client", client(caregiverIds)));
            if (!caregiverIds.isEmpty() || random.nextBoolean()) {
                int primary = caregiverIds.isEmpty() ? -1 : random.nextInt(caregiverIds.size() + 1) - 1;
                List<Object> caregivers = new ArrayList<>();
                for (int i = 0; i < caregiverIds.size(); i++) {
                    caregivers.add(caregiver(caregiverIds.get(i), i == primary));
                }
                fields.add(new Field("caregivers", caregivers));
            }
            if (!volunteerIds.isEmpty() || random.nextBoolean()) {
                List<Object> volunteers = new ArrayList<>();
                volunteerIds.forEach(id -> volunteers.add(new Obj(List.of(new Field("id", id)))));
                fields.add(new Field("volunteers", volunteers));
            }
            List<String> performers = new ArrayList<>(caregiverIds);
            performers.addAll(volunteerIds);
            performers.add("PROFESSIONAL");
            int taskCount = random.nextInt(6);
            if (taskCount > 0 || random.nextBoolean()) {
                List<Object> tasks = new ArrayList<>();
                for (int i = 0; i < taskCount; i++) {
                    // PROFESSIONAL is reserved among people, not among task ids
                    tasks.add(task(i == 0 && random.nextInt(4) == 0 ? "PROFESSIONAL" : "t-" + i,
                            performers.get(random.nextInt(performers.size()))));
                }
                fields.add(new Field("careTasks", tasks));
            }
            if (random.nextBoolean()) {
                List<Field> policy = new ArrayList<>();
                maybe(policy, "caregiverMayPerform", () -> names(TaskKind.values()));
                maybe(policy, "volunteerMayPerform", () -> names(TaskKind.values()));
                fields.add(new Field("policy", shuffled(policy)));
            }
            return shuffled(fields);
        }

        private Obj client(List<String> caregiverIds) {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", pick(IDS)));
            maybe(fields, "conditions", () -> names(Condition.values()));
            maybe(fields, "carePlanSharedWith", () -> {
                List<Object> shared = new ArrayList<>();
                // a caregiver named twice counts once
                for (int i = caregiverIds.isEmpty() ? 0 : random.nextInt(caregiverIds.size() + 2); i > 0; i--) {
                    shared.add(pick(caregiverIds.toArray(String[]::new)));
                }
                return shared;
            });
            maybe(fields, "derailmentSignals", () -> names(DerailmentSignal.values()));
            return shuffled(fields);
        }

        private Obj caregiver(String id, boolean primary) {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", id));
            fields.add(new Field("relationToClient", pick(RelationToClient.values()).name()));
            fields.add(new Field("hoursPerWeek", new Raw(pick(HOURS))));
            int months = random.nextInt(1201);
            // JSON allows no leading zero: 0 has forms of its own
            fields.add(new Field("monthsCaring", new Raw(months == 0 ? oneOf("0", "-0", "0E0", "0e5")
                    : oneOf(months + "", months + "E0", months + "0e-1"))));
            maybe(fields, "livesWithClient", random::nextBoolean);
            maybe(fields, "employed", random::nextBoolean);
            maybe(fields, "age", () -> new Raw(String.valueOf(5 + random.nextInt(116))));
            if (primary) {
                fields.add(new Field("primaryContact", true));
            } else {
                maybe(fields, "primaryContact", () -> false);
            }
            maybe(fields, "burden", () -> {
                BurdenInstrument instrument = pick(BurdenInstrument.values());
                List<Field> burden = new ArrayList<>();
                burden.add(new Field("instrument", instrument.name()));
                int score = instrument.minScore() + random.nextInt(instrument.maxScore() - instrument.minScore() + 1);
                burden.add(new Field("score", new Raw(oneOf(score + "", score + "e0"))));
                maybe(burden, "assessedOn", () -> pick(DATES));
                return shuffled(burden);
            });
            maybe(fields, "signals", () -> names(OverloadSignal.values()));
            return shuffled(fields);
        }

        private Obj task(String id, String performer) {
            List<Field> fields = new ArrayList<>();
            fields.add(new Field("id", id));
            fields.add(new Field("kind", pick(TaskKind.values()).name()));
            fields.add(new Field("performedBy", performer));
            maybe(fields, "professionalReservations", random::nextBoolean);
            maybe(fields, "agreement", () -> {
                List<Field> agreement = new ArrayList<>();
                for (String flag : List.of("recordedInCarePlan", "caregiverWilling", "caregiverAble", "instructionGiven")) {
                    maybe(agreement, flag, random::nextBoolean);
                }
                maybe(agreement, "nextEvaluation", () -> pick(DATES));
                return shuffled(agreement);
            });
            return shuffled(fields);
        }

        /** A few enum names, perhaps one twice (a repeated value counts once). */
        private List<Object> names(Enum<?>[] values) {
            List<Object> names = new ArrayList<>();
            for (int i = random.nextInt(4); i > 0; i--) {
                names.add(pick(values).name());
            }
            return names;
        }

        private void maybe(List<Field> fields, String name, java.util.function.Supplier<Object> value) {
            if (random.nextBoolean()) {
                fields.add(new Field(name, value.get()));
            }
        }

        private Obj shuffled(List<Field> fields) {
            List<Field> copy = new ArrayList<>(fields);
            Collections.shuffle(copy, random);
            return new Obj(copy);
        }

        private String oneOf(String... texts) {
            return texts[random.nextInt(texts.length)];
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
