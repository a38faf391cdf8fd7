package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import nl.sofa.advice.Advice;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.engine.SofaEngine;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class FhirRoundTripTest {
    private static final SofaFhir FHIR = SofaFhir.standard();
    private static final SofaJson JSON = SofaJson.standard();

    /** What a situation reads back as: the FHIR reader lists caregivers, volunteers and tasks by id. */
    static Situation byId(Situation situation) {
        List<Caregiver> caregivers = new ArrayList<>(situation.caregivers());
        caregivers.sort(Comparator.comparing(Caregiver::id));
        List<Volunteer> volunteers = new ArrayList<>(situation.volunteers());
        volunteers.sort(Comparator.comparing(Volunteer::id));
        List<CareTask> tasks = new ArrayList<>(situation.careTasks());
        tasks.sort(Comparator.comparing(CareTask::id));
        return situation.toBuilder().caregivers(caregivers).volunteers(volunteers).careTasks(tasks).build();
    }

    @Test
    void everySituationReadsBackFromItsBundleAsTheSameSituation() {
        Property.forAll(Situations.valid()).named("situation -> FHIR Bundle -> situation").check(situation -> {
            String bundle = FHIR.writeSituation(situation);
            assertThat(FHIR.readSituation(bundle)).isEqualTo(byId(situation));
        });
    }

    @Test
    void theSituationReadBackGivesByteIdenticalAdvice() {
        SofaEngine engine = SofaEngine.builder().build();
        Property.forAll(Situations.valid()).named("advice of the round trip").check(situation -> {
            Situation back = FHIR.readSituation(FHIR.writeSituation(situation));
            Advice direct = engine.evaluate(byId(situation));
            Advice viaFhir = engine.evaluate(back);
            assertThat(JSON.writeAdvice(viaFhir)).isEqualTo(JSON.writeAdvice(direct));
            // Only the caregivers' order may differ from the advice of the situation as given.
            Advice original = engine.evaluate(situation);
            assertThat(viaFhir.suggestions()).isEqualTo(original.suggestions());
            assertThat(viaFhir.flags()).isEqualTo(original.flags());
            assertThat(viaFhir.caregivers()).containsExactlyInAnyOrderElementsOf(original.caregivers());
        });
    }

    @Test
    void writingASituationTwiceGivesByteIdenticalBundles() {
        Property.forAll(Situations.valid()).tries(200).check(situation ->
                assertThat(FHIR.writeSituation(situation)).isEqualTo(FHIR.writeSituation(situation)));
    }

    @Test
    void theOrderOfTheResourcesDoesNotMatter() {
        Property.forAll(Situations.valid()).tries(300).check(situation -> {
            Bundle bundle = FHIR.toBundle(situation);
            Collections.shuffle(bundle.getEntry(), new Random(situation.hashCode()));
            assertThat(FHIR.toSituation(bundle)).isEqualTo(byId(situation));
        });
    }
}
