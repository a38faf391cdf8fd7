package nl.sofa.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.sofa.advice.Advice;
import nl.sofa.advice.EngineInfo;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.PackInfo;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.EvaluationException;
import nl.sofa.engine.fact.Because;
import nl.sofa.engine.fact.OverloadLevel;
import nl.sofa.engine.fact.RaisedFlag;
import nl.sofa.engine.fact.SuggestedAction;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.task.TaskKind;
import org.junit.jupiter.api.Test;

/** Contract v1 §2 and v2 §2 merge rules, applied to output facts directly (no rules involved). */
class AdviceAssemblerTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private static final AdviceAssembler ASSEMBLER = new AdviceAssembler(
            ActionCatalog.builtin().withFlags(List.of(new FlagType("X", new LocalizedText("Iks", "Ex")),
                    new FlagType("Y", new LocalizedText("Ij", "Why")))),
            ReasonTemplates.builtin().with(java.util.Map.of("test.why", new LocalizedText("reden {x}", "reason {x}"))),
            new EngineInfo("0.1.0", List.of(new PackInfo("sofa-builtin", "1.0.0"))));

    /** A reason of the test template "reden {x}". */
    private static Because why(String x) {
        return Because.of("test.why", "x", x);
    }
    private static final Situation SITUATION = Situation.builder("sit-1", Phase.DAILY).referenceDate(DAY)
            .client(Client.of("cl-1"))
            .addCaregiver(caregiver("cg-1")).addCaregiver(caregiver("cg-2"))
            .addVolunteer(new Volunteer("vw-1"))
            .addCareTask(CareTask.builder("t-1").kind(TaskKind.HOUSEHOLD).performedBy("cg-1").build())
            .build();
    private static final List<OverloadLevel> LEVELS = List.of(
            new OverloadLevel("cg-2", OverloadRisk.HIGH, List.of("LIVES_WITH_CLIENT", "BURDEN_SCORE_HEAVY"), "r.level",
                    why("hoog"), List.of()),
            new OverloadLevel("cg-1", OverloadRisk.NONE, List.of(), "r.level", why("geen"), List.of()));

    private static Caregiver caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.FRIEND).hoursPerWeek(1).monthsCaring(1).build();
    }

    private static Advice assemble(List<SuggestedAction> suggested, List<RaisedFlag> raised) {
        return ASSEMBLER.assemble(SITUATION, DAY, suggested, raised, LEVELS);
    }

    @Test
    void suggestionsWithOneKeyMergeKeepingTheHighestPriorityAndEveryRuleAndReason() {
        Advice advice = assemble(List.of(
                new SuggestedAction("G-INSTRUCT", "cg-1", "t-1", Priority.LOW, "r.b", why("b")),
                new SuggestedAction("G-INSTRUCT", "cg-1", "t-1", Priority.HIGH, "r.a", why("c")),
                new SuggestedAction("G-INSTRUCT", "cg-1", "t-1", Priority.MEDIUM, "r.a", why("a")),
                new SuggestedAction("G-INSTRUCT", "cg-1", "t-1", Priority.MEDIUM, "r.c", why("b")),
                new SuggestedAction("G-INSTRUCT", "cg-1", null, Priority.LOW, "r.a", why("a"))), List.of());

        assertThat(advice.suggestions()).hasSize(2);
        Suggestion merged = advice.suggestions().get(0);
        assertThat(merged.key()).isEqualTo(new Suggestion.Key("G-INSTRUCT", "cg-1", "t-1"));
        assertThat(merged.priority()).isEqualTo(Priority.HIGH);
                assertThat(merged.reasons()).as("the headline (of the HIGH entry) first, then the others in key and params order")
                .extracting(r -> r.text().nl()).containsExactly("reden c", "reden a", "reden b");
        assertThat(merged.reasons().get(0).params()).containsEntry("x", "c");
        assertThat(merged.rules()).containsExactly("r.a", "r.b", "r.c");
        assertThat(merged.role()).isEqualTo(SofaRole.AFSTEMMEN);
        assertThat(merged.phase()).isEqualTo(ActionPhase.ANY);
        assertThat(merged.text()).isEqualTo(ActionCatalog.builtin().require("G-INSTRUCT").text());
    }

    @Test
    void mergedSuggestionsKeepTheEarliestDueDateAndNoneWhenNoRuleSetsOne() {
        Advice advice = assemble(List.of(
                new SuggestedAction("V-INFO", "cg-1", null, Priority.LOW, "r.a", why("a"), List.of(), DAY.plusDays(9)),
                new SuggestedAction("V-INFO", "cg-1", null, Priority.HIGH, "r.b", why("b"), List.of(), DAY.plusDays(3)),
                new SuggestedAction("V-INFO", "cg-1", null, Priority.LOW, "r.c", why("c")),
                new SuggestedAction("V-INFO", "cg-2", null, Priority.LOW, "r.c", why("c"))), List.of());

        assertThat(advice.suggestions()).extracting(Suggestion::caregiverId, Suggestion::dueBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cg-1", DAY.plusDays(3)),
                        org.assertj.core.groups.Tuple.tuple("cg-2", null));
    }

    @Test
    void theHeadlineOfEqualPrioritiesIsTheReasonOfTheSmallestRuleId() {
        Advice advice = assemble(List.of(
                new SuggestedAction("V-INFO", "cg-1", null, Priority.MEDIUM, "r.b", why("a")),
                new SuggestedAction("V-INFO", "cg-1", null, Priority.MEDIUM, "r.a", why("z")),
                new SuggestedAction("V-INFO", "cg-1", null, Priority.LOW, "r.0", why("0"))), List.of());

        assertThat(advice.suggestions().get(0).reasons()).extracting(r -> r.text().nl())
                .containsExactly("reden z", "reden 0", "reden a");
    }

    @Test
    void flagsWithOneKeyMergeKeepingTheHighestSeverityAndItsBoundary() {
        Advice advice = assemble(List.of(), List.of(
                new RaisedFlag("X", Severity.INFO, Boundary.WETTELIJK, "cg-1", "t-1", "r.1", why("een")),
                new RaisedFlag("X", Severity.CRITICAL, Boundary.RELATIONEEL, "cg-1", "t-1", "r.2", why("twee")),
                new RaisedFlag("X", Severity.WARNING, Boundary.FUNCTIONEEL, "cg-1", "t-1", "r.3", why("drie"))));

        Flag flag = advice.flags().get(0);
        assertThat(advice.flags()).hasSize(1);
        assertThat(flag.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(flag.boundary()).isEqualTo(Boundary.RELATIONEEL);
        assertThat(flag.rules()).containsExactly("r.1", "r.2", "r.3");
        assertThat(flag.reasons()).as("the headline (of the CRITICAL entry) first").extracting(r -> r.text().nl())
                .containsExactly("reden twee", "reden drie", "reden een");
        assertThat(flag.text()).isEqualTo(new LocalizedText("Iks", "Ex"));
    }

    @Test
    void theMergedResultDoesNotDependOnTheOrderTheFactsArrive() {
        List<SuggestedAction> suggested = new ArrayList<>();
        List<RaisedFlag> raised = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            suggested.add(new SuggestedAction("V-INFO", "cg-2", null, priority, "r." + priority, why(String.valueOf(priority))));
            suggested.add(new SuggestedAction("O-D1", "cg-1", null, priority, "r." + priority, why(String.valueOf(priority))));
        }
        for (Boundary boundary : Boundary.values()) {
            raised.add(new RaisedFlag("Y", Severity.WARNING, boundary, null, null, "r." + boundary, why("b " + boundary)));
        }
        raised.add(new RaisedFlag("Y", Severity.WARNING, null, null, null, "r.null", why("b null")));
        String expected = SofaJson.standard().writeAdvice(assemble(suggested, raised));
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            Collections.shuffle(suggested, random);
            Collections.shuffle(raised, random);
            assertThat(SofaJson.standard().writeAdvice(assemble(suggested, raised))).isEqualTo(expected);
        }
        assertThat(assemble(suggested, raised).flags().get(0).boundary()).as("equal severities: first boundary")
                .isEqualTo(Boundary.WETTELIJK);
    }

    @Test
    void assessmentsFollowTheCaregiversOfTheSituation() {
        Advice advice = assemble(List.of(), List.of());

        assertThat(advice.caregivers()).extracting(a -> a.caregiverId()).containsExactly("cg-1", "cg-2");
        assertThat(advice.caregivers().get(1).factors()).containsExactly("BURDEN_SCORE_HEAVY", "LIVES_WITH_CLIENT");
        assertThat(advice.engine().packs()).containsExactly(new PackInfo("sofa-builtin", "1.0.0"));
    }

    @Test
    void anActionOutsideTheCatalogIsRefusedNamingTheRule() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> assemble(
                List.of(new SuggestedAction("Z-NOPE", null, null, Priority.LOW, "r.bad", why("x"))), List.of()));

        assertThat(e.ruleId()).isEqualTo("r.bad");
        assertThat(e.situationId()).isEqualTo("sit-1");
        assertThat(e.problem()).isEqualTo("suggests action Z-NOPE, which is not in the catalog");
    }

    @Test
    void anActionOfAnotherPhaseIsRefused() {
        EvaluationException e = catchThrowableOfType(EvaluationException.class, () -> assemble(
                List.of(new SuggestedAction("S-B1", "cg-1", null, Priority.LOW, "r.bad", why("x"))), List.of()));

        assertThat(e.problem()).isEqualTo("suggests action S-B1 of phase BEGIN in phase DAILY");
    }

    @Test
    void idsThatAreNotInTheSituationAreRefused() {
        assertThat(catchThrowableOfType(EvaluationException.class, () -> assemble(List.of(),
                List.of(new RaisedFlag("X", Severity.INFO, null, "cg-9", null, "r.bad", why("x"))))).ruleId())
                .isEqualTo("r.bad");
        assertThat(catchThrowableOfType(EvaluationException.class, () -> assemble(
                List.of(new SuggestedAction("V-INFO", "cg-1", "t-9", Priority.LOW, "r.bad", why("x"))), List.of())).problem())
                .isEqualTo("names a taskId that is not in the situation");
        assertThat(assemble(List.of(), List.of(new RaisedFlag("X", Severity.INFO, null, "vw-1", "t-1", "r", why("x"))))
                .flags()).as("a volunteer's id is an id of the situation").hasSize(1);
    }

    @Test
    void aCaregiverWithoutALevelOrWithTwoIsRefused() {
        EvaluationException missing = catchThrowableOfType(EvaluationException.class,
                () -> ASSEMBLER.assemble(SITUATION, DAY, List.of(), List.of(), LEVELS.subList(0, 1)));
        assertThat(missing.problem()).startsWith("caregiver cg-1 got no overload level");

        List<OverloadLevel> twice = new ArrayList<>(LEVELS);
        twice.add(new OverloadLevel("cg-1", OverloadRisk.ELEVATED, List.of("X"), "r.late", why("laat"), List.of()));
        EvaluationException second = catchThrowableOfType(EvaluationException.class,
                () -> ASSEMBLER.assemble(SITUATION, DAY, List.of(), List.of(), twice));
        assertThat(second.problem()).startsWith("caregiver cg-1 got a second overload level");
    }
}
