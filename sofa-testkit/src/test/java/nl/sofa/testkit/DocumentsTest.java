package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.InvalidSituationException;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The expected paths of broken documents, checked against contract v1 §1 by hand (so that the kit
 * and the reader cannot agree on a wrong answer), and every single corruption of one situation
 * checked against the reader.
 */
class DocumentsTest {
    private static final SofaJson JSON = SofaJson.standard();

    /** Two caregivers (the first primary, the second sharing the care plan), a volunteer, two tasks. */
    private static final Situation SITUATION = Situation.builder("sit-1", Phase.ENDING)
            .endingReason(EndingReason.TRANSFER)
            .client(Client.builder("cl-1").carePlanSharedWith("cg-2").build())
            .addCaregiver(caregiver("cg-1").primaryContact(true).build())
            .addCaregiver(caregiver("cg-2").build())
            .addVolunteer(new Volunteer("vw-1"))
            .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-2").build())
            .addCareTask(CareTask.builder("t-2").kind(TaskKind.TRANSPORT).performedBy("vw-1").build())
            .build();

    private static Caregiver.Builder caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.CHILD).hoursPerWeek(8).monthsCaring(12);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DUPLICATE_ID           | $.caregivers[1].id: set to the id of $.caregivers[0].id | $.client.carePlanSharedWith[0]
            DUPLICATE_ID           | $.caregivers[0].id: set to the id of $.caregivers[1].id | $.caregivers[1].id
            DUPLICATE_ID           | $.caregivers[0].id: set to the id of $.volunteers[0].id | $.volunteers[0].id
            DUPLICATE_ID           | $.caregivers[1].id: set to the id of $.volunteers[0].id | $.client.carePlanSharedWith[0]
            DUPLICATE_ID           | $.volunteers[0].id: set to the id of $.caregivers[1].id | $.volunteers[0].id
            DUPLICATE_ID           | $.careTasks[0].id: set to the id of $.careTasks[1].id   | $.careTasks[1].id
            SECOND_PRIMARY_CONTACT | $.caregivers[1].primaryContact: set to true beside $.caregivers[0] | $.caregivers[1].primaryContact
            MISSING_REQUIRED_FIELD | $.endingReason: deleted                                 | $.endingReason
            MISSING_REQUIRED_FIELD | $.caregivers[1].id: deleted                             | $.caregivers[1].id
            MISSING_REQUIRED_FIELD | $.client: deleted                                       | $.client
            UNKNOWN_REFERENCE      | $.client.carePlanSharedWith[0]: set to "vw-1", no such caregiver | $.client.carePlanSharedWith[0]
            UNKNOWN_REFERENCE      | $.careTasks[0].performedBy: set to "professional", no such caregiver or volunteer | $.careTasks[0].performedBy
            OUT_OF_RANGE           | $.caregivers[0].id: set to "PROFESSIONAL"               | $.caregivers[0].id
            OUT_OF_RANGE           | $.caregivers[0].hoursPerWeek: set to 168.000000000000001 | $.caregivers[0].hoursPerWeek
            OUT_OF_RANGE           | $.caregivers[0].monthsCaring: set to 1200.0             | $.caregivers[0].monthsCaring
            OUT_OF_RANGE           | $.schemaVersion: set to 1.0                             | $.schemaVersion
            WRONG_TYPE             | $: object replaced by array                             | $
            WRONG_TYPE             | $.caregivers[1].id: string replaced by number           | $.caregivers[1].id
            NULL_VALUE             | $.client.carePlanSharedWith[0]: set to null             | $.client.carePlanSharedWith[0]
            REPEATED_KEY           | $.caregivers[0].age: key repeated at the end of its object | (none: no age)
            REPEATED_KEY           | $.caregivers[0].hoursPerWeek: key repeated at the end of its object | $.caregivers[0].hoursPerWeek
            """)
    void theExpectedPathIsTheContractsFirstProblem(Corruption kind, String description, String expected) {
        List<BrokenDocument> matching = Documents.allBroken(SITUATION, kind).stream()
                .filter(d -> d.description().equals(description)).toList();
        if (expected.startsWith("(none")) {
            assertThat(matching).isEmpty();
            return;
        }
        assertThat(matching).as("a corruption described as " + description).hasSize(1);
        BrokenDocument broken = matching.get(0);
        assertThat(broken.expectedPath()).isEqualTo(expected);
        assertThatThrownBy(() -> JSON.readSituation(broken.bytes()))
                .isInstanceOfSatisfying(InvalidSituationException.class, e -> assertThat(e.path()).isEqualTo(expected));
    }

    @Test
    void forbiddenEndingReasonIsOnlyOfferedOutsideEnding() {
        assertThat(Documents.allBroken(SITUATION, Corruption.FORBIDDEN_FIELD)).isEmpty();
        Situation daily = SITUATION.toBuilder().phase(Phase.DAILY).endingReason(null).build();
        assertThat(Documents.allBroken(daily, Corruption.FORBIDDEN_FIELD))
                .isNotEmpty().allSatisfy(d -> assertThat(d.expectedPath()).isEqualTo("$.endingReason"));
    }

    @Test
    void unknownFieldsAreTyposAndMisplacedFieldsButNeverAFieldOfThatObject() {
        List<String> paths = Documents.allBroken(SITUATION, Corruption.UNKNOWN_FIELD).stream()
                .map(BrokenDocument::expectedPath).toList();
        assertThat(paths).contains("$.caregivers[0].hoursPerWek", "$.hoursPerWeek", "$.caregivers[1].agreement")
                .doesNotContain("$.caregivers[0].age", "$.caregivers[0].burden", "$.policy", "$.volunteers[0].id");
        assertThat(paths).filteredOn(p -> p.startsWith("$.volunteers[0]."))
                .noneMatch(p -> p.equals("$.volunteers[0].id"));
    }

    @ParameterizedTest
    @EnumSource(Corruption.class)
    void everySingleCorruptionOfOneSituationIsRejectedAtItsPath(Corruption kind) {
        List<BrokenDocument> all = Documents.allBroken(SITUATION, kind);
        if (kind != Corruption.FORBIDDEN_FIELD) {
            assertThat(all).as("corruptions of kind " + kind).isNotEmpty();
        }
        for (BrokenDocument broken : all) {
            assertThatThrownBy(() -> JSON.readSituation(broken.bytes())).as(broken.toString())
                    .isInstanceOfSatisfying(InvalidSituationException.class, e -> {
                        if (broken.expectedPath() != null) {
                            assertThat(e.path()).as(broken.toString()).isEqualTo(broken.expectedPath());
                        }
                    });
        }
    }

    @Test
    void aBrokenDocumentShrinksToTheSameCorruptionOfASimplerSituation() {
        Gen<BrokenDocument> gen = Documents.broken(Corruption.SECOND_PRIMARY_CONTACT);
        BrokenDocument broken = gen.samples(7L, 50).stream()
                .filter(d -> d.source().caregivers().size() > 2).findFirst().orElseThrow();
        List<BrokenDocument> simpler = gen.shrink(broken).toList();
        assertThat(simpler).isNotEmpty().allSatisfy(d -> {
            assertThat(d.corruption()).isEqualTo(Corruption.SECOND_PRIMARY_CONTACT);
            assertThatThrownBy(() -> JSON.readSituation(d.bytes()))
                    .isInstanceOfSatisfying(InvalidSituationException.class,
                            e -> assertThat(e.path()).isEqualTo(d.expectedPath()));
        });
    }
}
