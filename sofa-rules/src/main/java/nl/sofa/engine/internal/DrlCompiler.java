package nl.sofa.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.model.KieBaseModel;

/**
 * Compiles DRL at run time into executable models, the same form as the precompiled built-in
 * pack, so that both go into one KieBase ({@link RuleLoader#kieBase(List)}).
 *
 * <p>How: a {@link KieBuilder} builds the sources with {@link ExecutableModelProject} (the
 * executable-model code generator of drools-model-codegen, compiled in memory); its module is a
 * {@link CanonicalKieModule}, whose {@link CanonicalKieModule#getModelForKBase} hands out the
 * generated {@link Model}s. No KieContainer is created. Building registers the module in the
 * process-wide KieRepository under a default release id; the models are taken from the builder,
 * never from the repository, so concurrent builds do not see each other.
 */
final class DrlCompiler {
    private DrlCompiler() {
    }

    static List<Model> compile(Map<String, String> drlByName) {
        if (drlByName.isEmpty()) {
            throw new IllegalArgumentException("a pack needs at least one DRL source");
        }
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        drlByName.forEach((name, drl) -> files.write("src/main/resources/" + name, drl));
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            StringJoiner text = new StringJoiner("; ");
            for (Message error : errors) {
                text.add(error.getPath() + ":" + error.getLine() + ": " + error.getText());
            }
            throw new IllegalArgumentException("the DRL does not compile: " + text);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        if (!(module instanceof CanonicalKieModule canonical)) {
            throw new IllegalStateException("the DRL was not compiled into an executable model (got "
                    + module.getClass().getName() + ")");
        }
        List<Model> models = new ArrayList<>();
        for (KieBaseModel kieBaseModel : canonical.getKieModuleModel().getKieBaseModels().values()) {
            models.addAll(canonical.getModelForKBase((KieBaseModelImpl) kieBaseModel));
        }
        return models;
    }
}
