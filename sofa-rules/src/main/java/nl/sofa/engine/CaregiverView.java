package nl.sofa.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.catalog.ActionPhase;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.engine.fact.FactorCodes;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import org.jspecify.annotations.Nullable;

/**
 * What one caregiver may see of an advice: only what concerns that caregiver, and nothing from the
 * client's care plan (zorgleefplan) unless the client consented ({@code client.carePlanSharedWith}).
 * The professional's advice stays whole; this is a separate, smaller value for a caregiver portal.
 *
 * <p>What it holds, and why:
 * <ul>
 *   <li>only suggestions and flags with this caregiver's id: never another caregiver's or a
 *       volunteer's, and never the situation-wide ones (derailed care, no caregiver known), which
 *       are for the professional;</li>
 *   <li>no rule ids or reasons: a reason is written for the professional and may name a condition,
 *       a task or another person;</li>
 *   <li>without consent, no suggestion or flag about a care task (tasks and agreements are the care
 *       plan's), and of the overload factors only those that describe the caregiver (hours,
 *       living together, age, work, signals, measured burden, being the only caregiver), not
 *       {@code DEMANDING_CONDITION} (the client's condition) nor the codes of packs.</li>
 * </ul>
 *
 * <p>Stable since 0.1.
 *
 * @param situationId the situation
 * @param referenceDate the advice's reference date
 * @param phase the phase
 * @param caregiverId the caregiver this view is for
 * @param carePlanShared whether the client consented that this caregiver may see the care plan
 * @param overloadRisk the caregiver's own overload risk
 * @param factors the factors behind it that this caregiver may see, sorted
 * @param actions what the professional will take up with this caregiver, in the advice's order
 * @param flags what the professional noticed about this caregiver, in the advice's order
 */
public record CaregiverView(
        String situationId,
        LocalDate referenceDate,
        Phase phase,
        String caregiverId,
        boolean carePlanShared,
        OverloadRisk overloadRisk,
        List<String> factors,
        List<Action> actions,
        List<Notice> flags) {

    /** The overload factors that describe the caregiver, not the client or the care plan. */
    private static final Set<String> OWN_FACTORS = Set.of(FactorCodes.BURDEN_SCORE_HEAVY,
            FactorCodes.BURDEN_SCORE_MODERATE, FactorCodes.INTENSIVE_LONG_TERM, FactorCodes.VERY_MANY_HOURS,
            FactorCodes.LIVES_WITH_CLIENT, FactorCodes.SOLE_CAREGIVER, FactorCodes.YOUNG_CAREGIVER,
            FactorCodes.OLDER_CAREGIVER, FactorCodes.COMBINES_CARE_AND_WORK);

    /** Copies the lists. */
    public CaregiverView {
        Objects.requireNonNull(situationId, "situationId");
        Objects.requireNonNull(caregiverId, "caregiverId");
        factors = List.copyOf(factors);
        actions = List.copyOf(actions);
        flags = List.copyOf(flags);
    }

    /**
     * A suggested action, as the caregiver sees it.
     *
     * @param action the catalog id
     * @param role its SOFA role
     * @param phase its phase
     * @param taskId the care task it is about (only with consent), or null
     * @param priority its priority
     * @param text its Dutch and English text
     */
    public record Action(String action, SofaRole role, ActionPhase phase, @Nullable String taskId, Priority priority,
            LocalizedText text) {
    }

    /**
     * A flag, as the caregiver sees it.
     *
     * @param code the flag code
     * @param severity how serious it is
     * @param boundary the boundary it touches, or null
     * @param taskId the care task it is about (only with consent), or null
     */
    public record Notice(String code, Severity severity, @Nullable Boundary boundary, @Nullable String taskId) {
    }

    /**
     * The view of {@code advice} for one caregiver of {@code situation}.
     *
     * @throws IllegalArgumentException when the advice is not the situation's, or the id is not a
     *     caregiver of the situation (a volunteer has no view)
     */
    static CaregiverView of(Situation situation, Advice advice, String caregiverId) {
        Objects.requireNonNull(caregiverId, "caregiverId");
        if (!situation.id().equals(advice.situationId())) {
            throw new IllegalArgumentException("the advice is for situation " + advice.situationId()
                    + ", not for situation " + situation.id());
        }
        if (situation.caregivers().stream().map(Caregiver::id).noneMatch(caregiverId::equals)) {
            throw new IllegalArgumentException(caregiverId + " is not a caregiver of situation " + situation.id());
        }
        boolean shared = situation.client().carePlanSharedWith().contains(caregiverId);
        CaregiverAssessment assessment = advice.assessmentOf(caregiverId).orElseThrow(() ->
                new IllegalArgumentException("the advice has no assessment of " + caregiverId));
        List<String> factors = assessment.factors().stream()
                .filter(code -> shared || OWN_FACTORS.contains(code) || code.startsWith(FactorCodes.SIGNAL_PREFIX))
                .toList();
        List<Action> actions = new ArrayList<>();
        for (Suggestion s : advice.suggestions()) {
            if (caregiverId.equals(s.caregiverId()) && (shared || s.taskId() == null)) {
                actions.add(new Action(s.action(), s.role(), s.phase(), s.taskId(), s.priority(), s.text()));
            }
        }
        List<Notice> flags = new ArrayList<>();
        for (Flag f : advice.flags()) {
            if (caregiverId.equals(f.caregiverId()) && (shared || f.taskId() == null)) {
                flags.add(new Notice(f.code(), f.severity(), f.boundary(), f.taskId()));
            }
        }
        return new CaregiverView(advice.situationId(), advice.referenceDate(), advice.phase(), caregiverId, shared,
                assessment.overloadRisk(), factors, actions, flags);
    }
}
