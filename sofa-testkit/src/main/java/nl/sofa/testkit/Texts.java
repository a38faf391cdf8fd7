package nl.sofa.testkit;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.FlagCodes;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Reason;
import nl.sofa.advice.Severity;
import nl.sofa.advice.Suggestion;
import nl.sofa.boundary.Boundary;
import nl.sofa.caregiver.BurdenInstrument;
import nl.sofa.caregiver.OverloadSignal;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.phase.EndingReason;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Condition;
import nl.sofa.situation.DerailmentSignal;
import nl.sofa.situation.Setting;
import nl.sofa.situation.Situation;
import nl.sofa.task.TaskKind;

/** What the text properties of {@link AdviceProperty} look for, and how they walk an advice's texts. */
final class Texts {
    private Texts() {
    }

    /** The enums of the contract whose constants no text may show. */
    static final List<Class<? extends Enum<?>>> CONTRACT_ENUMS = List.of(TaskKind.class, Condition.class,
            OverloadSignal.class, DerailmentSignal.class, OverloadRisk.class, BurdenInstrument.class,
            RelationToClient.class, Setting.class, EndingReason.class, Phase.class, SofaRole.class, Severity.class,
            Priority.class, Boundary.class);

    /** The factor codes of the built-in pack (the burden bands, the risk factors, a signal each). */
    static final List<String> FACTOR_CODES;

    /** Every code no text may show: enum constants, built-in flag codes and factor codes. */
    static final Set<String> CODES;

    /** The instrument names people use; a text may name them. */
    static final Set<String> INSTRUMENT_NAMES = Set.of("CSI", "ZBI");

    /** The flags about care tasks (rules v1 §5 and v2 §A–§C). */
    static final Set<String> TASK_FLAGS = Set.of(FlagCodes.TASK_WITHOUT_AGREEMENT, FlagCodes.AGREEMENT_NOT_RECORDED,
            FlagCodes.INSTRUCTION_MISSING, FlagCodes.TASK_OUTSIDE_POLICY, FlagCodes.CAREGIVER_UNWILLING,
            FlagCodes.CAREGIVER_UNABLE, FlagCodes.AGREEMENT_EVALUATION_OVERDUE, FlagCodes.PROFESSIONAL_RESERVATION,
            FlagCodes.LIABILITY_NOTICE, FlagCodes.VOLUNTEER_RESERVED_ACT, FlagCodes.VOLUNTEER_TASK_UNSUPERVISED);

    /** The actions about a move (catalog.md). */
    static final Set<String> MOVE_ACTIONS = Set.of("S-E2", "O-E2", "F-E2", "A-E2");

    /** Words that deploy caregivers (rules v2 §J), lower case. */
    static final List<String> DEPLOYING = List.of("inzetten", "inschakelen", "betrekken bij");

    /** Anything shaped like an action id of the catalog: a capital, a hyphen, capitals and digits. */
    static final Pattern ACTION_ID = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z]-[A-Z0-9]+(?![\\p{L}\\p{N}_-])");

    /** A word as codes are written: letters, digits and underscores. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    static {
        List<String> factors = new ArrayList<>(List.of("BURDEN_SCORE_HEAVY", "BURDEN_SCORE_MODERATE",
                "INTENSIVE_LONG_TERM", "VERY_MANY_HOURS", "LIVES_WITH_CLIENT", "SOLE_CAREGIVER", "DEMANDING_CONDITION",
                "YOUNG_CAREGIVER", "OLDER_CAREGIVER", "COMBINES_CARE_AND_WORK"));
        for (OverloadSignal signal : OverloadSignal.values()) {
            factors.add("SIGNAL_" + signal.name());
        }
        FACTOR_CODES = List.copyOf(factors);
        Set<String> codes = new TreeSet<>(FACTOR_CODES);
        for (Class<? extends Enum<?>> type : CONTRACT_ENUMS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                codes.add(constant.name());
            }
        }
        try {
            for (Field field : FlagCodes.class.getFields()) {
                codes.add((String) field.get(null));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        CODES = java.util.Collections.unmodifiableSet(codes);
    }

    /** A text of the advice, in one language. */
    @FunctionalInterface
    interface TextCheck {
        void check(String where, String language, String text);
    }

    /** A text of the advice, both languages. */
    @FunctionalInterface
    interface BilingualCheck {
        void check(String where, LocalizedText text);
    }

    /** Every text of the suggestions, flags and reasons, Dutch and English apart. */
    static void each(Advice advice, TextCheck check) {
        eachText(advice, (where, text) -> {
            check.check(where, "Dutch", text.nl());
            check.check(where, "English", text.en());
        });
    }

    /** Every text of the suggestions, flags and reasons. */
    static void eachText(Advice advice, BilingualCheck check) {
        for (Suggestion s : advice.suggestions()) {
            String where = "suggestion " + s.action() + "(caregiver " + s.caregiverId() + ", task " + s.taskId() + ")";
            check.check(where, s.text());
            for (Reason r : s.reasons()) {
                check.check("reason " + r.key() + " of " + where, r.text());
            }
        }
        for (Flag f : advice.flags()) {
            String where = "flag " + f.code() + "(caregiver " + f.caregiverId() + ", task " + f.taskId() + ")";
            check.check(where, f.text());
            for (Reason r : f.reasons()) {
                check.check("reason " + r.key() + " of " + where, r.text());
            }
        }
    }

    /** The situation's ids, longest first (so that an id inside a longer one goes with the longer one). */
    static List<String> ids(Situation s) {
        Set<String> ids = new TreeSet<>();
        ids.add(s.id());
        ids.add(s.client().id());
        s.caregivers().forEach(c -> ids.add(c.id()));
        s.volunteers().forEach(v -> ids.add(v.id()));
        s.careTasks().forEach(t -> ids.add(t.id()));
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /** The text with every id replaced by a space: an id may look like a code and is fine in a text. */
    static String withoutIds(String text, List<String> ids) {
        String bare = text;
        for (String id : ids) {
            if (bare.contains(id)) {
                bare = bare.replace(id, " ");
            }
        }
        return bare;
    }

    /** The first word of {@code text} (letters, digits, underscores) that is one of {@code words}, or null. */
    static String firstWordIn(String text, Set<String> words) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (words.contains(m.group())) {
                return m.group();
            }
        }
        return null;
    }

    /** Whether {@code word} stands in {@code text} as a word of its own (not inside a longer word or code). */
    static boolean containsWord(String text, String word) {
        if (!text.contains(word)) {
            return false;
        }
        if (WORD.matcher(word).matches()) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                if (m.group().equals(word)) {
                    return true;
                }
            }
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}_-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_-])").matcher(text).find();
    }
}
