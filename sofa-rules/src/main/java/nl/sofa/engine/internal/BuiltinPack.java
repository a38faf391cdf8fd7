package nl.sofa.engine.internal;

import java.util.Set;
import nl.sofa.advice.PackInfo;

/** The built-in rule pack {@code sofa-builtin}: its identity and where its precompiled model is. */
public final class BuiltinPack {
    /** The pack's id and version, as the advice names them. */
    public static final PackInfo INFO = new PackInfo("sofa-builtin", "2.0.0");
    /**
     * The index that kie-maven-plugin writes beside the generated executable model: the model's
     * Drools version, then the class names of its models ({@code META-INF/kie/<groupId>/<artifactId>/drools-model}).
     */
    public static final String MODEL_INDEX = "META-INF/kie/nl.sofa/sofa-rules/drools-model";
    /** The DRL package of every built-in rule. */
    public static final String RULE_PACKAGE = "nl.sofa.rules.builtin";

    /**
     * The built-in rules that cannot be switched off: without them a caregiver gets no overload
     * level (or a lower one than its factors call for), and every evaluation with a caregiver
     * would fail or be wrong. A test checks that each of them exists.
     */
    public static final Set<String> REQUIRED_RULES = Set.of("builtin.overload.tally", "builtin.overload.level.high",
            "builtin.overload.level.elevated", "builtin.overload.level.none");

    private BuiltinPack() {
    }

    /** The built-in pack, loaded from the precompiled model on the class path of this class. */
    public static LoadedPack load() {
        return new LoadedPack(INFO, RuleLoader.precompiledModels(BuiltinPack.class.getClassLoader(), MODEL_INDEX));
    }
}
