package nl.sofa.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.sofa.json.ReadLimits;
import nl.sofa.json.SofaJson;
import nl.sofa.json.internal.JsonModel.Field;
import nl.sofa.json.internal.JsonModel.Location;
import nl.sofa.json.internal.JsonModel.Obj;
import nl.sofa.json.internal.JsonModel.Raw;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path against the careful path (tree and contract checker), document by
 * document. The invariant under test: when the fast path returns a situation, the careful path
 * returns an equal one (and both write the same JSON); when the careful path refuses a document,
 * the fast path gives up. On the valid documents the suite knows, the fast path must not give up.
 */
class StreamingSituationReaderTest {
    private static final SituationParser PARSER = new SituationParser(ReadLimits.defaults());
    private static final SofaJson JSON = SofaJson.standard();
    private static final int GENERATED = 2_000;

    /** What each path made of one document. */
    private record Outcome(Situation fast, Situation careful, RuntimeException refusal) {
        static Outcome of(SituationParser parser, byte[] document) {
            Situation fast = parser.parseFast(document);
            try {
                return new Outcome(fast, parser.parseCarefully(document), null);
            } catch (RuntimeException e) {
                return new Outcome(fast, null, e);
            }
        }
    }

    /** Counts of a run over many documents, to show what a run covered. */
    private static final class Tally {
        int refused;
        int takenFast;
        int validButGivenUp;
        final List<String> givenUp = new ArrayList<>();
    }

    private static byte[] utf8(String document) {
        return document.getBytes(StandardCharsets.UTF_8);
    }

    /** A valid document: the fast path reads it, to the careful path's situation and JSON. */
    private static void assertReadFast(String what, byte[] document) {
        Outcome outcome = Outcome.of(PARSER, document);
        assertThat(outcome.refusal()).as("%s is valid", what).isNull();
        assertThat(outcome.fast()).as("the fast path reads %s", what).isNotNull();
        assertThat(outcome.fast()).as(what).isEqualTo(outcome.careful());
        assertThat(JSON.writeSituation(outcome.fast())).as(what).isEqualTo(JSON.writeSituation(outcome.careful()));
    }

    /** Any document: the fast path reads what the careful path reads, or gives up; never more. */
    private static void assertAgree(SituationParser parser, String what, byte[] document, Tally tally) {
        Outcome outcome = Outcome.of(parser, document);
        if (outcome.refusal() != null) {
            tally.refused++;
            assertThat(outcome.fast()).as("the careful path refuses %s (%s), the fast path must give up", what,
                    outcome.refusal().getMessage()).isNull();
        } else if (outcome.fast() != null) {
            tally.takenFast++;
            assertThat(outcome.fast()).as(what).isEqualTo(outcome.careful());
            assertThat(JSON.writeSituation(outcome.fast())).as(what).isEqualTo(JSON.writeSituation(outcome.careful()));
        } else {
            tally.validButGivenUp++;
            tally.givenUp.add(what);
        }
    }

    // ---- valid documents ----

    @Test
    void theFastPathReadsTheContractExampleAsTheCarefulPathDoes() {
        assertReadFast("the contract example", utf8(ValidDocuments.contractExample()));
    }

    @Test
    void theFastPathReadsEveryExampleSituation() {
        List<String> examples = ValidDocuments.examples();
        assertThat(examples).as("the example situations of sofa-examples").hasSizeGreaterThan(10);
        for (int i = 0; i < examples.size(); i++) {
            assertReadFast("example " + i, utf8(examples.get(i)));
        }
    }

    @Test
    void theFastPathReadsEveryGoldenSituation() {
        List<String> golden = ValidDocuments.golden();
        assertThat(golden).as("the situations of the golden advice file").hasSizeGreaterThan(500);
        for (int i = 0; i < golden.size(); i++) {
            assertReadFast("golden situation " + i, utf8(golden.get(i)));
        }
    }

    @Test
    void theFastPathReadsEveryGeneratedSituation() {
        for (long seed = 0; seed < GENERATED; seed++) {
            Obj document = ValidDocuments.generated(seed);
            assertReadFast("generated situation " + seed, utf8(JsonModel.toJson(document)));
            assertReadFast("generated situation " + seed + " with white space",
                    utf8(JsonModel.toJson(document, new Random(seed))));
        }
    }

    @Test
    void theFastPathReadsADocumentAfterAByteOrderMark() {
        // Jackson skips a UTF-8 byte order mark on both paths; the fast path must not refuse what is read
        byte[] document = utf8("\uFEFF" + ValidDocuments.contractExample());
        assertReadFast("the contract example after a byte order mark", document);
    }

    // ---- invalid documents: the careful path refuses them, the fast path must give up ----

    @Test
    void everyChangeToAValidDocumentIsReadAlikeOrGivenUp() {
        List<Object> sources = new ArrayList<>();
        sources.add(JsonModel.fromJson(ValidDocuments.contractExample()));
        ValidDocuments.examples().forEach(example -> sources.add(JsonModel.fromJson(example)));
        for (long seed = 0; seed < 8; seed++) {
            sources.add(ValidDocuments.generated(seed));
        }
        Tally tally = new Tally();
        for (int s = 0; s < sources.size(); s++) {
            String source = "document " + s + ": ";
            changes(sources.get(s), change -> assertAgree(PARSER, source + change.what(),
                    utf8(JsonModel.toJson(change.document())), tally));
        }
        // The changes must make invalid documents by the thousand, or this test shows nothing.
        assertThat(tally.refused).as("documents the careful path refuses").isGreaterThan(50_000);
        assertThat(tally.takenFast).as("changed documents still valid and read fast").isGreaterThan(5_000);
        assertThat(tally.givenUp).as("valid changed documents the fast path gave up on").isEmpty();
    }

    @Test
    void everyTruncationOfAValidDocumentIsGivenUp() {
        byte[] whole = utf8(ValidDocuments.contractExample().strip());
        Tally tally = new Tally();
        for (int length = 0; length < whole.length; length++) {
            byte[] part = java.util.Arrays.copyOf(whole, length);
            assertAgree(PARSER, "the first " + length + " bytes", part, tally);
        }
        // a prefix that is still a valid document would be a different document: there is none here
        assertThat(tally.refused).isEqualTo(whole.length);
    }

    @Test
    void randomlyDamagedBytesAreReadAlikeOrGivenUp() {
        byte[] whole = utf8(ValidDocuments.contractExample().replace(" ", "").replace("\n", ""));
        Random random = new Random(15);
        Tally tally = new Tally();
        for (int i = 0; i < 20_000; i++) {
            byte[] damaged = whole.clone();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            assertAgree(PARSER, "damage " + i, damaged, tally);
        }
        assertThat(tally.refused).isGreaterThan(10_000);
    }

    @Test
    void malformedAndHostileDocumentsAreGivenUp() {
        String example = ValidDocuments.contractExample();
        List<byte[]> documents = new ArrayList<>(List.of(
                utf8(""), utf8("   "), utf8("[]"), utf8("42"), utf8("\"situation\""), utf8("null"),
                utf8(example + " {}"), utf8(example + "x"), utf8(example + "]"),
                example.getBytes(StandardCharsets.UTF_16BE), example.getBytes(StandardCharsets.UTF_16LE),
                example.getBytes(java.nio.charset.Charset.forName("UTF-32")),
                utf8("{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}"),
                utf8("{\"a\":" + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_001)),
                utf8("{\"id\":1" + ",\"id\":1".repeat(10_000) + "}"),
                utf8("{\"" + "k".repeat(5000) + "\":1}"),
                utf8(example.replace("\"cl-1\"", "\"cl\u00001\"")),
                utf8(example.replace("\"cl-1\"", "\"" + "x".repeat(5000) + "\"")),
                utf8(example.replace("40", "1" + "0".repeat(500))),
                utf8(example.replace("40", "NaN")), utf8(example.replace("40", "Infinity")),
                utf8(example.replace("40", "0x10")), utf8(example.replace("40", "040")),
                utf8(example.replace("40", "+40")), utf8(example.replace("40", ".5")),
                utf8(example.replace("\"cl-1\"", "'cl-1'")),
                utf8(example.replace("\"TRANSFER\"", "\"TRANSFER\" /* a comment */")),
                utf8(example.replace("\"vw-1\" }", "\"vw-1\", }")),
                utf8("{\"id\": Jan Jansen}"),
                utf8("{\"schemaVersion\":1,\"id\":\"s\",\"phase\":\"DAILY\",\"client\":{\"id\":\"c\"},"
                        + "\"volunteers\":[{\"id\":\"x\"}],"
                        + "\"caregivers\":[{\"id\":\"x\",\"relationToClient\":\"CHILD\",\"hoursPerWeek\":2,\"monthsCaring\":0}]}"),
                utf8("{\"id\":\"s\",\"phase\":\"ENDING\",\"endingReason\":\"DISCHARGE_HOME\",\"client\":{\"id\":\"c\"},"
                        + "\"schemaVersion\":1}"),
                utf8("{\"id\":\"s\",\"phase\":\"ENDING\",\"endingReason\":\"DISCHARGE_HOME\",\"client\":{\"id\":\"c\"},"
                        + "\"schemaVersion\":1E0}"),
                utf8("{\"id\":\"s\",\"phase\":\"ENDING\",\"endingReason\":\"DISCHARGE_HOME\",\"client\":{\"id\":\"c\"},"
                        + "\"schemaVersion\":10e-1}")));
        byte[] invalidUtf8 = utf8(example.replace("cl-1", "cl-?"));
        for (int i = 0; i < invalidUtf8.length; i++) {
            if (invalidUtf8[i] == '?') {
                invalidUtf8[i] = (byte) 0xC3;
            }
        }
        documents.add(invalidUtf8);
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = '{';
        documents.add(junk);
        documents.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        Tally tally = new Tally();
        for (int i = 0; i < documents.size(); i++) {
            assertAgree(PARSER, "hostile document " + i, documents.get(i), tally);
        }
        assertThat(tally.refused).isEqualTo(documents.size());
    }

    @Test
    void aDocumentBeyondTheCallersLimitsIsGivenUp() {
        ReadLimits d = ReadLimits.defaults();
        List<ReadLimits> tight = List.of(
                new ReadLimits(300, d.maxDepth(), d.maxStringLength(), d.maxCaregivers(), d.maxVolunteers(),
                        d.maxCareTasks(), d.maxListLength()),
                new ReadLimits(d.maxDocumentBytes(), 1, d.maxStringLength(), 2_000, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 2, d.maxStringLength(), 2_000, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 3, d.maxStringLength(), 2_000, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 4, d.maxStringLength(), 2_000, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 100, 8, 2_000, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 100, 1024, 1, 2_000, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 100, 1024, 0, 0, 0, 0),
                new ReadLimits(d.maxDocumentBytes(), 100, 1024, 2_000, 1, 10_000, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 100, 1024, 2_000, 2_000, 2, 2_000),
                new ReadLimits(d.maxDocumentBytes(), 100, 1024, 2_000, 2_000, 10_000, 1));
        List<String> documents = new ArrayList<>(ValidDocuments.examples());
        documents.add(ValidDocuments.contractExample());
        for (long seed = 0; seed < 300; seed++) {
            documents.add(JsonModel.toJson(ValidDocuments.generated(seed)));
        }
        Tally tally = new Tally();
        for (ReadLimits limits : tight) {
            SituationParser parser = new SituationParser(limits);
            for (int i = 0; i < documents.size(); i++) {
                assertAgree(parser, limits + ", document " + i, utf8(documents.get(i)), tally);
            }
        }
        assertThat(tally.refused).as("documents refused for a limit").isGreaterThan(1_000);
        assertThat(tally.takenFast).as("documents within the limits").isGreaterThan(100);
        assertThat(tally.givenUp).isEmpty();
    }

    // ---- the changes ----

    private record Change(String what, Object document) {
    }

    /** Values put in every place of a document: wrong types, edges of ranges, odd numbers and dates. */
    private static final List<Object> REPLACEMENTS = List.of(
            JsonModel.NULL, true, false, List.of(), List.of("DEMENTIA"), new Obj(List.of()),
            "", " \t", "x", "PROFESSIONAL", "professional", "DISCHARGE_HOME", "ENDING", "BEGIN", "cg\u00001",
            "y".repeat(129), "2026-02-30", "2026-2-01", "2026-11-01T00:00", "+2026-11-01", "0000-01-01",
            "2024-02-29", "2023-02-29", "٢٠٢٦-١١-٢٣", new Raw("\"cl\\uD800\""), new Raw("\"\\uDE00x\""),
            new Raw("0"), new Raw("-0"), new Raw("-1"), new Raw("1"), new Raw("2"), new Raw("3"), new Raw("4"),
            new Raw("5"), new Raw("13"), new Raw("14"), new Raw("15"), new Raw("16"), new Raw("88"), new Raw("89"),
            new Raw("120"), new Raw("121"), new Raw("168"), new Raw("169"), new Raw("1200"), new Raw("1201"),
            new Raw("1.5"), new Raw("1.0"), new Raw("1E0"), new Raw("1e1"), new Raw("3.6E1"), new Raw("360e-1"),
            new Raw("36e-1"), new Raw("168.00000000000000001"), new Raw("-0.0"), new Raw("-1e-400"), new Raw("1e400"),
            new Raw("1e999999999"), new Raw("1e-999999999"), new Raw("99999999999"),
            new Raw("99999999999999999999999"), new Raw("2147483648"), new Raw("-2147483649"));

    /**
     * Every change of one step: each field dropped, repeated or joined by an unknown one; each list
     * entry dropped, repeated or joined by null; each value replaced by each of {@link #REPLACEMENTS}
     * and by each string the document holds (so ids turn up where they do not belong).
     */
    private static void changes(Object root, java.util.function.Consumer<Change> sink) {
        List<Location> locations = JsonModel.locations(root);
        Set<String> strings = new LinkedHashSet<>();
        for (Location location : locations) {
            if (location.value() instanceof String text) {
                strings.add(text);
            }
        }
        for (Location at : locations) {
            if (at.value() instanceof Obj obj) {
                for (int i = 0; i < obj.fields().size(); i++) {
                    int field = i;
                    String name = obj.fields().get(i).name();
                    sink.accept(change(root, at, "without " + at.path() + "." + name, o -> {
                        List<Field> fields = new ArrayList<>(((Obj) o).fields());
                        fields.remove(field);
                        return new Obj(fields);
                    }));
                    sink.accept(change(root, at, at.path() + "." + name + " repeated", o -> {
                        List<Field> fields = new ArrayList<>(((Obj) o).fields());
                        fields.add(fields.get(field));
                        return new Obj(fields);
                    }));
                }
                sink.accept(change(root, at, at.path() + " with an unknown field", o -> {
                    List<Field> fields = new ArrayList<>(((Obj) o).fields());
                    fields.add(new Field("extra", true));
                    return new Obj(fields);
                }));
            } else if (at.value() instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    int entry = i;
                    sink.accept(change(root, at, "without " + at.path() + "[" + i + "]", l -> {
                        List<Object> copy = new ArrayList<>((List<?>) l);
                        copy.remove(entry);
                        return copy;
                    }));
                    sink.accept(change(root, at, at.path() + "[" + i + "] repeated", l -> {
                        List<Object> copy = new ArrayList<>((List<?>) l);
                        copy.add(copy.get(entry));
                        return copy;
                    }));
                }
                sink.accept(change(root, at, at.path() + " with null added", l -> {
                    List<Object> copy = new ArrayList<>((List<?>) l);
                    copy.add(JsonModel.NULL);
                    return copy;
                }));
            }
            if (at.steps().isEmpty()) {
                continue;
            }
            for (Object replacement : REPLACEMENTS) {
                sink.accept(change(root, at, at.path() + " = " + JsonModel.toJson(replacement), v -> replacement));
            }
            if (at.value() instanceof String) {
                // ids where other ids, enum names or dates belong, and the other way round
                for (String text : strings) {
                    sink.accept(change(root, at, at.path() + " = " + JsonModel.toJson(text), v -> text));
                }
            }
        }
    }

    private static Change change(Object root, Location at, String what, UnaryOperator<Object> edit) {
        return new Change(what, JsonModel.edit(root, at.steps(), edit));
    }
}
