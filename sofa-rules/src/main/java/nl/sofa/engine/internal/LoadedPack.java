package nl.sofa.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.sofa.advice.PackInfo;
import nl.sofa.engine.RuleInfo;
import org.drools.model.Model;
import org.drools.model.Rule;

/**
 * A rule pack ready to go into a KieBase: its identity and its rules as executable models,
 * whether they were generated at build time (the built-in pack) or compiled from DRL at run time.
 *
 * @param info the pack's id and version
 * @param models its executable models
 */
public record LoadedPack(PackInfo info, List<Model> models) {
    /** Copies the models. */
    public LoadedPack {
        Objects.requireNonNull(info, "info");
        models = List.copyOf(models);
    }

    /** The rules of this pack as the engine lists them, sorted by id; {@code enabled} is true. */
    public List<RuleInfo> ruleInfos() {
        List<RuleInfo> infos = new ArrayList<>();
        for (Model model : models) {
            for (Rule rule : model.getRules()) {
                infos.add(new RuleInfo(info.id(), info.version(), rule.getName(),
                        description(rule.getMetaData().get("description")), true));
            }
        }
        infos.sort(Comparator.comparing(RuleInfo::ruleId));
        return infos;
    }

    /** A rule's {@code @description}: DRL compiled at run time keeps the quotes of the literal, the build-time model not. */
    private static String description(Object metaData) {
        if (metaData == null) {
            return "";
        }
        String text = metaData.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
