package nl.sofa.engine.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.BurdenMeasurement;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.SofaEngine;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Policy;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.Agreement;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Personal data never reaches the logs: everything every library logs at TRACE during full
 * evaluations (and failed ones) carries ids and counts, never ages, hours, scores, conditions,
 * signals, relations or other values of the document.
 */
class PrivacyInLogsTest {
    /** Values no log line may hold; chosen so that they cannot appear by chance (no count is 87). */
    private static final List<String> SECRETS = new ArrayList<>();

    static {
        for (Enum<?>[] values : List.<Enum<?>[]>of(Condition.values(), OverloadSignal.values(), DerailmentSignal.values(),
                RelationToClient.values(), Setting.values(), BurdenInstrument.values(), EndingReason.values())) {
            for (Enum<?> value : values) {
                if (!value.name().equals("OTHER")) {
                    SECRETS.add(value.name());
                }
            }
        }
        SECRETS.addAll(List.of("37.25", "37,25", "2031-07-19", "2030-01-01"));
    }

    /** Drools' fact handles carry hash codes, whose digits say nothing of the document. */
    private static final java.util.regex.Pattern FACT_HANDLE = java.util.regex.Pattern.compile("\\[fact [-0-9:]+:");

    /**
     * Catalog action ids are no document values, though v2's G-TRANSFER holds the word TRANSFER (an
     * action id tells no more than a rule id, which the log names anyway).
     */
    private static final java.util.regex.Pattern ACTION_ID = java.util.regex.Pattern.compile("action=[A-Z]+-[A-Z0-9]+");

    @BeforeEach
    void capture() {
        CapturedLogs.start();
    }

    @org.junit.jupiter.api.AfterEach
    void stopCapturing() {
        CapturedLogs.stop();
    }

    private static Situation sensitive(Phase phase, EndingReason reason) {
        Caregiver caregiver = Caregiver.builder("cg-a").relationToClient(RelationToClient.PARTNER).hoursPerWeek(37.25)
                .monthsCaring(413).livesWithClient(true).employed(true).age(87).primaryContact(true)
                .burden(new BurdenMeasurement(BurdenInstrument.ZBI, 87, LocalDate.of(2031, 7, 19)))
                .signals(EnumSet.allOf(OverloadSignal.class)).build();
        return Situation.builder("sit-privacy", phase).endingReason(reason).referenceDate(LocalDate.of(2031, 7, 19))
                .setting(Setting.MENTAL_HEALTH)
                .client(Client.builder("cl-a").conditions(EnumSet.allOf(Condition.class))
                        .derailmentSignals(EnumSet.allOf(DerailmentSignal.class)).build())
                .addCaregiver(caregiver).addVolunteer(new Volunteer("vw-a"))
                .addCareTask(CareTask.builder("t-a").kind(TaskKind.INJECTION).performedBy("cg-a").professionalReservations(true)
                        .agreement(Agreement.builder().caregiverAble(false).nextEvaluation(LocalDate.of(2030, 1, 1)).build()).build())
                .addCareTask(CareTask.builder("t-b").kind(TaskKind.CATHETERISATION).performedBy("vw-a").build())
                .policy(new Policy(EnumSet.of(TaskKind.HOUSEHOLD), EnumSet.noneOf(TaskKind.class)))
                .build();
    }

    private static void assertNoSecretsLogged() {
        List<String> lines = CapturedLogs.lines();
        for (String logged : lines) {
            String line = ACTION_ID.matcher(FACT_HANDLE.matcher(logged).replaceAll("[fact ")).replaceAll("action=");
            for (String secret : SECRETS) {
                assertThat(line).as("a log line holds the document value %s", secret).doesNotContain(secret);
            }
            // ages, months and scores as numbers of their own (Drools' node ids hold digits too)
            assertThat(line).as("a log line holds an age, month count or score of the document")
                    .doesNotContainPattern("(?<![\\w.:-])(?<!Node\\()(87|413)(?![\\w.:-])");
        }
    }

    @Test
    void aFullEvaluationAtTraceLogsNoDocumentValues() {
        SofaEngine engine = SofaEngine.builder().build();
        for (Phase phase : Phase.values()) {
            for (EndingReason reason : phase == Phase.ENDING ? EndingReason.values() : new EndingReason[] {null}) {
                engine.evaluate(sensitive(phase, reason));
            }
        }
        assertThat(CapturedLogs.lines()).as("the capture works: the engine logged its start").isNotEmpty();
        assertNoSecretsLogged();
    }

    @Test
    void generatedSituationsLogOnlyIdsAndCounts() {
        SofaEngine engine = SofaEngine.builder().build();
        Property.forAll(Situations.valid()).tries(300).check(situation -> {
            CapturedLogs.clear();
            engine.evaluate(situation);
            for (String logged : CapturedLogs.lines()) {
                String line = ACTION_ID.matcher(FACT_HANDLE.matcher(logged).replaceAll("[fact ")).replaceAll("action=");
                // OTHER is also a task kind of the organisation's policy, which is no personal data
                for (Condition condition : situation.client().conditions()) {
                    if (condition != Condition.OTHER) {
                        assertThat(line).doesNotContain(condition.name());
                    }
                }
                for (Caregiver caregiver : situation.caregivers()) {
                    for (OverloadSignal signal : caregiver.signals()) {
                        assertThat(line).doesNotContain(signal.name());
                    }
                    if (caregiver.relationToClient() != RelationToClient.OTHER) {
                        assertThat(line).doesNotContain(caregiver.relationToClient().name());
                    }
                }
            }
        });
    }

    @Test
    void aRuleThatThrowsLogsNoDocumentValuesAndItsErrorNamesOnlyIds() {
        RulePack leaky = new RulePack() {
            @Override
            public String id() {
                return "leaky";
            }

            @Override
            public String version() {
                return "1";
            }

            @Override
            public String description() {
                return "throws with the caregiver's age in its message";
            }

            @Override
            public List<RuleSource> rules() {
                return List.of(new RuleSource("leaky.drl", """
                        package leaky;
                        import nl.sofa.caregiver.Caregiver;
                        rule "leaky.throw"
                            @description("Throws with the caregiver's age in its message")
                        when
                            $c : Caregiver()
                        then
                            throw new IllegalStateException("age " + $c.age() + " " + $c);
                        end
                        """));
            }

            @Override
            public Map<String, Double> thresholds() {
                return Map.of();
            }
        };
        SofaEngine engine = SofaEngine.builder().addPack(leaky).build();
        CapturedLogs.clear();

        EvaluationException e = catchThrowableOfType(EvaluationException.class,
                () -> engine.evaluate(sensitive(Phase.DAILY, null)));

        assertThat(e.getMessage()).contains("leaky.throw", "sit-privacy").doesNotContain("87");
        assertNoSecretsLogged();
    }
}
