package nl.sofa.situation;

import java.util.Set;
import nl.sofa.internal.Collections2;
import nl.sofa.task.TaskKind;

/**
 * The organisation's policy on care tasks (the functional boundary). When a situation has a policy,
 * a task kind missing from a list is not accepted for that group.
 *
 * @param caregiverMayPerform task kinds the organisation accepts being done by caregivers
 * @param volunteerMayPerform task kinds the organisation accepts being done by volunteers
 */
public record Policy(Set<TaskKind> caregiverMayPerform, Set<TaskKind> volunteerMayPerform) {
    /** Copies both sets; a repeated kind counts once. */
    public Policy {
        caregiverMayPerform = Collections2.enumSet(TaskKind.class, caregiverMayPerform);
        volunteerMayPerform = Collections2.enumSet(TaskKind.class, volunteerMayPerform);
    }
}
