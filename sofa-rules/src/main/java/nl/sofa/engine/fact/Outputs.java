package nl.sofa.engine.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the rules of one evaluation put their conclusions, as the global {@code outputs}: the
 * engine sets a new one before each evaluation and reads it afterwards. Conclusions go here
 * rather than into working memory because no rule matches them: inserting them made Drools
 * propagate some forty facts per evaluation through a network that has no node for them, a tenth
 * of the rule work ({@code docs/performance.md}). It also means no rule can retract or change
 * another rule's conclusion.
 *
 * <p>A pack may use it too (declare {@code global nl.sofa.engine.fact.Outputs outputs;}) or insert
 * its {@link SuggestedAction}s and {@link RaisedFlag}s as facts; the engine gathers both.
 *
 * <p>Not thread-safe: one per evaluation. Stable since 0.2.
 */
public final class Outputs {
    /** The name of the global in DRL. */
    public static final String GLOBAL = "outputs";

    private final List<SuggestedAction> suggestions = new ArrayList<>(64);
    private final List<RaisedFlag> flags = new ArrayList<>(32);

    /** Adds a suggestion. */
    public void add(SuggestedAction suggestion) {
        suggestions.add(java.util.Objects.requireNonNull(suggestion, "suggestion"));
    }

    /** Adds a flag. */
    public void add(RaisedFlag flag) {
        flags.add(java.util.Objects.requireNonNull(flag, "flag"));
    }

    /** The suggestions added so far (the engine's own list). */
    public List<SuggestedAction> suggestions() {
        return suggestions;
    }

    /** The flags added so far (the engine's own list). */
    public List<RaisedFlag> flags() {
        return flags;
    }

    /** Counts only: Drools prints globals into its logs. */
    @Override
    public String toString() {
        return "Outputs[suggestions=" + suggestions.size() + ", flags=" + flags.size() + "]";
    }
}
