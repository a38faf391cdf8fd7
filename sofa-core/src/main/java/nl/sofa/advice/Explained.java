package nl.sofa.advice;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.sofa.internal.Collections2;

/** Shared checks of the rules and reasons that every suggestion and flag carries. */
final class Explained {
    private Explained() {
    }

    static List<String> sorted(Collection<String> values, String what, String owner) {
        if (values instanceof List<String> list && !list.isEmpty() && strictlyAscending(list)) {
            return List.copyOf(list); // already sorted, no repeats, no null: no copy when immutable
        }
        List<String> sorted = List.copyOf(Collections2.sortedStrings(values));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException(owner + " needs at least one entry in " + what);
        }
        return sorted;
    }

    static List<Reason> reasons(List<Reason> reasons, String owner) {
        List<Reason> copy = List.copyOf(reasons);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(owner + " needs at least one reason");
        }
        if (copy.size() > 1) {
            // Key and params as a pair: equal maps hold equal values, and no JSON text is made for it.
            Set<Map.Entry<String, Map<String, Object>>> seen = new HashSet<>(2 * copy.size());
            for (Reason reason : copy) {
                if (!seen.add(Map.entry(reason.key(), reason.params()))) {
                    throw new IllegalArgumentException(owner + " has the reason " + reason.key()
                            + " twice with the same params");
                }
            }
        }
        return copy;
    }

    private static boolean strictlyAscending(List<String> list) {
        String previous = null;
        for (String value : list) {
            if (value == null || (previous != null && previous.compareTo(value) >= 0)) {
                return false;
            }
            previous = value;
        }
        return true;
    }
}
