package nl.sofa.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** Reading valid documents: every field lands where the contract says, defaults included. */
class SituationReadingTest {
    private final SofaJson json = SofaJson.standard();

    @Test
    void readsTheContractExampleFieldByField() {
        Situation s = json.readSituation(Documents.contractExample().toString());

        assertThat(s.id()).isEqualTo("sit-001");
        assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(s.setting()).isEqualTo(Setting.HOME);
        assertThat(s.phase()).isEqualTo(Phase.ENDING);
        assertThat(s.endingReason()).isEqualTo(EndingReason.TRANSFER);
        assertThat(s.client().id()).isEqualTo("cl-1");
        assertThat(s.client().conditions()).containsExactly(Condition.DEMENTIA);
        assertThat(s.client().carePlanSharedWith()).containsExactly("cg-1");
        assertThat(s.client().derailmentSignals()).isEmpty();

        Caregiver cg = s.caregivers().get(0);
        assertThat(cg.id()).isEqualTo("cg-1");
        assertThat(cg.relationToClient()).isEqualTo(RelationToClient.PARTNER);
        assertThat(cg.hoursPerWeek()).isEqualTo(40.0);
        assertThat(cg.monthsCaring()).isEqualTo(36);
        assertThat(cg.livesWithClient()).isTrue();
        assertThat(cg.employed()).isFalse();
        assertThat(cg.age()).isEqualTo(79);
        assertThat(cg.primaryContact()).isTrue();
        assertThat(cg.burden().instrument()).isEqualTo(BurdenInstrument.EDIZ_PLUS);
        assertThat(cg.burden().score()).isEqualTo(10);
        assertThat(cg.burden().assessedOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(cg.signals()).containsExactly(OverloadSignal.SLEEP_PROBLEMS);

        assertThat(s.volunteers()).extracting(v -> v.id()).containsExactly("vw-1");

        CareTask task = s.careTasks().get(0);
        assertThat(task.id()).isEqualTo("t-1");
        assertThat(task.kind()).isEqualTo(TaskKind.INJECTION);
        assertThat(task.performedBy()).isEqualTo("cg-1");
        assertThat(task.professionalReservations()).isFalse();
        assertThat(task.agreement()).isEqualTo(new Agreement(true, true, true, false, LocalDate.of(2026, 9, 1)));

        assertThat(s.policy().caregiverMayPerform())
                .containsExactlyInAnyOrder(TaskKind.INJECTION, TaskKind.MEDICATION, TaskKind.PERSONAL_CARE);
        assertThat(s.policy().volunteerMayPerform())
                .containsExactlyInAnyOrder(TaskKind.COMPANIONSHIP, TaskKind.TRANSPORT);
    }

    @Test
    void optionalFieldsTakeTheContractDefaults() {
        String doc = """
                {"schemaVersion": 1, "id": "s", "phase": "DAILY", "client": {"id": "c"},
                 "caregivers": [{"id": "cg", "relationToClient": "CHILD", "hoursPerWeek": 2, "monthsCaring": 0}],
                 "careTasks": [{"id": "t", "kind": "HOUSEHOLD", "performedBy": "cg", "agreement": {}}],
                 "policy": {}}
                """;
        Situation s = json.readSituation(doc);

        assertThat(s.referenceDate()).isNull();
        assertThat(s.setting()).isNull();
        assertThat(s.endingReason()).isNull();
        assertThat(s.volunteers()).isEmpty();
        assertThat(s.client().carePlanSharedWith()).isEmpty();
        Caregiver cg = s.caregivers().get(0);
        assertThat(cg.livesWithClient()).isFalse();
        assertThat(cg.employed()).isFalse();
        assertThat(cg.primaryContact()).isFalse();
        assertThat(cg.age()).isNull();
        assertThat(cg.burden()).isNull();
        assertThat(cg.signals()).isEmpty();
        CareTask task = s.careTasks().get(0);
        assertThat(task.professionalReservations()).isFalse();
        // "agreement": {} is an agreement with every field at its default
        assertThat(task.agreement()).isEqualTo(new Agreement(false, true, true, false, null));
        // a policy without lists accepts nothing
        assertThat(s.policy().caregiverMayPerform()).isEmpty();
        assertThat(s.policy().volunteerMayPerform()).isEmpty();
    }

    @Test
    void aTaskWithoutAgreementHasNone() {
        Situation s = json.readSituation(Documents.without("$.careTasks[0].agreement"));
        assertThat(s.careTasks().get(0).agreement()).isNull();
    }

    @Test
    void aSituationWithoutPolicyHasNone() {
        assertThat(json.readSituation(Documents.without("$.policy")).policy()).isNull();
    }

    @Test
    void aRepeatedValueInAnEnumListCountsOnce() {
        Situation s = json.readSituation(Documents.withRaw("$.caregivers[0].signals",
                "[\"SLEEP_PROBLEMS\", \"TIME_PRESSURE\", \"SLEEP_PROBLEMS\"]"));
        assertThat(s.caregivers().get(0).signals())
                .isEqualTo(EnumSet.of(OverloadSignal.SLEEP_PROBLEMS, OverloadSignal.TIME_PRESSURE));
    }

    @Test
    void theNumbersAtEachBoundAreAccepted() {
        assertThat(hours("0")).isZero();
        assertThat(hours("168")).isEqualTo(168.0);
        assertThat(hours("12.5")).isEqualTo(12.5);
        assertThat(hours("1.25e1")).isEqualTo(12.5);
        assertThat(hours("1e-400")).isGreaterThanOrEqualTo(0.0);
        assertThat(json.readSituation(Documents.withRaw("$.caregivers[0].monthsCaring", "1200"))
                .caregivers().get(0).monthsCaring()).isEqualTo(1200);
        assertThat(json.readSituation(Documents.withRaw("$.caregivers[0].age", "5")).caregivers().get(0).age())
                .isEqualTo(5);
        assertThat(json.readSituation(Documents.withRaw("$.caregivers[0].age", "120")).caregivers().get(0).age())
                .isEqualTo(120);
        assertThat(score("EDIZ_PLUS", 15)).isEqualTo(15);
        assertThat(score("CSI", 13)).isEqualTo(13);
        assertThat(score("ZBI", 88)).isEqualTo(88);
        assertThat(score("ZBI", 0)).isZero();
    }

    @Test
    void anIntegerMayBeWrittenWithAnExponentButWithoutAFraction() {
        // contract: integer fields take JSON numbers "without a fractional part"; 36E0 has none
        assertThat(json.readSituation(Documents.withRaw("$.caregivers[0].monthsCaring", "36E0")).caregivers().get(0)
                .monthsCaring()).isEqualTo(36);
        assertThat(json.readSituation(Documents.withRaw("$.caregivers[0].age", "8e1")).caregivers().get(0).age())
                .isEqualTo(80);
        assertThat(score("EDIZ_PLUS", "1e1")).isEqualTo(10);
    }

    @Test
    void anIdOf128CodePointsIsAcceptedEvenWhenTheyNeedSurrogatePairs() {
        String id = "\uD83D\uDE00".repeat(128); // 128 code points, 256 UTF-16 chars
        assertThat(json.readSituation(Documents.with("$.id", id)).id()).isEqualTo(id);
    }

    @Test
    void tasksMayNameCaregiversListedLaterInTheDocument() {
        String doc = """
                {"careTasks": [{"id": "t", "kind": "HOUSEHOLD", "performedBy": "cg"},
                               {"id": "t2", "kind": "TRANSPORT", "performedBy": "vw"}],
                 "client": {"id": "c", "carePlanSharedWith": ["cg"]},
                 "caregivers": [{"id": "cg", "relationToClient": "CHILD", "hoursPerWeek": 2, "monthsCaring": 0}],
                 "volunteers": [{"id": "vw"}],
                 "phase": "DAILY", "id": "s", "schemaVersion": 1}
                """;
        Situation s = json.readSituation(doc);
        assertThat(s.careTasks()).extracting(CareTask::performedBy).containsExactly("cg", "vw");
    }

    @Test
    void aUtf8ByteOrderMarkIsTolerated() {
        byte[] doc = Documents.contractExample().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[doc.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(doc, 0, withBom, 3, doc.length);
        assertThat(json.readSituation(withBom).id()).isEqualTo("sit-001");
    }

    @Test
    void readingFromAStreamGivesTheSameSituation() {
        String doc = Documents.contractExample().toString();
        Situation fromStream = json.readSituation(new java.io.ByteArrayInputStream(
                doc.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(fromStream).isEqualTo(json.readSituation(doc));
    }

    @Test
    void professionalIsAValidPerformer() {
        Situation s = json.readSituation(Documents.with("$.careTasks[0].performedBy", "PROFESSIONAL"));
        assertThat(s.careTasks().get(0).performedByProfessional()).isTrue();
    }

    @Test
    void aVolunteerIsAValidPerformer() {
        assertThat(json.readSituation(Documents.with("$.careTasks[0].performedBy", "vw-1")).careTasks().get(0)
                .performedBy()).isEqualTo("vw-1");
    }

    @Test
    void conditionsAreASetInDeclarationOrder() {
        Situation s = json.readSituation(Documents.withRaw("$.client.conditions", "[\"OTHER\", \"DEMENTIA\", \"OTHER\"]"));
        assertThat(s.client().conditions()).containsExactly(Condition.DEMENTIA, Condition.OTHER);
        assertThat(Set.copyOf(s.client().conditions())).hasSize(2);
    }

    private double hours(String raw) {
        return json.readSituation(Documents.withRaw("$.caregivers[0].hoursPerWeek", raw)).caregivers().get(0)
                .hoursPerWeek();
    }

    private int score(String instrument, int score) {
        return score(instrument, Integer.toString(score));
    }

    private int score(String instrument, String score) {
        String doc = Documents.withRaw("$.caregivers[0].burden",
                "{\"instrument\": \"" + instrument + "\", \"score\": " + score + "}");
        return json.readSituation(doc).caregivers().get(0).burden().score();
    }
}
