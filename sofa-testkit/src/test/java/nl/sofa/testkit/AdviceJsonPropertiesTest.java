package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import nl.sofa.advice.Advice;
import nl.sofa.json.SofaJson;
import nl.sofa.testkit.FakeEngine.Fault;
import org.junit.jupiter.api.Test;

/** The advice side of the JSON contract, on advice made by the fake engine from generated situations. */
class AdviceJsonPropertiesTest {
    private static final SofaJson JSON = SofaJson.standard();
    private static final FakeEngine ENGINE = new FakeEngine(Fault.NONE);

    @Test
    void adviceWrittenToAStreamIsByteForByteAdviceWrittenToAString() {
        Property.forAll(Situations.valid()).check(situation -> {
            Advice advice = ENGINE.apply(situation);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.writeAdvice(advice, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.writeAdvice(advice));
        });
    }

    @Test
    void prettyAdviceWrittenToAStreamIsByteForByteAdviceWrittenToAString() {
        SofaJson pretty = JSON.withPrettyPrinting(true);
        Property.forAll(Situations.valid()).check(situation -> {
            Advice advice = ENGINE.apply(situation);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pretty.writeAdvice(advice, out);
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(pretty.writeAdvice(advice));
        });
    }
}
