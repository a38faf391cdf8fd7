package nl.sofa.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import org.junit.jupiter.api.Test;

/**
 * Regression (found by the testkit's property "the model and the reader name the same first
 * problem"): a caregiver given another caregiver's id, while its own old id was in
 * {@code carePlanSharedWith}, was reported by Situation's constructor at the duplicate
 * ({@code $.caregivers[1].id}) but by the reader at the dangling consent
 * ({@code $.client.carePlanSharedWith[0]}), which comes first in the document and in the record's
 * own field order. The constructor now judges the client's consents first, as the reader does.
 */
class FirstProblemInFieldOrderTest {

    private static Caregiver caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.PARTNER).hoursPerWeek(0).monthsCaring(0).build();
    }

    @Test
    void aDanglingConsentIsReportedBeforeADuplicateCaregiverIdLikeTheReaderDoes() {
        String document = "{\"schemaVersion\":1,\"id\":\"s\",\"phase\":\"BEGIN\","
                + "\"client\":{\"id\":\"c\",\"carePlanSharedWith\":[\"cg-2\"]},"
                + "\"caregivers\":[{\"id\":\"cg-1\",\"relationToClient\":\"PARTNER\",\"hoursPerWeek\":0,\"monthsCaring\":0},"
                + "{\"id\":\"cg-1\",\"relationToClient\":\"PARTNER\",\"hoursPerWeek\":0,\"monthsCaring\":0}]}";
        assertThatThrownBy(() -> SofaJson.standard().readSituation(document))
                .isInstanceOfSatisfying(InvalidSituationException.class,
                        e -> assertThat(e.path()).isEqualTo("$.client.carePlanSharedWith[0]"));

        Situation.Builder inCode = Situation.builder("s", Phase.BEGIN)
                .client(Client.builder("c").carePlanSharedWith("cg-2").build())
                .addCaregiver(caregiver("cg-1"))
                .addCaregiver(caregiver("cg-1"));
        assertThatThrownBy(inCode::build).isInstanceOfSatisfying(InvalidSituationException.class, e -> {
            assertThat(e.path()).isEqualTo("$.client.carePlanSharedWith[0]");
            assertThat(e.problem()).isEqualTo("carePlanSharedWith must name a caregiver of this situation");
        });
    }

    @Test
    void aDuplicateCaregiverIdIsStillReportedAtItsLaterOccurrence() {
        Situation.Builder inCode = Situation.builder("s", Phase.BEGIN).client(Client.of("c"))
                .addCaregiver(caregiver("cg-1"))
                .addCaregiver(caregiver("cg-1"));
        assertThatThrownBy(inCode::build).isInstanceOfSatisfying(InvalidSituationException.class,
                e -> assertThat(e.path()).isEqualTo("$.caregivers[1].id"));
    }
}
