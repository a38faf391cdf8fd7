package nl.sofa.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Severity;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.RulePacks;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.text.Vocabulary;

/**
 * Plays an ECD: builds the engine once (with the organisation's pack), evaluates a client's
 * situation when a professional opens the client, and puts the flags on the professional's
 * worklist, most serious first, in Dutch sentences with the names the ECD knows: each flag's title
 * and the headline of why, never a code.
 *
 * <pre>
 * java -cp sofa-examples/target/sofa.jar nl.sofa.examples.EcdWorklist \
 *     sofa-examples/situations/daily-overload-sole-caregiver.json sofa-examples/packs/zorggroep-noord
 * </pre>
 *
 * <p>The whole advice for a person to read is {@code AdviceText.render(advice, locale, nameOfId)}; a
 * worklist needs only the flags.
 */
public final class EcdWorklist {
    /**
     * The names this ECD shows for the ids of the bundled example {@code daily-overload-sole-caregiver};
     * a real ECD looks them up in its own records. An id without a name stays an id.
     */
    public static final Map<String, String> EXAMPLE_NAMES = Map.of(
            "daily-overload-sole-caregiver", "meneer Bakker",
            "cg-wife", "Ans Bakker",
            "t-insulin", "insuline",
            "t-hoist", "tillift",
            "t-household", "huishouden");

    private static final Locale DUTCH = Vocabulary.DUTCH;

    private final SofaEngine engine;
    private final Function<String, String> nameOfId;
    private final SofaJson json = SofaJson.standard();
    private final Vocabulary words = Vocabulary.standard();

    /**
     * Once, at start-up: loading the rules is the slow part; evaluating is not.
     *
     * @param engine the engine, with the organisation's packs
     * @param nameOfId the name the ECD shows for an id (of the client's situation, a caregiver, a
     *     volunteer or a task); null or the id itself keeps the id
     */
    public EcdWorklist(SofaEngine engine, Function<String, String> nameOfId) {
        this.engine = Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(nameOfId, "nameOfId");
        this.nameOfId = id -> Objects.requireNonNullElse(nameOfId.apply(id), id);
    }

    /**
     * The worklist lines for one client's situation.
     *
     * @param situationJson the situation as the ECD exports it
     * @param out where the worklist goes
     * @return the number of flags that need action (WARNING or CRITICAL)
     */
    public int showWorklist(InputStream situationJson, PrintStream out) {
        Situation situation;
        try {
            situation = json.readSituation(situationJson);
        } catch (InvalidSituationException e) {
            // The ECD's export is wrong: show where, never the data itself.
            out.println("Situatie niet bruikbaar: " + e.path() + ": " + e.problem());
            return 0;
        }
        Advice advice = engine.evaluate(situation);
        out.println("Werklijst " + nameOfId.apply(advice.situationId()) + ", "
                + words.date(advice.referenceDate(), DUTCH));
        int needsAction = 0;
        for (Flag flag : advice.flags()) { // most serious first
            out.println("  " + capitalized(words.word("severity", flag.severity().name(), DUTCH)) + ": "
                    + flag.text().nl() + about(flag));
            // The headline says why; the other reasons are the facts behind it, for the client's record.
            out.println("      " + flag.reasons().get(0).text(DUTCH, nameOfId));
            if (flag.severity() != Severity.INFO) {
                needsAction++;
            }
        }
        return needsAction;
    }

    /** Who and which task the flag is about: " (Ans Bakker, taak insuline)", or nothing. */
    private String about(Flag flag) {
        if (flag.caregiverId() == null && flag.taskId() == null) {
            return "";
        }
        StringBuilder about = new StringBuilder(" (");
        if (flag.caregiverId() != null) {
            about.append(nameOfId.apply(flag.caregiverId()));
        }
        if (flag.taskId() != null) {
            about.append(flag.caregiverId() == null ? "" : ", ").append("taak ").append(nameOfId.apply(flag.taskId()));
        }
        return about.append(')').toString();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * @param args the situation file, then any number of rule-pack folders or jars
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: EcdWorklist SITUATION.json [PACK...]");
            System.exit(2);
        }
        SofaEngine.Builder builder = SofaEngine.builder();
        for (int i = 1; i < args.length; i++) {
            builder.addPack(RulePacks.load(Path.of(args[i])));
        }
        EcdWorklist ecd = new EcdWorklist(builder.build(), EXAMPLE_NAMES::get);
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            int needsAction = ecd.showWorklist(in, out);
            out.println(needsAction + " signalen vragen actie");
        }
    }
}
