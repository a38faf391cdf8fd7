package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sofa.json.SofaJson;
import nl.sofa.situation.InvalidSituationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON contract (v1 §1) as properties of SofaJson's reader and writer. */
class JsonContractPropertiesTest {
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

    @Test
    void aDocumentWrittenDifferentlyReadsToTheSameSituation() {
        Property.forAll(Documents.equivalent()).check(variant ->
                assertThat(JSON.readSituation(variant.json())).isEqualTo(variant.situation()));
    }

    @ParameterizedTest
    @EnumSource(value = Corruption.class, mode = EnumSource.Mode.EXCLUDE, names = "TRUNCATED")
    void aDocumentWithOneProblemIsRejectedAtExactlyThatPath(Corruption kind) {
        Property.forAll(Documents.broken(kind)).named("rejected at the path of " + kind).check(broken ->
                assertThatThrownBy(() -> JSON.readSituation(broken.bytes()))
                        .isInstanceOfSatisfying(InvalidSituationException.class, e ->
                                assertThat(e.path()).as("the reported path").isEqualTo(broken.expectedPath())));
    }

    @Test
    void aTruncatedDocumentIsRejectedAndNothingElseIsThrown() {
        Property.forAll(Documents.truncated()).check(broken ->
                assertThatThrownBy(() -> JSON.readSituation(broken.bytes()))
                        .isExactlyInstanceOf(InvalidSituationException.class));
    }
}
