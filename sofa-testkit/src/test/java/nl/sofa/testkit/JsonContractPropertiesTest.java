package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import nl.sofa.json.SofaJson;
import org.junit.jupiter.api.Test;

class JsonRoundTripPropertiesTest {
    private static final SofaJson JSON = SofaJson.standard();

    @Test
    void anyValidSituationSurvivesWriteThenRead() {
        Property.forAll(Situations.valid()).check(situation ->
                assertThat(JSON.readSituation(JSON.writeSituation(situation))).isEqualTo(situation));
    }

    @Test
    void anyValidSituationSurvivesPrettyWriteThenRead() {
        SofaJson pretty = JSON.withPrettyPrinting(true);
        Property.forAll(Situations.valid()).check(situation ->
                assertThat(JSON.readSituation(pretty.writeSituation(situation))).isEqualTo(situation));
    }
}
