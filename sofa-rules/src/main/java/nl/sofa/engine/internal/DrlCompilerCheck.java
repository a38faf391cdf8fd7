package nl.sofa.engine.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RulePack;
import nl.sofa.pack.RuleSource;
import org.jspecify.annotations.Nullable;

/**
 * Whether the run-time DRL compiler is on the class path. {@code sofa-rules} publishes only the
 * Drools runtime that precompiled packs need; the compiler comes with the optional dependency
 * {@link #DEPENDENCY}. A pack of DRL (or of spreadsheet tables, which become DRL) is checked here
 * before {@link DrlCompiler} is touched, so that its absence is an {@link InvalidPackException}
 * naming the pack and the dependency, never a {@link NoClassDefFoundError} from deep in Drools.
 *
 * <p>This class refers to no class of the compiler: {@link DrlCompiler} does, and is linked only
 * after the check passed.
 */
final class DrlCompilerCheck {
    /** The dependency that brings the DRL compiler back, as the error names it. */
    static final String DEPENDENCY = "nl.sofa:sofa-drl-compiler";

    /**
     * A class of each jar that compiling DRL into an executable model loads, with the jar's
     * coordinates: the code generator, the parser of the Java in consequences, the DRL parser and
     * its syntax tree, and the wiring that lets Drools define the generated classes.
     */
    private static final Map<String, String> REQUIRED = requiredClasses();

    /** The first jar of {@link #REQUIRED} that is missing, or null; the class path does not change. */
    private static final @Nullable String MISSING = firstMissing(DrlCompilerCheck.class.getClassLoader());

    private DrlCompilerCheck() {
    }

    private static Map<String, String> requiredClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("org.drools.model.codegen.ExecutableModelProject", "org.drools:drools-model-codegen");
        classes.put("com.github.javaparser.StaticJavaParser", "com.github.javaparser:javaparser-core");
        classes.put("org.drools.drl.parser.DrlParser", "org.drools:drools-drl-parser");
        classes.put("org.drools.drl.ast.descr.PackageDescr", "org.drools:drools-drl-ast");
        classes.put("org.drools.wiring.dynamic.DynamicComponentsSupplier", "org.drools:drools-wiring-dynamic");
        return classes;
    }

    /**
     * The coordinates of the first jar of the DRL compiler that this class loader cannot see, or
     * null when it sees them all. Looks the classes up without initialising them.
     */
    static @Nullable String firstMissing(ClassLoader loader) {
        for (Map.Entry<String, String> required : REQUIRED.entrySet()) {
            try {
                Class.forName(required.getKey(), false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return required.getValue();
            }
        }
        return null;
    }

    /** Whether the DRL compiler is on SOFA's class path. */
    static boolean available() {
        return MISSING == null;
    }

    /**
     * Refuses a pack whose rules must be compiled when the compiler is not there.
     *
     * @throws InvalidPackException naming the pack, its first rule file, the missing jar and
     *     {@link #DEPENDENCY}
     */
    static void require(RulePack pack) {
        if (MISSING == null) {
            return;
        }
        List<RuleSource> sources = pack.rules();
        String file = sources.isEmpty() ? pack.location() : sources.get(0).name();
        throw new InvalidPackException(pack.id(), file, null, null, "the pack's rules (" + sources.size()
                + (sources.size() == 1 ? " file" : " files") + ") are compiled when the engine is built, and the"
                + " DRL compiler is not on the class path (" + MISSING + " is missing): add the dependency "
                + DEPENDENCY + " (the same version as sofa-rules), or load the pack as a precompiled jar"
                + " (docs/writing-a-rule-pack.md, \"Precompiled packs\")", null);
    }
}
