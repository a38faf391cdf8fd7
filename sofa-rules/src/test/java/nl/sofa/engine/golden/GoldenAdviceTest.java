package nl.sofa.engine.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import org.junit.jupiter.api.Test;

/**
 * A regression guard, not a spec: the advice JSON of 619 situations must stay byte-identical to
 * what the engine wrote at commit 77b7ba0 (main, before the performance work of issue 6), with
 * {@link GoldenAdvice#main}. The situations are the example situations of sofa-examples and
 * situations of the testkit generator with fixed seeds, stored whole in the golden file. When a
 * deliberate change of the rules changes an advice, write the file again and review its diff.
 */
class GoldenAdviceTest {
    private final SofaJson json = SofaJson.standard();

    @Test
    void everyAdviceIsByteIdenticalToTheGoldenFile() {
        List<GoldenAdvice.Case> cases = GoldenAdvice.read();
        assertThat(cases).hasSizeGreaterThan(600);
        SofaEngine engine = GoldenAdvice.engine();
        for (int i = 0; i < cases.size(); i++) {
            GoldenAdvice.Case c = cases.get(i);
            String advice = json.writeAdvice(engine.evaluate(json.readSituation(c.situationJson())));
            assertThat(advice).as("advice of golden case %d (situation %s)", i, c.situationJson())
                    .isEqualTo(c.adviceJson());
        }
    }

    @Test
    void theGoldenFileCoversEveryPhaseAndFlag() {
        List<GoldenAdvice.Case> cases = GoldenAdvice.read();
        String all = String.join("\n", cases.stream().map(GoldenAdvice.Case::adviceJson).toList());
        for (String text : List.of("\"BEGIN\"", "\"DAILY\"", "\"ENDING\"", "OVERLOAD_RISK", "DERAILED_CARE_RISK",
                "SOLE_CAREGIVER", "NO_CAREGIVER_KNOWN", "TASK_WITHOUT_AGREEMENT", "AGREEMENT_NOT_RECORDED",
                "INSTRUCTION_MISSING", "TASK_OUTSIDE_POLICY", "CAREGIVER_UNWILLING", "CAREGIVER_UNABLE",
                "AGREEMENT_EVALUATION_OVERDUE", "PROFESSIONAL_RESERVATION", "LIABILITY_NOTICE",
                "VOLUNTEER_RESERVED_ACT", "CONSENT_MISSING", "VOLUNTEER_TASK_UNSUPERVISED", "YOUNG_CAREGIVER",
                "\"dueBy\"", "\"HIGH\"", "\"ELEVATED\"")) {
            assertThat(all).as("the golden advice mentions %s", text).contains(text);
        }
    }
}
