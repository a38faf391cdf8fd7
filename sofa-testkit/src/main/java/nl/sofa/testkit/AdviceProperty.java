package nl.sofa.testkit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.testkit.internal.Mutations;
import org.opentest4j.AssertionFailedError;

/**
 * The properties every advice must have, whatever the rule packs (rules-v1.md §7 and contract v1
 * §2). Each checks one evaluation function on one situation and throws an
 * {@link AssertionFailedError} that names the property and what broke it. Run them over generated
 * situations with {@link AdviceProperties}.
 *
 * <p>Stable since 0.1.
 */
public enum AdviceProperty {
    /**
     * SOFA balance: every caregiver has at least one suggestion of each of the four roles
     * (SAMENWERKEN, ONDERSTEUNEN, FACILITEREN, AFSTEMMEN) with its caregiverId (rules §1).
     * Volunteers do not count.
     */
    BALANCE {
        @Override
        void check(Run run) {
            for (Caregiver caregiver : run.situation.caregivers()) {
                EnumSet<SofaRole> roles = EnumSet.noneOf(SofaRole.class);
                run.advice.suggestions().stream().filter(s -> caregiver.id().equals(s.caregiverId()))
                        .forEach(s -> roles.add(s.role()));
                if (roles.size() < SofaRole.values().length) {
                    Set<SofaRole> missing = EnumSet.complementOf(roles);
                    throw run.fail("caregiver " + caregiver.id() + " has no suggestion of role " + missing
                            + " (only " + roles + ")");
                }
            }
        }
    },

    /**
     * Phase purity: every suggestion's phase is the situation's phase or ANY; and the catalog's
     * ending-specific actions only for their ending (move actions S-E2, O-E2, F-E2, A-E2 only for
     * TRANSFER; S-E3 only for PALLIATIVE; farewell actions O-E3, F-E3, A-E3 only for PALLIATIVE and
     * DECEASED) (rules §1, §2).
     */
    PHASE_PURITY {
        @Override
        void check(Run run) {
            for (Suggestion suggestion : run.advice.suggestions()) {
                if (!suggestion.phase().appliesTo(run.situation.phase())) {
                    throw run.fail("suggestion " + describe(suggestion) + " has phase " + suggestion.phase()
                            + " in a situation in phase " + run.situation.phase());
                }
                Set<EndingReason> onlyFor = ENDING_ONLY.get(suggestion.action());
                if (onlyFor != null && !onlyFor.contains(run.situation.endingReason())) {
                    throw run.fail("suggestion " + describe(suggestion) + " is only for an ending by " + onlyFor
                            + ", not " + run.situation.endingReason());
                }
            }
        }
    },

    /**
     * Ids exist: every caregiverId and taskId of a suggestion or flag is one of the situation's; a
     * volunteer's id only together with a task that volunteer performs (rules §7, contract §2).
     */
    IDS_EXIST {
        @Override
        void check(Run run) {
            Set<String> caregivers = run.situation.caregivers().stream().map(Caregiver::id).collect(Collectors.toSet());
            Set<String> volunteers = run.situation.volunteers().stream().map(Volunteer::id).collect(Collectors.toSet());
            Map<String, CareTask> tasks = new HashMap<>();
            run.situation.careTasks().forEach(t -> tasks.put(t.id(), t));
            List<Object[]> entries = new ArrayList<>();
            run.advice.suggestions().forEach(s -> entries.add(new Object[] {describe(s), s.caregiverId(), s.taskId()}));
            run.advice.flags().forEach(f -> entries.add(new Object[] {describe(f), f.caregiverId(), f.taskId()}));
            for (Object[] entry : entries) {
                String what = (String) entry[0];
                String caregiverId = (String) entry[1];
                String taskId = (String) entry[2];
                if (taskId != null && !tasks.containsKey(taskId)) {
                    throw run.fail(what + " names task " + taskId + ", which is not in the situation");
                }
                if (caregiverId == null || caregivers.contains(caregiverId)) {
                    continue;
                }
                if (!volunteers.contains(caregiverId)) {
                    throw run.fail(what + " names caregiver " + caregiverId + ", which is not in the situation");
                }
                if (taskId == null || !caregiverId.equals(tasks.get(taskId).performedBy())) {
                    throw run.fail(what + " names volunteer " + caregiverId
                            + " without a task that this volunteer performs");
                }
            }
        }
    },

    /**
     * Monotone overload: raising a caregiver's hours or months, adding a signal, making it live with
     * the client or combine care with work, raising its burden score (same instrument), or adding a
     * demanding condition to the client (any but OTHER) never lowers any caregiver's overloadRisk
     * (rules §3). Each mutation keeps the situation valid; each caregiver gets each mutation that
     * applies, with values chosen (deterministically from the situation) on and around the
     * thresholds. Costs one evaluation per mutation: about six per caregiver.
     */
    MONOTONE_OVERLOAD {
        @Override
        void check(Run run) {
            Map<String, OverloadRisk> before = risks(run.advice);
            for (Mutations.Mutation mutation : Mutations.raising(run.situation, run.random())) {
                Map<String, OverloadRisk> after = risks(run.evaluate(mutation.situation()));
                for (Map.Entry<String, OverloadRisk> risk : before.entrySet()) {
                    OverloadRisk now = after.get(risk.getKey());
                    if (now != null && now.compareTo(risk.getValue()) < 0) {
                        throw run.fail(mutation.description() + " lowered the overloadRisk of caregiver "
                                + risk.getKey() + " from " + risk.getValue() + " to " + now);
                    }
                }
            }
        }
    },

    /**
     * Determinism: evaluating the situation again, and evaluating an equal copy of it (read back
     * from its JSON) on another thread, give byte-identical advice JSON (contract §2).
     */
    DETERMINISM {
        @Override
        void check(Run run) {
            String first = JSON.writeAdvice(run.advice);
            Situation same = datedAsTheAdvice(run);
            Advice secondAdvice = run.evaluate(same);
            String again = JSON.writeAdvice(secondAdvice);
            if (!first.equals(again)) {
                throw run.fail("a second evaluation gave other advice: " + difference(run.advice, secondAdvice),
                        first, again);
            }
            Situation copy = JSON.readSituation(JSON.writeSituation(same));
            AtomicReference<Object> result = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    result.set(JSON.writeAdvice(run.evaluate(copy)));
                } catch (Throwable e) {
                    result.set(e);
                }
            }, "sofa-testkit-determinism");
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw run.fail("interrupted while waiting for the evaluation on another thread");
            }
            if (result.get() instanceof Throwable failure) {
                AssertionFailedError error = run.fail("the evaluation on another thread failed: " + failure);
                error.initCause(failure);
                throw error;
            }
            if (!first.equals(result.get())) {
                throw run.fail("an equal situation evaluated on another thread gave other advice (first difference"
                        + " in the JSON at: " + firstDifference(first, (String) result.get()) + ")", first, result.get());
            }
        }
    },

    /**
     * Order independence: shuffling the caregivers, volunteers and care tasks changes nothing in the
     * advice but the order of {@code caregivers[]}, which follows the input (contract §2). The
     * lists inside (signals, conditions, carePlanSharedWith, policy lists) are sets in the model:
     * their order cannot reach an engine.
     */
    ORDER_INDEPENDENCE {
        @Override
        void check(Run run) {
            Situation situation = datedAsTheAdvice(run);
            if (situation.caregivers().size() < 2 && situation.volunteers().size() < 2
                    && situation.careTasks().size() < 2) {
                return;
            }
            Random random = run.random();
            Situation shuffled = Mutations.shuffled(situation, random);
            Advice advice = run.evaluate(shuffled);
            List<String> order = advice.caregivers().stream().map(CaregiverAssessment::caregiverId).toList();
            List<String> expected = shuffled.caregivers().stream().map(Caregiver::id).toList();
            if (!order.equals(expected)) {
                throw run.fail("with the caregivers shuffled to " + expected + " the assessments come in order " + order);
            }
            Advice normalised = inInputOrder(advice, situation);
            String expectedJson = JSON.writeAdvice(run.advice);
            String actualJson = JSON.writeAdvice(normalised);
            if (!expectedJson.equals(actualJson)) {
                throw run.fail("shuffling the input to caregivers " + expected + " changed the advice: "
                        + difference(run.advice, normalised), expectedJson, actualJson);
            }
        }
    },

    /**
     * Every OVERLOAD_RISK flag carries a caregiverId and comes with an ONDERSTEUNEN suggestion of
     * priority HIGH for that caregiver (rules §3, §7).
     */
    OVERLOAD_FLAG_SUPPORTED {
        @Override
        void check(Run run) {
            for (Flag flag : run.advice.flags()) {
                if (!flag.code().equals(FlagCodes.OVERLOAD_RISK)) {
                    continue;
                }
                if (flag.caregiverId() == null) {
                    throw run.fail("an OVERLOAD_RISK flag has no caregiverId");
                }
                boolean supported = run.advice.suggestions().stream().anyMatch(s -> s.role() == SofaRole.ONDERSTEUNEN
                        && s.priority() == Priority.HIGH && flag.caregiverId().equals(s.caregiverId()));
                if (!supported) {
                    throw run.fail("the OVERLOAD_RISK flag of caregiver " + flag.caregiverId()
                            + " comes without an ONDERSTEUNEN suggestion of priority HIGH for it");
                }
            }
        }
    },

    /**
     * Well-formed: the advice echoes the situation's id, phase and reference date (when given); one
     * assessment per input caregiver, in input order; factors empty exactly when the risk is NONE;
     * every suggestion and flag has at least one rule and one reason, none blank; a suggestion of a
     * built-in action has the catalog's role, phase and text; OVERLOAD_RISK, SOLE_CAREGIVER and
     * CONSENT_MISSING carry a caregiverId and no taskId, DERAILED_CARE_RISK and NO_CAREGIVER_KNOWN
     * neither (contract §2).
     */
    WELL_FORMED {
        @Override
        void check(Run run) {
            Advice advice = run.advice;
            Situation situation = run.situation;
            if (!advice.situationId().equals(situation.id())) {
                throw run.fail("situationId " + advice.situationId() + " is not the situation's id " + situation.id());
            }
            if (advice.phase() != situation.phase()) {
                throw run.fail("phase " + advice.phase() + " is not the situation's phase " + situation.phase());
            }
            if (situation.referenceDate() != null && !situation.referenceDate().equals(advice.referenceDate())) {
                throw run.fail("referenceDate " + advice.referenceDate() + " is not the situation's "
                        + situation.referenceDate());
            }
            List<String> assessed = advice.caregivers().stream().map(CaregiverAssessment::caregiverId).toList();
            List<String> input = situation.caregivers().stream().map(Caregiver::id).toList();
            if (!assessed.equals(input)) {
                throw run.fail("the assessments are for " + assessed + ", not one per input caregiver in input order "
                        + input);
            }
            for (CaregiverAssessment assessment : advice.caregivers()) {
                if ((assessment.overloadRisk() == OverloadRisk.NONE) != assessment.factors().isEmpty()) {
                    throw run.fail("caregiver " + assessment.caregiverId() + " has risk " + assessment.overloadRisk()
                            + " with factors " + assessment.factors());
                }
            }
            for (Suggestion s : advice.suggestions()) {
                explained(run, describe(s), s.rules(), s.reasons().stream().map(r -> r.text().nl()).toList());
                Optional<Action> action = CATALOG.find(s.action());
                if (action.isPresent() && (action.get().role() != s.role() || action.get().phase() != s.phase()
                        || !action.get().text().equals(s.text()))) {
                    throw run.fail("suggestion " + describe(s) + " does not have the catalog's role, phase and text of "
                            + s.action() + " (" + action.get().role() + ", " + action.get().phase() + ")");
                }
            }
            for (Flag f : advice.flags()) {
                explained(run, describe(f), f.rules(), f.reasons().stream().map(r -> r.text().nl()).toList());
                boolean perCaregiver = Set.of(FlagCodes.OVERLOAD_RISK, FlagCodes.SOLE_CAREGIVER,
                        FlagCodes.CONSENT_MISSING).contains(f.code());
                boolean perSituation = Set.of(FlagCodes.DERAILED_CARE_RISK, FlagCodes.NO_CAREGIVER_KNOWN)
                        .contains(f.code());
                if (perCaregiver && (f.caregiverId() == null || f.taskId() != null)
                        || perSituation && (f.caregiverId() != null || f.taskId() != null)) {
                    throw run.fail("flag " + describe(f) + " carries the wrong ids for its code");
                }
            }
        }
    };

    private static final SofaJson JSON = SofaJson.standard();
    private static final ActionCatalog CATALOG = ActionCatalog.builtin();
    private static final Map<String, Set<EndingReason>> ENDING_ONLY = Map.of(
            "S-E2", EnumSet.of(EndingReason.TRANSFER), "O-E2", EnumSet.of(EndingReason.TRANSFER),
            "F-E2", EnumSet.of(EndingReason.TRANSFER), "A-E2", EnumSet.of(EndingReason.TRANSFER),
            "S-E3", EnumSet.of(EndingReason.PALLIATIVE),
            "O-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED),
            "F-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED),
            "A-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED));

    /**
     * Checks this property of {@code evaluation} on {@code situation}.
     *
     * @throws AssertionFailedError naming the property and what broke it
     */
    public void check(Function<Situation, Advice> evaluation, Situation situation) {
        Run run = new Run(evaluation, situation);
        run.property = this;
        run.advice = run.evaluate(situation);
        check(run);
    }

    /** The check itself, on an evaluation already made (shared by {@link AdviceProperties}). */
    abstract void check(Run run);

    /** One situation under check: the evaluation, the situation and its advice. */
    static final class Run {
        final Function<Situation, Advice> evaluation;
        final Situation situation;
        Advice advice;
        AdviceProperty property;

        Run(Function<Situation, Advice> evaluation, Situation situation) {
            this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
            this.situation = Objects.requireNonNull(situation, "situation");
        }

        Advice evaluate(Situation s) {
            Advice result = evaluation.apply(s);
            if (result == null) {
                throw fail("the evaluation returned null");
            }
            return result;
        }

        /** A randomness fixed by the situation, so that a check is deterministic and replays. */
        Random random() {
            return new Random(JSON.writeSituation(situation).hashCode() * 31L + (property == null ? 0 : property.ordinal()));
        }

        AssertionFailedError fail(String what) {
            return new AssertionFailedError("[" + (property == null ? "?" : property.name()) + "] " + what);
        }

        AssertionFailedError fail(String what, Object expected, Object actual) {
            return new AssertionFailedError("[" + (property == null ? "?" : property.name()) + "] " + what,
                    expected, actual);
        }
    }

    private static void explained(Run run, String what, List<String> rules, List<String> reasons) {
        if (rules.isEmpty() || reasons.isEmpty()) {
            throw run.fail(what + " needs at least one rule and one reason");
        }
        if (rules.stream().anyMatch(String::isBlank) || reasons.stream().anyMatch(String::isBlank)) {
            throw run.fail(what + " has a blank rule id or reason");
        }
    }

    /**
     * The situation with the reference date its advice was made for. A situation without one is
     * judged "as of today": evaluating it again just after midnight is another question, not a
     * sign of nondeterminism.
     */
    private static Situation datedAsTheAdvice(Run run) {
        return run.situation.referenceDate() != null ? run.situation
                : run.situation.toBuilder().referenceDate(run.advice.referenceDate()).build();
    }

    private static Map<String, OverloadRisk> risks(Advice advice) {
        Map<String, OverloadRisk> risks = new HashMap<>();
        advice.caregivers().forEach(a -> risks.put(a.caregiverId(), a.overloadRisk()));
        return risks;
    }

    private static Advice inInputOrder(Advice advice, Situation input) {
        Map<String, CaregiverAssessment> byId = new HashMap<>();
        advice.caregivers().forEach(a -> byId.put(a.caregiverId(), a));
        List<CaregiverAssessment> ordered = new ArrayList<>();
        for (Caregiver caregiver : input.caregivers()) {
            CaregiverAssessment assessment = byId.remove(caregiver.id());
            if (assessment != null) {
                ordered.add(assessment);
            }
        }
        ordered.addAll(byId.values());
        return new Advice(advice.situationId(), advice.referenceDate(), advice.phase(), advice.engine(), ordered,
                advice.focus(), advice.suggestions(), advice.flags());
    }

    /** What is in one advice and not the other, entry by entry. */
    private static String difference(Advice before, Advice after) {
        List<String> parts = new ArrayList<>();
        onlyIn("only before", before.caregivers(), after.caregivers(), Object::toString, parts);
        onlyIn("only after", after.caregivers(), before.caregivers(), Object::toString, parts);
        onlyIn("only before", before.suggestions(), after.suggestions(), AdviceProperty::detailed, parts);
        onlyIn("only after", after.suggestions(), before.suggestions(), AdviceProperty::detailed, parts);
        onlyIn("only before", before.flags(), after.flags(), AdviceProperty::detailed, parts);
        onlyIn("only after", after.flags(), before.flags(), AdviceProperty::detailed, parts);
        if (parts.isEmpty()) {
            return "the same entries; the JSON differs at " + firstDifference(JSON.writeAdvice(before),
                    JSON.writeAdvice(after));
        }
        return String.join("; ", parts);
    }

    private static <T> void onlyIn(String label, List<T> in, List<T> notIn, Function<T, String> show,
            List<String> parts) {
        for (T entry : in) {
            if (!notIn.contains(entry)) {
                parts.add(label + ": " + show.apply(entry));
            }
        }
    }

    private static String detailed(Suggestion s) {
        return describe(s) + " rules " + s.rules() + " reasons " + s.reasons();
    }

    private static String detailed(Flag f) {
        return describe(f) + " rules " + f.rules() + " reasons " + f.reasons();
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "character " + i + ": ..." + a.substring(from, Math.min(a.length(), i + 40)) + "... vs ..."
                + b.substring(from, Math.min(b.length(), i + 40)) + "...";
    }

    private static String describe(Suggestion s) {
        return s.action() + "(caregiver " + s.caregiverId() + ", task " + s.taskId() + ", " + s.priority() + ")";
    }

    private static String describe(Flag f) {
        return f.code() + "(caregiver " + f.caregiverId() + ", task " + f.taskId() + ", " + f.severity() + ")";
    }
}
