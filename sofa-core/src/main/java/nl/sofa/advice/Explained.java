package nl.sofa.advice;

import java.util.Collection;
import java.util.List;
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
