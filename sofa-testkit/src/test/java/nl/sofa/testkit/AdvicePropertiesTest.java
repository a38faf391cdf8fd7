package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.sofa.situation.Situation;
import nl.sofa.testkit.FakeEngine.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine-level properties, tried on hand-written evaluations (the real engine lives in a module
 * this one must not depend on): a correct one keeps them all, and each deliberate fault is caught by
 * the property it breaks, with a small situation to show for it.
 */
class AdvicePropertiesTest {

    @Test
    void aCorrectEvaluationKeepsEveryProperty() {
        AdviceProperties.of(new FakeEngine(Fault.NONE)).verify();
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
    void anEvaluationWithAFaultIsCaughtByThePropertyItBreaks(Fault fault) {
        assertThatThrownBy(() -> AdviceProperties.of(new FakeEngine(fault)).only(fault.breaks).verify())
                .isInstanceOf(PropertyFailure.class)
                .hasMessageContaining("failure of the shrunk input:\n  org.opentest4j.AssertionFailedError: ["
                        + fault.breaks + "]");
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
    void anEvaluationWithAFaultIsCaughtWhenEveryPropertyIsChecked(Fault fault) {
        assertThatThrownBy(() -> AdviceProperties.of(new FakeEngine(fault)).verify())
                .isInstanceOf(PropertyFailure.class);
    }

    @Test
    void aMissingRoleShrinksToOneCaregiverWhoLivesWithTheClient() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> AdviceProperties.of(new FakeEngine(Fault.BALANCE)).only(AdviceProperty.BALANCE).verify());
        Situation shrunk = (Situation) failure.shrunk();
        assertThat(shrunk.caregivers()).singleElement().satisfies(c -> {
            assertThat(c.livesWithClient()).isTrue();
            assertThat(c.id()).isEqualTo("cg-1");
            assertThat(c.signals()).isEmpty();
            assertThat(c.burden()).isNull();
        });
        assertThat(shrunk.volunteers()).isEmpty();
        assertThat(shrunk.careTasks()).isEmpty();
        assertThat(failure.getMessage()).contains("[BALANCE] caregiver cg-1 has no suggestion of role [FACILITEREN]");
    }

    @Test
    void aSingleSituationCanBeCheckedOnItsOwn() {
        Situation situation = Situations.valid().samples(3L, 1).get(0);
        AdviceProperties.of(new FakeEngine(Fault.NONE)).check(situation);
        for (AdviceProperty property : AdviceProperty.values()) {
            property.check(new FakeEngine(Fault.NONE), situation);
        }
    }

    @Test
    void anEvaluationThatReturnsNullIsReportedAsSuch() {
        Situation situation = Situations.valid().samples(3L, 1).get(0);
        assertThatThrownBy(() -> AdviceProperty.WELL_FORMED.check(s -> null, situation))
                .hasMessage("[WELL_FORMED] the evaluation returned null");
    }
}
