package nl.sofa.advice;

import java.util.Comparator;
import nl.sofa.catalog.LocalizedText;
import java.util.List;
import java.util.Objects;
import nl.sofa.boundary.Boundary;
import org.jspecify.annotations.Nullable;

/**
 * Something the professional should notice: overload, derailment, a missing consent, or a care-task
 * agreement outside a boundary.
 *
 * @param code the flag's code, for example {@code OVERLOAD_RISK} (see {@link FlagCodes}) or a
 *     pack's own
 * @param severity how serious it is
 * @param boundary the boundary it touches, or null
 * @param caregiverId the caregiver or volunteer it concerns, or null
 * @param taskId the care task it concerns, or null
 * @param text the flag's title from the flag catalog, in Dutch and English
 * @param rules the ids of the rules that raised it: at least one, sorted, no repeats
 * @param reasons why: at least one, no two with the same key and params; the headline (the reason of
 *     the rule that gave the flag its severity) first, then the facts behind it in
 *     {@link Reason#FACT_ORDER}
 */
public record Flag(
        String code,
        Severity severity,
        @Nullable Boundary boundary,
        @Nullable String caregiverId,
        @Nullable String taskId,
        LocalizedText text,
        List<String> rules,
        List<Reason> reasons) {

    /**
     * The order of the contract: severity (CRITICAL first), then code, then caregiverId (nulls
     * first), then taskId (nulls first); strings by {@link String#compareTo}.
     */
    public static final Comparator<Flag> CONTRACT_ORDER = Flag::compareInContractOrder;

    /** Sorts the rules and checks that rules and reasons each have at least one entry. */
    public Flag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        rules = Explained.sorted(rules, "rules", code);
        reasons = Explained.reasons(reasons, code);
    }

    // Written out rather than chained with Comparator.comparing(...).thenComparing(...): the same
    // order, without the megamorphic lambda calls that made sorting a large part of an advice's cost.
    private static int compareInContractOrder(Flag a, Flag b) {
        int c = b.severity.compareTo(a.severity);
        if (c != 0) {
            return c;
        }
        c = a.code.compareTo(b.code);
        if (c != 0) {
            return c;
        }
        c = compareNullsFirst(a.caregiverId, b.caregiverId);
        return c != 0 ? c : compareNullsFirst(a.taskId, b.taskId);
    }

    /** {@link String#compareTo}, a null before every string. */
    static int compareNullsFirst(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    /** The key under which flags merge: (code, caregiverId, taskId). */
    public Key key() {
        return new Key(code, caregiverId, taskId);
    }

    /**
     * What makes a flag the same flag: two with the same key are merged.
     *
     * @param code the flag code
     * @param caregiverId the caregiver id, or null
     * @param taskId the task id, or null
     */
    public record Key(String code, @Nullable String caregiverId, @Nullable String taskId) {
        // equals and hashCode written out (same meaning as a record's): the generated ones go
        // through method handles, which showed up when advice with many entries is checked.
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && code.equals(k.code) && Objects.equals(caregiverId, k.caregiverId)
                    && Objects.equals(taskId, k.taskId);
        }

        @Override
        public int hashCode() {
            return (code.hashCode() * 31 + Objects.hashCode(caregiverId)) * 31 + Objects.hashCode(taskId);
        }
    }
}
