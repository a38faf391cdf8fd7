package nl.sofa.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** The kit tests its generators: valid, deterministic, covering the contract, realistic, shrinking validly. */
class SituationsTest {
    private static final SofaJson JSON = SofaJson.standard();
    private static final int N = 1000;
    private static final List<Situation> SAMPLE = Situations.valid().samples(20261126L, N);

    @Test
    void everyGeneratedSituationIsValidAndSurvivesTheReader() {
        Property.forAll(Situations.valid()).check(situation -> {
            assertThat(situation.toBuilder().build()).isEqualTo(situation); // the constructor accepts it again
            assertThat(JSON.readSituation(JSON.writeSituation(situation))).isEqualTo(situation);
            long primaries = situation.caregivers().stream().filter(Caregiver::primaryContact).count();
            assertThat(primaries).isLessThanOrEqualTo(1);
        });
    }

    @Test
    void theSameSeedGivesTheSameSituations() {
        assertThat(Situations.valid().samples(20261126L, N)).isEqualTo(SAMPLE);
        assertThat(Situations.valid().samples(20261127L, 20)).isNotEqualTo(SAMPLE.subList(0, 20));
    }

    @Test
    void everyEnumValueIsGenerated() {
        assertThat(collect(s -> s.setting() == null ? Set.of() : Set.of(s.setting()))).containsAll(EnumSet.allOf(Setting.class));
        assertThat(collect(s -> Set.of(s.phase()))).containsAll(EnumSet.allOf(Phase.class));
        assertThat(collect(s -> s.endingReason() == null ? Set.of() : Set.of(s.endingReason())))
                .containsAll(EnumSet.allOf(EndingReason.class));
        assertThat(collect(s -> s.client().conditions())).containsAll(EnumSet.allOf(Condition.class));
        assertThat(collect(s -> s.client().derailmentSignals())).containsAll(EnumSet.allOf(DerailmentSignal.class));
        assertThat(collectCaregivers(c -> Set.of(c.relationToClient()))).containsAll(EnumSet.allOf(RelationToClient.class));
        assertThat(collectCaregivers(c -> c.signals())).containsAll(EnumSet.allOf(OverloadSignal.class));
        assertThat(collectCaregivers(c -> c.burden() == null ? Set.of() : Set.of(c.burden().instrument())))
                .containsAll(EnumSet.allOf(BurdenInstrument.class));
        assertThat(collect(s -> s.careTasks().stream().map(CareTask::kind).toList())).containsAll(EnumSet.allOf(TaskKind.class));
    }

    @Test
    void optionalFieldsComeAbsentAndPresentAndEndingReasonExactlyWithEnding() {
        assertThat(SAMPLE).allSatisfy(s -> assertThat(s.endingReason() != null).isEqualTo(s.phase() == Phase.ENDING));
        assertThat(SAMPLE).anyMatch(s -> s.setting() == null).anyMatch(s -> s.referenceDate() == null)
                .anyMatch(s -> s.referenceDate() != null).anyMatch(s -> s.policy() == null)
                .anyMatch(s -> s.policy() != null && s.policy().caregiverMayPerform().isEmpty())
                .anyMatch(s -> s.policy() != null && s.policy().volunteerMayPerform().size() == TaskKind.values().length)
                .anyMatch(s -> s.policy() != null && !s.policy().caregiverMayPerform().isEmpty()
                        && s.policy().caregiverMayPerform().size() < TaskKind.values().length)
                .anyMatch(s -> !s.client().carePlanSharedWith().isEmpty()
                        && s.client().carePlanSharedWith().size() < s.caregivers().size())
                .anyMatch(s -> s.caregivers().stream().anyMatch(Caregiver::primaryContact))
                .anyMatch(s -> s.caregivers().size() > 1 && s.caregivers().stream().noneMatch(Caregiver::primaryContact))
                .anyMatch(s -> !s.volunteers().isEmpty());
        assertThat(caregivers()).anyMatch(c -> c.age() == null).anyMatch(c -> c.burden() == null)
                .anyMatch(c -> c.burden() != null && c.burden().assessedOn() == null)
                .anyMatch(c -> c.burden() != null && c.burden().assessedOn() != null)
                .anyMatch(Caregiver::livesWithClient).anyMatch(Caregiver::employed);
    }

    @Test
    void numbersReachTheThresholdsAndTheLimits() {
        assertThat(collectCaregivers(c -> c.age() == null ? Set.of() : Set.of(c.age())))
                .contains(5, 10, 17, 18, 24, 25, 74, 75, 90, 120);
        assertThat(collectCaregivers(c -> Set.of(c.hoursPerWeek()))).contains(0.0, 8.0, 40.0, 168.0)
                .anyMatch(h -> h != Math.rint(h));
        assertThat(collectCaregivers(c -> Set.of(c.monthsCaring()))).contains(0, 3, 12, 1200);
        for (BurdenInstrument instrument : BurdenInstrument.values()) {
            Set<Integer> scores = collectCaregivers(c -> c.burden() != null && c.burden().instrument() == instrument
                    ? Set.of(c.burden().score()) : Set.of());
            assertThat(scores).as(instrument + " scores").contains(instrument.minScore(), instrument.maxScore());
            switch (instrument) {
                case EDIZ_PLUS -> assertThat(scores).contains(3, 4, 8, 9);
                case CSI -> assertThat(scores).contains(6, 7);
                case ZBI -> assertThat(scores).contains(20, 21, 40, 41);
            }
        }
    }

    @Test
    void tasksAndAgreementsComeInEveryShape() {
        Set<String> performers = new HashSet<>();
        Set<String> agreements = new HashSet<>();
        Set<String> evaluations = new HashSet<>();
        for (Situation s : SAMPLE) {
            Set<String> caregiverIds = new HashSet<>(s.caregivers().stream().map(Caregiver::id).toList());
            Set<String> volunteerIds = new HashSet<>(s.volunteers().stream().map(Volunteer::id).toList());
            for (CareTask t : s.careTasks()) {
                performers.add(t.performedByProfessional() ? "professional"
                        : caregiverIds.contains(t.performedBy()) ? "caregiver"
                        : volunteerIds.contains(t.performedBy()) ? "volunteer" : "unknown");
                Agreement a = t.agreement();
                agreements.add(a == null ? "absent" : a.equals(Agreement.defaults()) ? "defaults" : "full");
                if (a != null && s.referenceDate() != null) {
                    evaluations.add(a.nextEvaluation() == null ? "none"
                            : a.nextEvaluation().isBefore(s.referenceDate()) ? "before"
                            : a.nextEvaluation().isEqual(s.referenceDate()) ? "on" : "after");
                }
            }
        }
        assertThat(performers).containsExactlyInAnyOrder("professional", "caregiver", "volunteer");
        assertThat(agreements).containsExactlyInAnyOrder("absent", "defaults", "full");
        assertThat(evaluations).containsExactlyInAnyOrder("none", "before", "on", "after");
        assertThat(SAMPLE).anyMatch(s -> s.careTasks().stream().anyMatch(CareTask::professionalReservations));
    }

    @Test
    void idsAreUniqueAndSomeAreOdd() {
        Set<String> odd = new TreeSet<>();
        for (Situation s : SAMPLE) {
            List<String> people = new ArrayList<>();
            s.caregivers().forEach(c -> people.add(c.id()));
            s.volunteers().forEach(v -> people.add(v.id()));
            assertThat(people).doesNotHaveDuplicates().doesNotContain(CareTask.PROFESSIONAL);
            assertThat(s.careTasks().stream().map(CareTask::id).toList()).doesNotHaveDuplicates();
            for (String id : people) {
                if (id.codePointCount(0, id.length()) == 128) {
                    odd.add(id.chars().anyMatch(ch -> Character.isSurrogate((char) ch)) ? "128 code points, some astral" : "128 code points");
                }
                if (id.chars().anyMatch(ch -> ch > 127)) {
                    odd.add("non-ASCII");
                }
                if (id.contains("\"") || id.contains("\\")) {
                    odd.add("quote or backslash");
                }
                if (id.chars().allMatch(Character::isDigit)) {
                    odd.add("digits only");
                }
            }
        }
        assertThat(odd).containsExactlyInAnyOrder("128 code points", "128 code points, some astral", "non-ASCII",
                "quote or backslash", "digits only");
    }

    @Test
    void distributionsAreRealistic() {
        long none = SAMPLE.stream().filter(s -> s.caregivers().isEmpty()).count();
        long oneToThree = SAMPLE.stream().filter(s -> s.caregivers().size() >= 1 && s.caregivers().size() <= 3).count();
        assertThat(none).as("situations without caregivers").isBetween(N / 40L, N / 6L);
        assertThat(oneToThree).as("situations with one to three caregivers").isGreaterThan(N * 7L / 10);
        List<Caregiver> all = caregivers();
        long moderate = all.stream().filter(c -> c.hoursPerWeek() <= 16 && c.signals().size() <= 2).count();
        long extreme = all.stream().filter(c -> c.hoursPerWeek() >= 40 && c.signals().size() >= 3).count();
        assertThat(moderate).as("moderate caregivers").isGreaterThan(all.size() * 6L / 10);
        assertThat(extreme).as("extreme caregivers").isBetween(all.size() / 50L, all.size() / 5L);
    }

    @Test
    void sizesBoundTheSituations() {
        Situations.Sizes sizes = Situations.Sizes.defaults().withMaxCaregivers(2).withMaxVolunteers(0).withMaxCareTasks(1);
        assertThat(Situations.valid(sizes).samples(1L, 300)).allSatisfy(s -> {
            assertThat(s.caregivers()).hasSizeLessThanOrEqualTo(2);
            assertThat(s.volunteers()).isEmpty();
            assertThat(s.careTasks()).hasSizeLessThanOrEqualTo(1);
        }).anyMatch(s -> s.caregivers().size() == 2);
        Situations.Sizes big = Situations.Sizes.defaults().withMaxCaregivers(30).withMaxCareTasks(60);
        assertThat(Situations.valid(big).samples(1L, 300)).anyMatch(s -> s.caregivers().size() > 10)
                .anyMatch(s -> s.careTasks().size() > 30);
    }

    @Test
    void everyShrinkCandidateIsAValidSituationThatSurvivesTheReader() {
        Property.forAll(Situations.valid()).tries(200).check(situation -> {
            List<Situation> candidates = Situations.shrink(situation).toList();
            assertThat(candidates).doesNotContain(situation);
            for (Situation candidate : candidates) {
                assertThat(JSON.readSituation(JSON.writeSituation(candidate))).isEqualTo(candidate);
                assertThat(candidate.caregivers().size()).isLessThanOrEqualTo(situation.caregivers().size());
                assertThat(candidate.careTasks().size()).isLessThanOrEqualTo(situation.careTasks().size());
            }
        });
    }

    @Test
    void renamingIdsIsSkippedWhenANewIdWouldClash() {
        Situation clash = Situation.builder("s", Phase.BEGIN).client(nl.sofa.situation.Client.of("c"))
                .addCaregiver(Caregiver.builder("a").relationToClient(RelationToClient.PARTNER).hoursPerWeek(0)
                        .monthsCaring(0).build())
                .addCaregiver(Caregiver.builder("b").relationToClient(RelationToClient.PARTNER).hoursPerWeek(0)
                        .monthsCaring(0).build())
                .addVolunteer(new Volunteer("cg-2"))
                .build();
        List<Situation> candidates = Situations.shrink(clash).toList();
        assertThat(candidates).noneMatch(s -> s.caregivers().size() == 2 && s.caregivers().get(0).id().equals("cg-1"));
        assertThat(candidates).anyMatch(s -> s.volunteers().size() == 1 && s.volunteers().get(0).id().equals("vw-1"));
    }

    private static <T> Set<T> collect(Function<Situation, ? extends java.util.Collection<? extends T>> values) {
        Set<T> seen = new HashSet<>();
        SAMPLE.forEach(s -> seen.addAll(values.apply(s)));
        return seen;
    }

    private static <T> Set<T> collectCaregivers(Function<Caregiver, ? extends java.util.Collection<? extends T>> values) {
        Set<T> seen = new HashSet<>();
        caregivers().forEach(c -> seen.addAll(values.apply(c)));
        return seen;
    }

    private static List<Caregiver> caregivers() {
        return SAMPLE.stream().flatMap(s -> s.caregivers().stream()).toList();
    }
}
