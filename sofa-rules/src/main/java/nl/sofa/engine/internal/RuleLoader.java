package nl.sofa.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Puts rules into a KieBase. Every pack arrives as executable models ({@link Model}): the built-in
 * pack's were generated from its DRL at build time by kie-maven-plugin and are only instantiated
 * here (no DRL compiler runs at start-up); DRL given at run time is compiled into models by
 * {@link DrlCompiler}. All models go into one KieBase through
 * {@link KieBaseBuilder#createKieBaseFromModel(Collection, org.kie.api.conf.KieBaseOption...)}, so
 * built-in and run-time rules share one agenda and one set of salience strata.
 */
public final class RuleLoader {
    private static final String VERSION_LINE = "Drools-Model-Version:";

    private RuleLoader() {
    }

    /**
     * The executable models named by an index that kie-maven-plugin wrote at build time. The index
     * holds a {@code Drools-Model-Version:} line and the class name of each model; the class names
     * carry a hash that changes from build to build, so they are read, never written in code.
     *
     * @throws IllegalStateException when the index is missing or names no model, or a model class
     *     cannot be instantiated: the jar was built without the executable model
     */
    public static List<Model> precompiledModels(ClassLoader loader, String indexResource) {
        List<String> classNames = readIndex(loader, indexResource);
        if (classNames.isEmpty()) {
            throw new IllegalStateException("the precompiled rules index " + indexResource
                    + " names no model: the jar was built without the executable model");
        }
        List<Model> models = new ArrayList<>();
        for (String className : classNames) {
            try {
                models.add((Model) Class.forName(className, true, loader).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new IllegalStateException("cannot load the precompiled rule model " + className
                        + " named by " + indexResource, e);
            }
        }
        return List.copyOf(models);
    }

    private static List<String> readIndex(ClassLoader loader, String indexResource) {
        try (InputStream in = loader.getResourceAsStream(indexResource)) {
            if (in == null) {
                throw new IllegalStateException("the precompiled rules are missing: no " + indexResource
                        + " on the class path (kie-maven-plugin did not generate the executable model)");
            }
            List<String> classNames = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith(VERSION_LINE)) {
                    classNames.add(name);
                }
            }
            return classNames;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + indexResource, e);
        }
    }

    /** One KieBase holding the rules of all these packs. */
    public static KieBase kieBase(List<LoadedPack> packs) {
        List<Model> models = new ArrayList<>();
        for (LoadedPack pack : packs) {
            models.addAll(pack.models());
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }
}
