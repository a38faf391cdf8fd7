package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.phase.Phase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (found by the testkit's property "advice written to a stream is byte for byte advice
 * written to a String"): an id with a character outside the BMP, which the contract allows (an
 * emoji), was written raw by {@link SofaJson#writeAdvice(Advice)} but as the escaped surrogate pair
 * {@code \uD83D\uDE00} by {@link SofaJson#writeAdvice(Advice, java.io.OutputStream)}: the same advice
 * gave different bytes (the CLI writes to a stream, tests and embedders to Strings).
 */
class AdviceToAStreamTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void anIdOutsideTheBmpIsWrittenTheSameToAStreamAndToAString(boolean pretty) {
        SofaJson json = SofaJson.standard().withPrettyPrinting(pretty);
        Advice advice = new Advice("sit-\uD83D\uDE00", LocalDate.of(2026, 1, 1), Phase.BEGIN,
                new EngineInfo("1", List.of()),
                List.of(new CaregiverAssessment("cg-\uD83E\uDDD1-é", OverloadRisk.NONE, List.of())), List.of(), List.of(),
                List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAdvice(advice, out);

        assertThat(out.toByteArray()).isEqualTo(json.writeAdvice(advice).getBytes(StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"sit-\uD83D\uDE00\"").doesNotContain("\\u");
    }
}
