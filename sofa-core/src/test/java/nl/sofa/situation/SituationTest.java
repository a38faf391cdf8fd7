package nl.sofa.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** A situation built in code obeys the same rules as one read from JSON. */
class SituationTest {
    private static Caregiver caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.CHILD).hoursPerWeek(4).monthsCaring(6).build();
    }

    private static Situation.Builder daily() {
        return Situation.builder("s", Phase.DAILY).client(Client.of("c"));
    }

    private static String pathOf(Runnable build) {
        InvalidSituationException e = catchThrowableOfType(InvalidSituationException.class, build::run);
        assertThat(e).isNotNull();
        return e.path();
    }

    @Test
    void theEndingReasonGoesWithTheEndingPhaseOnly() {
        assertThat(pathOf(() -> Situation.builder("s", Phase.ENDING).client(Client.of("c")).build()))
                .isEqualTo("$.endingReason");
        assertThat(pathOf(() -> daily().endingReason(EndingReason.DECEASED).build())).isEqualTo("$.endingReason");
    }

    @Test
    void idsAreUniqueAcrossCaregiversAndVolunteers() {
        assertThat(pathOf(() -> daily().addCaregiver(caregiver("a")).addCaregiver(caregiver("a")).build()))
                .isEqualTo("$.caregivers[1].id");
        assertThat(pathOf(() -> daily().addCaregiver(caregiver("a")).addVolunteer(new Volunteer("a")).build()))
                .isEqualTo("$.volunteers[0].id");
    }

    @Test
    void referencesMustResolve() {
        CareTask task = CareTask.builder("t").kind(TaskKind.HOUSEHOLD).performedBy("nobody").build();
        assertThat(pathOf(() -> daily().addCareTask(task).build())).isEqualTo("$.careTasks[0].performedBy");
        assertThat(pathOf(() -> Situation.builder("s", Phase.DAILY).client(Client.builder("c")
                .carePlanSharedWith("v").build()).addVolunteer(new Volunteer("v")).build()))
                .isEqualTo("$.client.carePlanSharedWith[0]");
    }

    @Test
    void atMostOnePrimaryContact() {
        Caregiver primary = caregiver("a").toBuilder().primaryContact(true).build();
        Caregiver other = caregiver("b").toBuilder().primaryContact(true).build();
        assertThat(pathOf(() -> daily().addCaregiver(primary).addCaregiver(other).build()))
                .isEqualTo("$.caregivers[1].primaryContact");
    }

    @Test
    void recordsRefuseValuesOutOfRange() {
        assertThatThrownBy(() -> caregiver("a").toBuilder().hoursPerWeek(169).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hoursPerWeek");
        assertThatThrownBy(() -> caregiver("a").toBuilder().age(4).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("age");
        assertThatThrownBy(() -> BurdenMeasurement.of(BurdenInstrument.CSI, 14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CSI");
        assertThatThrownBy(() -> new Volunteer("PROFESSIONAL")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Caregiver.builder("a").relationToClient(RelationToClient.CHILD).monthsCaring(1).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("hoursPerWeek");
    }

    @Test
    void negativeZeroHoursIsZero() {
        assertThat(caregiver("a").toBuilder().hoursPerWeek(-0.0).build()).isEqualTo(caregiver("a").toBuilder()
                .hoursPerWeek(0.0).build());
    }

    @Test
    void collectionsAreImmutableCopies() {
        Situation s = daily().addCaregiver(caregiver("a")).build();
        assertThatThrownBy(() -> s.caregivers().add(caregiver("b"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.client().conditions().add(Condition.DEMENTIA))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderRoundTrips() {
        Situation s = daily().addCaregiver(caregiver("a")).setting(Setting.HOME).build();
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void toStringCarriesIdsAndCountsButNoHealthData() {
        Caregiver sensitive = Caregiver.builder("cg-1").relationToClient(RelationToClient.PARTNER).hoursPerWeek(41)
                .monthsCaring(37).age(79).livesWithClient(true)
                .burden(BurdenMeasurement.of(BurdenInstrument.EDIZ_PLUS, 12))
                .signals(nl.sofa.caregiver.OverloadSignal.SLEEP_PROBLEMS).build();
        Situation s = Situation.builder("s-1", Phase.DAILY)
                .client(Client.builder("cl-1").conditions(Condition.DEMENTIA).carePlanSharedWith("cg-1").build())
                .addCaregiver(sensitive)
                .addCareTask(CareTask.builder("t-1").kind(TaskKind.INJECTION).performedBy("cg-1")
                        .agreement(nl.sofa.task.Agreement.builder().caregiverAble(false).build()).build())
                .build();
        String all = s + " " + s.client() + " " + sensitive + " " + sensitive.burden() + " " + s.careTasks().get(0)
                + " " + s.careTasks().get(0).agreement();
        assertThat(all).contains("s-1", "cl-1", "cg-1", "t-1", "caregivers=1", "careTasks=1");
        assertThat(all).doesNotContain("79", "41", "37", "12", "PARTNER", "DEMENTIA", "SLEEP", "INJECTION", "false", "true");
    }
}
