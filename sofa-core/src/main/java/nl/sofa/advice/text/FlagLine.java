package nl.sofa.advice.text;

import java.util.List;
import java.util.Objects;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Severity;

/**
 * One flag as a person reads it.
 *
 * @param key which flag of the advice this is
 * @param severity the flag's severity (a CDS Hooks card maps it to its indicator)
 * @param title the flag's title in the reader's language, for example "Geen instructie gegeven"
 * @param label the whole line: severity in words, title and boundary, for example "Ernstig: Geen
 *     instructie gegeven (functionele grens)"
 * @param reasons why, headline first, with names where the name lookup gave them; never empty
 */
public record FlagLine(Flag.Key key, Severity severity, String title, String label, List<String> reasons) {
    /** Copies the reasons. */
    public FlagLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(label, "label");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a flag line needs its headline reason");
        }
    }

    /** The headline: why this flag, in one sentence. */
    public String headline() {
        return reasons.get(0);
    }
}
