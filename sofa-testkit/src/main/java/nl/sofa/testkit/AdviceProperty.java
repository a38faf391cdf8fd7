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
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.sofa.advice.Advice;
import nl.sofa.advice.CaregiverAssessment;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Suggestion;
import nl.sofa.caregiver.Caregiver;
import nl.sofa.caregiver.Volunteer;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.ActionCatalog;
import nl.sofa.catalog.FlagType;
import nl.sofa.json.SofaJson;
import nl.sofa.phase.EndingReason;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import nl.sofa.task.CareTask;
import nl.sofa.testkit.internal.Mutations;
import org.opentest4j.AssertionFailedError;

/**
 * The properties every advice must have, whatever the rule packs (rules-v1.md §7 and contract v1
 * §2; rules-v2.md §J and §K and contract v2 §2 for the constants from {@link #NO_CODES_IN_TEXT} on,
 * gathered in {@link #CONTRACT_V2}). Each checks one evaluation function on one situation and throws an
 * {@link AssertionFailedError} that names the property and what broke it. Run them over generated
 * situations with {@link AdviceProperties}.
 *
 * <p>Stable since 0.1; the v2 properties since 0.2.
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
     * DECEASED; in rules v2 §E also O-E4 and G-CLOSE only for DECEASED, G-TRANSFER only for TRANSFER)
     * (rules §1, §2).
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
     * from its JSON) on another thread, give byte-identical advice JSON, the whole of it: focus,
     * dueBy, flag texts and every reason's key, params and texts included (contract §2).
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
     * advice but the order of {@code caregivers[]}, which follows the input (contract §2): the whole
     * advice JSON is compared, focus and reasons (their order too) included. The
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
     * built-in action has the catalog's role, phase and text, and a flag of a built-in code the flag
     * catalog's text; no suggestion is due before the reference date; OVERLOAD_RISK, SOLE_CAREGIVER and
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
                explained(run, describe(s), s.rules(), s.reasons());
                if (s.dueBy() != null && s.dueBy().isBefore(advice.referenceDate())) {
                    throw run.fail("suggestion " + describe(s) + " is due by " + s.dueBy() + ", before the reference date "
                            + advice.referenceDate());
                }
                Optional<Action> action = CATALOG.find(s.action());
                if (action.isPresent() && (action.get().role() != s.role() || action.get().phase() != s.phase()
                        || !action.get().text().equals(s.text()))) {
                    throw run.fail("suggestion " + describe(s) + " does not have the catalog's role, phase and text of "
                            + s.action() + " (" + action.get().role() + ", " + action.get().phase() + ")");
                }
            }
            for (Flag f : advice.flags()) {
                explained(run, describe(f), f.rules(), f.reasons());
                Optional<FlagType> type = CATALOG.findFlag(f.code());
                if (type.isPresent() && !type.get().text().equals(f.text())) {
                    throw run.fail("flag " + describe(f) + " does not have the flag catalog's text of " + f.code());
                }
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
    },

    // ---- rules v2 §J and §K, contract v2 ----

    /**
     * Words, not codes (rules v2 §J, §K): no code of the contract appears as a word in any Dutch or
     * English text of a suggestion, a flag or a reason. The codes are every constant of the
     * contract's enums (task kinds, conditions, overload and derailment signals, overload risks,
     * instruments, relations, settings, ending reasons, phases, SOFA roles, severities, priorities,
     * boundaries), every flag code (the built-in ones and those in the advice) and every factor code
     * (the built-in ones and those in the advice). The instrument names CSI and ZBI are the names
     * people use and are fine; so are the situation's ids, which are left out before the search.
     * "As a word": not inside a longer word or code ({@code HIGHWAY} holds no {@code HIGH}).
     */
    NO_CODES_IN_TEXT {
        @Override
        void check(Run run) {
            Set<String> codes = new TreeSet<>(Texts.CODES);
            run.advice.flags().forEach(f -> codes.add(f.code()));
            run.advice.caregivers().forEach(a -> codes.addAll(a.factors()));
            codes.removeAll(Texts.INSTRUMENT_NAMES);
            List<String> ids = Texts.ids(run.situation);
            Texts.each(run.advice, (where, language, text) -> {
                String code = Texts.firstWordIn(Texts.withoutIds(text, ids), codes);
                if (code != null) {
                    throw run.fail(where + ": the " + language + " text \"" + text + "\" shows the code " + code);
                }
            });
        }
    },

    /**
     * Both languages everywhere (contract v2 §2): every suggestion, flag and reason has a Dutch and an
     * English text, neither blank, and the two differ (the same text in both is a text not
     * translated).
     */
    BOTH_LANGUAGES {
        @Override
        void check(Run run) {
            Texts.eachText(run.advice, (where, text) -> {
                if (text == null || text.nl() == null || text.en() == null || text.nl().isBlank() || text.en().isBlank()) {
                    throw run.fail(where + " lacks a Dutch or an English text");
                }
                if (text.nl().equals(text.en())) {
                    throw run.fail(where + " has the same text in Dutch and English: \"" + text.nl() + "\"");
                }
            });
        }
    },

    /**
     * No action id in any text (rules v2 §J): no Dutch or English text of a suggestion, flag or
     * reason holds an action id as a word, neither one of the catalog or the advice (such as
     * {@code O-B1}, {@code G-AGREE}, a pack's {@code acme.REFER}) nor anything shaped like one (a
     * capital, a hyphen, capitals and digits). The situation's ids are left out before the search.
     */
    NO_ACTION_IDS_IN_TEXT {
        @Override
        void check(Run run) {
            Set<String> actionIds = new TreeSet<>();
            CATALOG.all().forEach(a -> actionIds.add(a.id()));
            run.advice.suggestions().forEach(s -> actionIds.add(s.action()));
            List<String> ids = Texts.ids(run.situation);
            Texts.each(run.advice, (where, language, text) -> {
                String bare = Texts.withoutIds(text, ids);
                java.util.regex.Matcher shaped = Texts.ACTION_ID.matcher(bare);
                if (shaped.find()) {
                    throw run.fail(where + ": the " + language + " text \"" + text + "\" holds the action id "
                            + shaped.group());
                }
                for (String id : actionIds) {
                    if (!Texts.ACTION_ID.matcher(id).matches() && Texts.containsWord(bare, id)) {
                        throw run.fail(where + ": the " + language + " text \"" + text + "\" holds the action id " + id);
                    }
                }
            });
        }
    },

    /**
     * Caregivers are not deployed (rules v2 §J, workbook l.1892: they were there first, the
     * professional joins them): no Dutch text holds "inzetten", "inschakelen" or "betrekken bij"
     * (in any case).
     */
    NO_DEPLOYING_WORDS {
        @Override
        void check(Run run) {
            Texts.each(run.advice, (where, language, text) -> {
                if (!language.equals("Dutch")) {
                    return;
                }
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                for (String word : Texts.DEPLOYING) {
                    if (lower.contains(word)) {
                        throw run.fail(where + ": the Dutch text \"" + text + "\" says \"" + word + "\"");
                    }
                }
            });
        }
    },

    /**
     * Nothing about care tasks or consent after a death (rules v2 §E, §K): in an ENDING by DECEASED no
     * task flag ({@code TASK_WITHOUT_AGREEMENT}, {@code AGREEMENT_NOT_RECORDED},
     * {@code INSTRUCTION_MISSING}, {@code TASK_OUTSIDE_POLICY}, {@code CAREGIVER_UNWILLING},
     * {@code CAREGIVER_UNABLE}, {@code AGREEMENT_EVALUATION_OVERDUE}, {@code PROFESSIONAL_RESERVATION},
     * {@code LIABILITY_NOTICE}, {@code VOLUNTEER_RESERVED_ACT}, {@code VOLUNTEER_TASK_UNSUPERVISED}), no
     * {@code CONSENT_MISSING} and no P-CONSENT, no G-action but G-CLOSE, and no {@code SOLE_CAREGIVER}.
     */
    NOTHING_ON_TASKS_AFTER_DEATH {
        @Override
        void check(Run run) {
            if (run.situation.endingReason() != EndingReason.DECEASED) {
                return;
            }
            for (Flag f : run.advice.flags()) {
                if (Texts.TASK_FLAGS.contains(f.code()) || f.code().equals(FlagCodes.CONSENT_MISSING)
                        || f.code().equals(FlagCodes.SOLE_CAREGIVER)) {
                    throw run.fail("flag " + describe(f) + " after the client has died");
                }
            }
            for (Suggestion s : run.advice.suggestions()) {
                if (s.action().equals("P-CONSENT") || s.action().startsWith("G-") && !s.action().equals("G-CLOSE")) {
                    throw run.fail("suggestion " + describe(s) + " after the client has died");
                }
            }
        }
    },

    /**
     * No move outside a transfer (rules v2 §E, §K): the move actions S-E2, O-E2, F-E2 and A-E2 only in
     * an ENDING by TRANSFER (a discharge home is no move).
     */
    NO_MOVE_OUTSIDE_TRANSFER {
        @Override
        void check(Run run) {
            if (run.situation.endingReason() == EndingReason.TRANSFER) {
                return;
            }
            for (Suggestion s : run.advice.suggestions()) {
                if (Texts.MOVE_ACTIONS.contains(s.action())) {
                    throw run.fail("suggestion " + describe(s) + " speaks of a move in phase " + run.situation.phase()
                            + (run.situation.endingReason() == null ? "" : " ending by " + run.situation.endingReason()));
                }
            }
        }
    },

    /**
     * No looking back while the client is dying (rules v2 §E, §K): no S-E1 in an ENDING by
     * PALLIATIVE.
     */
    NO_LOOKING_BACK_IN_PALLIATIVE {
        @Override
        void check(Run run) {
            if (run.situation.endingReason() != EndingReason.PALLIATIVE) {
                return;
            }
            for (Suggestion s : run.advice.suggestions()) {
                if (s.action().equals("S-E1")) {
                    throw run.fail("suggestion " + describe(s) + " (looking back on the collaboration) while the client"
                            + " is in the palliative phase");
                }
            }
        }
    },

    /**
     * Agree first, then instruct (rules v2 §B, §K): G-INSTRUCT's priority is never above that of
     * G-AGREE or G-POLICY for the same caregiver (or volunteer) and task. The engine's own cap (one
     * step below) is stricter; this is what every pack must keep.
     */
    AGREE_BEFORE_INSTRUCT {
        @Override
        void check(Run run) {
            Map<Suggestion.Key, Suggestion> byKey = new HashMap<>();
            run.advice.suggestions().forEach(s -> byKey.put(s.key(), s));
            for (Suggestion instruct : run.advice.suggestions()) {
                if (!instruct.action().equals("G-INSTRUCT")) {
                    continue;
                }
                for (String first : List.of("G-AGREE", "G-POLICY")) {
                    Suggestion before = byKey.get(new Suggestion.Key(first, instruct.caregiverId(), instruct.taskId()));
                    if (before != null && instruct.priority().compareTo(before.priority()) > 0) {
                        throw run.fail("G-INSTRUCT is " + instruct.priority() + " but " + first + " is "
                                + before.priority() + " for caregiver " + instruct.caregiverId() + " and task "
                                + instruct.taskId());
                    }
                }
            }
        }
    },

    /**
     * The focus (contract v2 §2): at most {@value Advice#MAX_FOCUS} entries, no entry twice, each a
     * HIGH suggestion of the advice; X-DERAILED first when X-DERAILED is suggested; at most 2
     * entries per non-null caregiverId (a volunteer's counts like a caregiver's). An empty focus is
     * allowed.
     */
    FOCUS {
        @Override
        void check(Run run) {
            List<Suggestion.Key> focus = run.advice.focus();
            if (focus == null) {
                throw run.fail("the advice has no focus");
            }
            if (focus.size() > Advice.MAX_FOCUS) {
                throw run.fail("the focus holds " + focus.size() + " entries: " + focus);
            }
            Map<Suggestion.Key, Suggestion> byKey = new HashMap<>();
            run.advice.suggestions().forEach(s -> byKey.put(s.key(), s));
            Map<String, Integer> perCaregiver = new HashMap<>();
            Set<Suggestion.Key> seen = new java.util.HashSet<>();
            for (Suggestion.Key key : focus) {
                Suggestion s = byKey.get(key);
                if (s == null || s.priority() != Priority.HIGH) {
                    throw run.fail("the focus names " + key + ", which is not a HIGH suggestion of the advice");
                }
                if (!seen.add(key)) {
                    throw run.fail("the focus names " + key + " twice");
                }
                if (key.caregiverId() != null && perCaregiver.merge(key.caregiverId(), 1, Integer::sum) > 2) {
                    throw run.fail("the focus holds more than 2 entries for caregiver " + key.caregiverId() + ": " + focus);
                }
            }
            boolean derailed = run.advice.suggestions().stream().anyMatch(s -> s.action().equals("X-DERAILED"));
            if (derailed && (focus.isEmpty() || !focus.get(0).action().equals("X-DERAILED"))) {
                throw run.fail("X-DERAILED is suggested but is not first in the focus: " + focus);
            }
        }
    },

    /**
     * The order of reasons (contract v2 §2): in every suggestion and flag, the reasons after the first
     * (the headline) are in {@link Reason#FACT_ORDER}: by key, then by params as JSON text.
     */
    REASON_ORDER {
        @Override
        void check(Run run) {
            for (Suggestion s : run.advice.suggestions()) {
                factsInOrder(run, "suggestion " + describe(s), s.reasons());
            }
            for (Flag f : run.advice.flags()) {
                factsInOrder(run, "flag " + describe(f), f.reasons());
            }
        }
    },

    /**
     * Distinct headlines (rules v2 §J): one caregiver's suggestions never share a headline, their
     * first reason (the same key and params).
     */
    DISTINCT_HEADLINES {
        @Override
        void check(Run run) {
            Map<String, Suggestion> seen = new HashMap<>();
            for (Suggestion s : run.advice.suggestions()) {
                if (s.caregiverId() == null) {
                    continue;
                }
                Reason headline = s.reasons().get(0);
                Suggestion other = seen.putIfAbsent(s.caregiverId() + "\u0000" + headline.key() + headline.paramsJson(), s);
                if (other != null) {
                    throw run.fail("suggestions " + describe(other) + " and " + describe(s) + " share the headline "
                            + headline.key() + " " + headline.paramsJson());
                }
            }
        }
    };

    /** The properties of contract v1 and rules-v1.md §7, as testkit 0.1 checked them. */
    public static final Set<AdviceProperty> CONTRACT_V1 = java.util.Collections.unmodifiableSet(EnumSet.of(
            BALANCE, PHASE_PURITY, IDS_EXIST, MONOTONE_OVERLOAD, DETERMINISM, ORDER_INDEPENDENCE,
            OVERLOAD_FLAG_SUPPORTED, WELL_FORMED));

    /** The properties added with contract v2 and rules-v2.md §J and §K. */
    public static final Set<AdviceProperty> CONTRACT_V2 = java.util.Collections.unmodifiableSet(
            EnumSet.complementOf(EnumSet.copyOf(CONTRACT_V1)));

    private static final SofaJson JSON = SofaJson.standard();
    private static final ActionCatalog CATALOG = ActionCatalog.builtin();
    private static final Map<String, Set<EndingReason>> ENDING_ONLY = Map.ofEntries(
            Map.entry("S-E2", EnumSet.of(EndingReason.TRANSFER)), Map.entry("O-E2", EnumSet.of(EndingReason.TRANSFER)),
            Map.entry("F-E2", EnumSet.of(EndingReason.TRANSFER)), Map.entry("A-E2", EnumSet.of(EndingReason.TRANSFER)),
            Map.entry("S-E3", EnumSet.of(EndingReason.PALLIATIVE)),
            Map.entry("O-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED)),
            Map.entry("F-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED)),
            Map.entry("A-E3", EnumSet.of(EndingReason.PALLIATIVE, EndingReason.DECEASED)),
            Map.entry("O-E4", EnumSet.of(EndingReason.DECEASED)), Map.entry("G-CLOSE", EnumSet.of(EndingReason.DECEASED)),
            Map.entry("G-TRANSFER", EnumSet.of(EndingReason.TRANSFER)));

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

    private static void explained(Run run, String what, List<String> rules, List<Reason> reasons) {
        if (rules.isEmpty() || reasons.isEmpty()) {
            throw run.fail(what + " needs at least one rule and one reason");
        }
        if (rules.stream().anyMatch(String::isBlank)) {
            throw run.fail(what + " has a blank rule id");
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

    private static void factsInOrder(Run run, String what, List<Reason> reasons) {
        for (int i = 2; i < reasons.size(); i++) {
            if (Reason.FACT_ORDER.compare(reasons.get(i - 1), reasons.get(i)) >= 0) {
                throw run.fail(what + ": reason " + reasons.get(i).key() + " " + reasons.get(i).paramsJson()
                        + " comes after " + reasons.get(i - 1).key() + " " + reasons.get(i - 1).paramsJson()
                        + "; the facts after the headline go by key, then params");
            }
        }
    }

    private static String describe(Suggestion s) {
        return s.action() + "(caregiver " + s.caregiverId() + ", task " + s.taskId() + ", " + s.priority() + ")";
    }

    private static String describe(Flag f) {
        return f.code() + "(caregiver " + f.caregiverId() + ", task " + f.taskId() + ", " + f.severity() + ")";
    }
}
