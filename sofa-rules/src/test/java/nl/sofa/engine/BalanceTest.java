package nl.sofa.engine;

import static nl.sofa.engine.Fixtures.caregiver;
import static nl.sofa.engine.Fixtures.ending;
import static nl.sofa.engine.Fixtures.evaluate;
import static nl.sofa.engine.Fixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rules-v1.md §1: for every caregiver at least one suggestion of each of the four roles, in every
 * phase and for every ending reason, whatever the caregiver's load; baseline suggestions are LOW
 * or MEDIUM.
 */
class BalanceTest {
    static Stream<Situation.Builder> everyPhaseAndEndingReason() {
        return Stream.concat(Stream.of(situation(Phase.BEGIN), situation(Phase.DAILY)),
                Stream.of(EndingReason.values()).map(Fixtures::ending));
    }

    @ParameterizedTest
    @MethodSource("everyPhaseAndEndingReason")
    void everyCaregiverGetsEveryRole(Situation.Builder situation) {
        Advice advice = evaluate(situation
                .addCaregiver(caregiver("cg-none").build())
                .addCaregiver(caregiver("cg-elevated").signals(OverloadSignal.TIME_PRESSURE).build())
                .addCaregiver(caregiver("cg-high").primaryContact(true)
                        .burden(BurdenMeasurement.of(BurdenInstrument.CSI, 10)).build()));

        for (String id : new String[] {"cg-none", "cg-elevated", "cg-high"}) {
            Set<SofaRole> roles = EnumSet.noneOf(SofaRole.class);
            advice.suggestions().stream().filter(s -> id.equals(s.caregiverId())).map(Suggestion::role)
                    .forEach(roles::add);
            assertThat(roles).as(id + " in " + advice.phase()).containsExactlyInAnyOrder(SofaRole.values());
        }
    }

    @ParameterizedTest
    @MethodSource("everyPhaseAndEndingReason")
    void theOnlyCaregiverGetsEveryRoleToo(Situation.Builder situation) {
        Advice advice = evaluate(situation.addCaregiver(caregiver("cg-1").build()));

        assertThat(advice.suggestions().stream().filter(s -> "cg-1".equals(s.caregiverId())).map(Suggestion::role)
                .distinct()).containsExactlyInAnyOrder(SofaRole.values());
    }
}
