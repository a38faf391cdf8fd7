package nl.sofa.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.situation.Client;
import nl.sofa.situation.Situation;
import org.jspecify.annotations.Nullable;

/**
 * Situations and look-ups for the engine's tests. Every expectation in the tests is written from
 * rules-v1.md, rules-v2.md, contract-v1.md, contract-v2.md and the templates of reasons.json, never
 * copied from the engine's output.
 */
final class Fixtures {
    /** The reference date of every situation built here. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** One engine with the defaults for all tests of the JVM (building it takes a second or two). */
    static final SofaEngine ENGINE = SofaEngine.builder().build();

    private Fixtures() {
    }

    /**
     * A caregiver that raises nothing by itself: 2 hours a week for 1 month, not living with the
     * client, not employed, no age, no burden, no signals, not primary.
     */
    static Caregiver.Builder caregiver(String id) {
        return Caregiver.builder(id).relationToClient(RelationToClient.CHILD).hoursPerWeek(2).monthsCaring(1);
    }

    /** A situation "sit-1" in this phase (not ENDING) as of {@link #TODAY}, client "cl-1" with nothing known. */
    static Situation.Builder situation(Phase phase) {
        return Situation.builder("sit-1", phase).referenceDate(TODAY).client(Client.of("cl-1"));
    }

    /** A situation "sit-1" in phase ENDING for this reason. */
    static Situation.Builder ending(EndingReason reason) {
        return situation(Phase.ENDING).endingReason(reason);
    }

    static Advice evaluate(Situation.Builder situation) {
        return ENGINE.evaluate(situation.build());
    }

    /** The suggestion of this action for this caregiver without a task, if any. */
    static Optional<Suggestion> suggestion(Advice advice, String action, @Nullable String caregiverId) {
        return suggestion(advice, action, caregiverId, null);
    }

    static Optional<Suggestion> suggestion(Advice advice, String action, @Nullable String caregiverId,
            @Nullable String taskId) {
        Suggestion.Key key = new Suggestion.Key(action, caregiverId, taskId);
        return advice.suggestions().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The suggestion that must be there. */
    static Suggestion requireSuggestion(Advice advice, String action, @Nullable String caregiverId) {
        return requireSuggestion(advice, action, caregiverId, null);
    }

    static Suggestion requireSuggestion(Advice advice, String action, @Nullable String caregiverId,
            @Nullable String taskId) {
        Optional<Suggestion> found = suggestion(advice, action, caregiverId, taskId);
        assertThat(found).as("suggestion %s for %s, task %s", action, caregiverId, taskId).isPresent();
        return found.get();
    }

    static Optional<Flag> flag(Advice advice, String code, @Nullable String caregiverId, @Nullable String taskId) {
        Flag.Key key = new Flag.Key(code, caregiverId, taskId);
        return advice.flags().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    static Flag requireFlag(Advice advice, String code, @Nullable String caregiverId, @Nullable String taskId) {
        Optional<Flag> found = flag(advice, code, caregiverId, taskId);
        assertThat(found).as("flag %s for %s, task %s", code, caregiverId, taskId).isPresent();
        return found.get();
    }

    /** The codes of every flag of the advice. */
    static List<String> flagCodes(Advice advice) {
        return advice.flags().stream().map(Flag::code).toList();
    }

    /** The action ids suggested for this caregiver (any task). */
    static List<String> actionsFor(Advice advice, @Nullable String caregiverId) {
        return advice.suggestions().stream()
                .filter(s -> caregiverId == null ? s.caregiverId() == null : caregiverId.equals(s.caregiverId()))
                .map(Suggestion::action).toList();
    }

    /** The keys of these reasons, in their order. */
    static List<String> keys(List<Reason> reasons) {
        return reasons.stream().map(Reason::key).toList();
    }

    /** The reason with this key, which must be there. */
    static Reason reason(List<Reason> reasons, String key) {
        Optional<Reason> found = reasons.stream().filter(r -> r.key().equals(key)).findFirst();
        assertThat(found).as("reason %s among %s", key, keys(reasons)).isPresent();
        return found.get();
    }

    /** Every sentence of the advice in Dutch: suggestion and flag texts and every reason's text. */
    static List<String> dutchTexts(Advice advice) {
        List<String> texts = new java.util.ArrayList<>();
        for (Suggestion s : advice.suggestions()) {
            texts.add(s.text().nl());
            s.reasons().forEach(r -> texts.add(r.text().nl()));
        }
        for (Flag f : advice.flags()) {
            texts.add(f.text().nl());
            f.reasons().forEach(r -> texts.add(r.text().nl()));
        }
        return texts;
    }

    /** Every sentence of the advice in English, as {@link #dutchTexts}. */
    static List<String> englishTexts(Advice advice) {
        List<String> texts = new java.util.ArrayList<>();
        for (Suggestion s : advice.suggestions()) {
            texts.add(s.text().en());
            s.reasons().forEach(r -> texts.add(r.text().en()));
        }
        for (Flag f : advice.flags()) {
            texts.add(f.text().en());
            f.reasons().forEach(r -> texts.add(r.text().en()));
        }
        return texts;
    }

    static CaregiverAssessment assessment(Advice advice, String caregiverId) {
        return advice.assessmentOf(caregiverId).orElseThrow();
    }

    static OverloadRisk risk(Advice advice, String caregiverId) {
        return assessment(advice, caregiverId).overloadRisk();
    }
}
