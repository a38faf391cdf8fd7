package nl.sofa.engine.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.sofa.pack.InvalidPackException;
import nl.sofa.pack.RuleSource;
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

    /**
     * Call only after {@link DrlCompilerCheck#require}: this class links against the compiler,
     * which is an optional dependency.
     *
     * @param sources at least one
     * @throws InvalidPackException naming the pack, the file and line of the first error, with
     *     every error's text as Drools wrote it
     */
    static List<Model> compile(String packId, List<RuleSource> sources) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // The pack's own file names may be paths or jar entries; the builder gets plain names and
        // its messages are mapped back.
        Map<String, String> sourceNames = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            // The folder follows the DRL's package, or Drools warns about the mismatch on every build.
            String path = "src/main/resources/" + folderOf(sources.get(i).drl()) + "source" + i + ".drl";
            sourceNames.put(path, sources.get(i).name());
            files.write(path, sources.get(i).drl());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            Message first = errors.get(0);
            StringJoiner text = new StringJoiner("; ", "the DRL does not compile: ", "");
            for (Message error : errors) {
                Integer line = lineOf(error, sources, sourceNames);
                text.add(fileOf(error, sourceNames) + (line != null ? ":" + line : "") + ": " + error.getText().strip());
            }
            throw new InvalidPackException(packId, fileOf(first, sourceNames), lineOf(first, sources, sourceNames),
                    null, text.toString(), null);
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

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    private static String folderOf(String drl) {
        Matcher matcher = PACKAGE.matcher(drl);
        return matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
    }

    /**
     * The line of an error: Drools' own, or, where the executable-model compiler gives none (an
     * unknown class or an expression it cannot parse: "Unable to find class: NoSuchFact"), the
     * first line of the file that holds what the message names.
     */
    private static Integer lineOf(Message message, List<RuleSource> sources, Map<String, String> sourceNames) {
        if (message.getLine() > 0) {
            return message.getLine();
        }
        String text = message.getText() == null ? "" : message.getText().strip();
        int colon = text.lastIndexOf(": ");
        String named = colon < 0 ? "" : text.substring(colon + 2).strip();
        String file = fileOf(message, sourceNames);
        if (named.isEmpty() || file == null) {
            return null;
        }
        for (RuleSource source : sources) {
            if (source.name().equals(file)) {
                String[] lines = source.drl().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].contains(named)) {
                        return i + 1;
                    }
                }
            }
        }
        return null;
    }

    private static String fileOf(Message message, Map<String, String> sourceNames) {
        String path = message.getPath();
        if (path == null) {
            return null;
        }
        for (Map.Entry<String, String> entry : sourceNames.entrySet()) {
            if (path.endsWith(entry.getKey()) || entry.getKey().endsWith(path)) {
                return entry.getValue();
            }
        }
        return path;
    }
}
