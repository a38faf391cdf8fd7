package nl.sofa.engine;

import java.util.Objects;
import nl.sofa.SofaException;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation failed: a rule threw, the rules fired more often than the engine's fire limit (a
 * loop), a pack's rule overstepped what a pack may do (deleted or changed a fact another pack
 * inserted, or added an overload factor after the level was counted), or the rules produced
 * something the contract does not allow (an unknown action, an unknown id, a caregiver with other
 * than one overload level). The evaluation returns nothing: never a half-built advice.
 *
 * <p>The message names the situation, the pack, the rule, and the file and line that declare it,
 * and says what went wrong without values from the situation: when a rule threw, it names the
 * exception's class but not its message, because a message may quote the situation (a name, a
 * condition) and a host logs {@link #getMessage()}. The message is kept apart in
 * {@link #thrownMessage()} for the pack author who debugs the rule; the Drools failure, when there
 * is one, is the {@link #getCause() cause}.
 *
 * <p>Stable since 0.1.
 */
public final class EvaluationException extends SofaException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String ruleId;
    private final String situationId;
    private final String problem;
    private final @Nullable String packId;
    private final @Nullable String file;
    private final @Nullable Integer line;

    /**
     * @param ruleId the id of the rule that failed, or null when it cannot be told
     * @param situationId the id of the situation being evaluated
     * @param problem one sentence saying what went wrong, without situation values
     * @param cause the underlying failure, or null
     */
    public EvaluationException(@Nullable String ruleId, String situationId, String problem,
            @Nullable Throwable cause) {
        this(ruleId, situationId, problem, cause, null, null, null);
    }

    private EvaluationException(@Nullable String ruleId, String situationId, String problem,
            @Nullable Throwable cause, @Nullable String packId, @Nullable String file, @Nullable Integer line) {
        super(describe(ruleId, situationId, problem, packId, file, line), cause);
        this.ruleId = ruleId;
        this.situationId = Objects.requireNonNull(situationId, "situationId");
        this.problem = Objects.requireNonNull(problem, "problem");
        this.packId = packId;
        this.file = file;
        this.line = line;
    }

    private static String describe(@Nullable String ruleId, String situationId, String problem,
            @Nullable String packId, @Nullable String file, @Nullable Integer line) {
        StringBuilder text = new StringBuilder("situation ").append(situationId);
        if (packId != null) {
            text.append(", pack ").append(packId);
        }
        if (ruleId != null) {
            text.append(", rule ").append(ruleId);
        }
        if (file != null) {
            text.append(" (").append(file).append(line == null ? "" : ":" + line).append(')');
        }
        return text.append(": ").append(problem).toString();
    }

    /** The same failure, placed: the pack of the rule and the file and line that declare it. */
    EvaluationException locatedIn(String packId, @Nullable String file, @Nullable Integer line) {
        EvaluationException located = new EvaluationException(ruleId, situationId, problem, getCause(), packId, file,
                line);
        located.setStackTrace(getStackTrace());
        return located;
    }

    /** The id of the rule that failed, or null when Drools did not say which. */
    public @Nullable String ruleId() {
        return ruleId;
    }

    /** The id of the situation whose evaluation failed. */
    public String situationId() {
        return situationId;
    }

    /** What went wrong, in one sentence, without the ids. */
    public String problem() {
        return problem;
    }

    /** The id of the pack whose rule failed ({@code sofa-builtin} for a built-in rule), or null when no rule is named. */
    public @Nullable String packId() {
        return packId;
    }

    /** The DRL file that declares the rule, as the pack was loaded; null for built-in rules and packs made in code without one. */
    public @Nullable String file() {
        return file;
    }

    /** The 1-based line of the rule's declaration in {@link #file()}, or null. */
    public @Nullable Integer line() {
        return line;
    }

    /**
     * The class of the exception a rule threw (the innermost cause, past Drools' wrappers), or
     * null when no rule threw (a loop, a refused fact, an output the contract does not allow).
     */
    public @Nullable String thrownType() {
        Throwable thrown = thrown();
        return thrown == null ? null : thrown.getClass().getName();
    }

    /**
     * The message of the exception a rule threw, or null. It is not part of {@link #getMessage()}
     * because it may hold values from the situation (a rule may write {@code "age " + $age}):
     * show it to the pack author, do not log it.
     */
    public @Nullable String thrownMessage() {
        Throwable thrown = thrown();
        return thrown == null ? null : thrown.getMessage();
    }

    private @Nullable Throwable thrown() {
        Throwable thrown = getCause();
        while (thrown != null && thrown.getCause() != null && thrown.getCause() != thrown) {
            thrown = thrown.getCause();
        }
        return thrown;
    }
}
