package nl.sofa.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Severity;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.pack.RulePacks;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;

/**
 * Plays an ECD: builds the engine once (with the organisation's pack), evaluates a client's
 * situation when a professional opens the client, and puts the flags on the professional's
 * worklist, most serious first, with the reasons in Dutch.
 *
 * <pre>
 * java -cp sofa-examples/target/sofa.jar nl.sofa.examples.EcdWorklist \
 *     sofa-examples/situations/daily-overload-sole-caregiver.json sofa-examples/packs/zorggroep-noord
 * </pre>
 */
public final class EcdWorklist {
    private final SofaEngine engine;
    private final SofaJson json = SofaJson.standard();

    /** Once, at start-up: loading the rules is the slow part; evaluating is not. */
    public EcdWorklist(SofaEngine engine) {
        this.engine = engine;
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
        out.println("Werklijst " + advice.situationId() + " (" + advice.referenceDate() + ")");
        int needsAction = 0;
        for (Flag flag : advice.flags()) {
            String who = flag.caregiverId() == null ? "" : " " + flag.caregiverId();
            String task = flag.taskId() == null ? "" : " taak " + flag.taskId();
            out.println("  [" + flag.severity() + "] " + flag.code() + who + task);
            for (String reason : flag.reasons()) {
                out.println("      " + reason);
            }
            if (flag.severity() != Severity.INFO) {
                needsAction++;
            }
        }
        return needsAction;
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
        EcdWorklist ecd = new EcdWorklist(builder.build());
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            int needsAction = ecd.showWorklist(in, out);
            out.println(needsAction + " signalen vragen actie");
        }
    }
}
