package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression (found by the testkit's property "what the model accepts, the reader reads back"): the
 * model accepted any LocalDate, and the writer wrote years beyond 9999 as {@code +10000-01-01} and
 * years before 0 as {@code -0001-01-01}, which the reader (rightly, contract v1: YYYY-MM-DD) refused:
 * the library could not read its own output. The model now refuses such dates where they are made.
 */
class DatesBeyondTheContractTest {
    private static final SofaJson JSON = SofaJson.standard();

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-12-31", "+999999999-12-31"})
    void aReferenceDateTheContractCannotWriteIsRefusedAtItsPath(String date) {
        LocalDate beyond = LocalDate.parse(date);
        assertThatThrownBy(() -> Situation.builder("s", Phase.BEGIN).client(Client.of("c")).referenceDate(beyond).build())
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                    assertThat(e.path()).isEqualTo("$.referenceDate");
                    assertThat(e.problem()).isEqualTo("must be a date from 0000-01-01 to 9999-12-31 (written YYYY-MM-DD)");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-0001-12-31"})
    void anAssessmentOrEvaluationDateTheContractCannotWriteIsRefused(String date) {
        LocalDate beyond = LocalDate.parse(date);
        assertThatThrownBy(() -> new BurdenMeasurement(BurdenInstrument.CSI, 3, beyond))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("assessedOn must be a date from");
        assertThatThrownBy(() -> Agreement.builder().nextEvaluation(beyond).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("nextEvaluation must be a date from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "9999-12-31"})
    void theFirstAndLastDatesTheContractCanWriteSurviveWriteThenRead(String date) {
        Situation situation = Situation.builder("s", Phase.BEGIN).client(Client.of("c"))
                .referenceDate(LocalDate.parse(date)).build();
        assertThat(JSON.writeSituation(situation)).contains("\"referenceDate\":\"" + date + "\"");
        assertThat(JSON.readSituation(JSON.writeSituation(situation))).isEqualTo(situation);
    }
}
