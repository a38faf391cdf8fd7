package nl.sofa.internal;

import java.time.LocalDate;

/**
 * The rule every date in a situation obeys: the contract writes dates as {@code YYYY-MM-DD}, so a
 * date must lie in the years 0000 to 9999. (LocalDate goes further, and writes such dates as
 * {@code +10000-01-01} or {@code -0001-01-01}, which no reader of the contract accepts.)
 * Internal: not part of the API.
 */
public final class Dates {
    /** The first date the contract can write. */
    public static final LocalDate FIRST = LocalDate.of(0, 1, 1);
    /** The last date the contract can write. */
    public static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    private Dates() {
    }

    /** Why {@code date} is not a valid date of the contract, or null when it is (or is null). */
    public static String problem(LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            return "must be a date from 0000-01-01 to 9999-12-31 (written YYYY-MM-DD)";
        }
        return null;
    }

    /** Throws {@link IllegalArgumentException} naming {@code what} when {@code date} is outside the contract's years. */
    public static LocalDate require(LocalDate date, String what) {
        String problem = problem(date);
        if (problem != null) {
            throw new IllegalArgumentException(what + " " + problem);
        }
        return date;
    }
}
