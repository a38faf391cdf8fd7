package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The kit tests itself: the runner finds, shrinks, reports and replays failures. */
class PropertyTest {
    private static final SofaJson JSON = SofaJson.standard();
    private final String triesBefore = System.getProperty(Property.TRIES_PROPERTY);
    private final String seedBefore = System.getProperty(Property.SEED_PROPERTY);

    /** The smallest situation with a caregiver with two signals: nothing else in it. */
    private static final String MINIMAL_TWO_SIGNALS = "{\"schemaVersion\":2,\"id\":\"s\",\"phase\":\"BEGIN\","
            + "\"client\":{\"id\":\"c\",\"conditions\":[],\"carePlanSharedWith\":[],\"derailmentSignals\":[]},"
            + "\"caregivers\":[{\"id\":\"cg-1\",\"relationToClient\":\"PARTNER\",\"hoursPerWeek\":0,\"monthsCaring\":0,"
            + "\"livesWithClient\":false,\"employed\":false,\"primaryContact\":false,"
            + "\"signals\":[\"TIME_PRESSURE\",\"NO_TIME_FOR_OWN_LIFE\"]}],\"volunteers\":[],\"careTasks\":[]}";

    @AfterEach
    void restoreSystemProperties() {
        restore(Property.TRIES_PROPERTY, triesBefore);
        restore(Property.SEED_PROPERTY, seedBefore);
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }

    private static void noCaregiverHasTwoSignals(Situation situation) {
        for (Caregiver caregiver : situation.caregivers()) {
            assertThat(caregiver.signals().size()).as("signals of " + caregiver.id()).isLessThan(2);
        }
    }

    @Test
    void aFailingPropertyIsShrunkToExactlyOneCaregiverWithTwoSignalsAndNothingElse() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Situations.valid()).check(PropertyTest::noCaregiverHasTwoSignals));

        Situation shrunk = (Situation) failure.shrunk();
        assertThat(JSON.writeSituation(shrunk)).isEqualTo(MINIMAL_TWO_SIGNALS);
        // a fixed point: nothing simpler still fails
        assertThat(Situations.shrink(shrunk)).allSatisfy(PropertyTest::noCaregiverHasTwoSignals);
        assertThat(failure.getMessage()).contains("nothing simpler fails");
    }

    @Test
    void theReportHoldsTheSeedHowToReplayTheTryAndBothInputsAsJson() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Situations.valid()).named("two signals").check(PropertyTest::noCaregiverHasTwoSignals));

        assertThat(failure.getMessage())
                .startsWith("Property 'two signals' failed on try " + failure.tryNumber() + " of 1000")
                .contains("seed: " + failure.seed() + " (random); replay with -Dsofa.seed=" + failure.seed())
                .contains("original input (try " + failure.tryNumber() + "):\n  "
                        + JSON.writeSituation((Situation) failure.original()))
                .contains("shrunk input (" + failure.shrinkSteps() + " steps, nothing simpler fails):\n  "
                        + MINIMAL_TWO_SIGNALS)
                .contains("failure of the shrunk input:\n  java.lang.AssertionError: [signals of cg-1]");
        assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
    }

    @Test
    void replayingTheReportedSeedReproducesTheSameFailure() {
        PropertyFailure first = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Situations.valid()).check(PropertyTest::noCaregiverHasTwoSignals));

        System.setProperty(Property.SEED_PROPERTY, Long.toString(first.seed()));
        PropertyFailure replayed = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Situations.valid()).check(PropertyTest::noCaregiverHasTwoSignals));
        PropertyFailure pinned = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Situations.valid()).seed(first.seed()).check(PropertyTest::noCaregiverHasTwoSignals));

        for (PropertyFailure again : List.of(replayed, pinned)) {
            assertThat(again.seed()).isEqualTo(first.seed());
            assertThat(again.tryNumber()).isEqualTo(first.tryNumber());
            assertThat(again.original()).isEqualTo(first.original());
            assertThat(again.shrunk()).isEqualTo(first.shrunk());
            assertThat(again.shrinkSteps()).isEqualTo(first.shrinkSteps());
        }
        assertThat(replayed.getMessage()).isEqualTo(first.getMessage().replace("(random)", "(from -Dsofa.seed)"));
    }

    @Test
    void aSeedReplaysTheSameValuesAtTheSameTryWhateverTheNumberOfTries() {
        List<Situation> few = new ArrayList<>();
        List<Situation> many = new ArrayList<>();
        Property.forAll(Situations.valid()).seed(99L).tries(10).check(few::add);
        Property.forAll(Situations.valid()).seed(99L).tries(50).check(many::add);
        assertThat(many.subList(0, 10)).isEqualTo(few);
        assertThat(Situations.valid().samples(99L, 10)).isEqualTo(few);
    }

    @Test
    void theNumberOfTriesComesFromSofaTriesUnlessTheTestSetsIt() {
        AtomicInteger runs = new AtomicInteger();
        System.setProperty(Property.TRIES_PROPERTY, "37");
        Property.forAll(Gen.ints(0, 9)).check(value -> runs.incrementAndGet());
        assertThat(runs).hasValue(37);

        runs.set(0);
        Property.forAll(Gen.ints(0, 9)).tries(5).check(value -> runs.incrementAndGet());
        assertThat(runs).hasValue(5);

        System.clearProperty(Property.TRIES_PROPERTY);
        assertThat(Property.forAll(Gen.ints(0, 9)).effectiveTries()).isEqualTo(Property.DEFAULT_TRIES);

        System.setProperty(Property.TRIES_PROPERTY, "many");
        assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 9)).check(value -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the system property sofa.tries must be a whole number of at least 1, not 'many'");
    }

    @Test
    void theBuildPassesSofaTriesToTheTests() {
        // the parent pom hands sofa.tries to surefire, so that CI can raise it with -Dsofa.tries=...
        Assumptions.assumeTrue(triesBefore != null, "run outside the Maven build");
        assertThat(Property.forAll(Gen.ints(0, 9)).effectiveTries()).isEqualTo(Integer.parseInt(triesBefore.trim()));
    }

    @Test
    void aTryDiscardedByAnAssumptionIsNoFailureButAllDiscardedIs() {
        Property.forAll(Gen.ints(0, 9)).tries(100).check(value -> {
            Assumptions.assumeTrue(value % 2 == 0);
            assertThat(value % 2).isZero();
        });
        assertThatThrownBy(() -> Property.forAll(Gen.ints(0, 9)).tries(10).check(value -> Assumptions.assumeTrue(false)))
                .isInstanceOf(PropertyFailure.class)
                .hasMessageStartingWith("Property discarded all of its 10 tries (each failed an assumption)");
    }

    @Test
    void shrinkingStopsAtTheStepBound() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Property.forAll(Situations.valid())
                .seed(5L).maxShrinkSteps(1).check(s -> assertThat(s.id()).isEqualTo("never")));
        assertThat(failure.shrinkSteps()).isEqualTo(1);
        assertThat(failure.getMessage()).contains("(1 step, stopped at the shrink bound)");
    }

    @Test
    void anAlwaysFailingPropertyShrinksToTheSmallestSituationOfAll() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class, () -> Property.forAll(Situations.valid())
                .check(s -> {
                    throw new IllegalStateException("always");
                }));
        assertThat(Situations.describe((Situation) failure.shrunk())).isEqualTo("{\"schemaVersion\":2,\"id\":\"s\","
                + "\"phase\":\"BEGIN\",\"client\":{\"id\":\"c\",\"conditions\":[],\"carePlanSharedWith\":[],"
                + "\"derailmentSignals\":[]},\"caregivers\":[],\"volunteers\":[],\"careTasks\":[]}");
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.getMessage()).contains("java.lang.IllegalStateException: always");
    }

    @Test
    void integersShrinkTowardsTheirLowestValue() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Gen.ints(-50, 1000)).check(n -> assertThat(n).isLessThan(137)));
        assertThat(failure.shrunk()).isEqualTo(137);
    }

    @Test
    void listsShrinkByDroppingElements() {
        PropertyFailure failure = catchThrowableOfType(PropertyFailure.class,
                () -> Property.forAll(Gen.listOf(Gen.ints(0, 5), 0, 20)).check(list ->
                        assertThat(list.stream().filter(n -> n == 5).count()).isLessThan(2)));
        assertThat(failure.shrunk()).isEqualTo(List.of(5, 5));
    }

    @Test
    void combinatorsAreDeterministicForASeed() {
        Gen<String> gen = Gen.frequency(Gen.weighted(3, Gen.ints(0, 9).map(n -> "n" + n)),
                Gen.weighted(1, Gen.elements("a", "b")), Gen.weighted(1, Gen.booleans().flatMap(b -> Gen.constant("" + b))));
        assertThat(gen.samples(1L, 200)).isEqualTo(gen.samples(1L, 200)).isNotEqualTo(gen.samples(2L, 200));
        assertThat(gen.samples(1L, 2000)).contains("n0", "n9", "a", "b", "true", "false");
    }
}
