package nl.sofa.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import nl.sofa.advice.PackInfo;
import nl.sofa.engine.RuleInfo;
import nl.sofa.engine.SofaEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sofa rules}: every pack (id, version, publisher, status; null where the pack does not
 * say) and every loaded rule, with its pack and whether it is switched on.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = SofaCli.Version.class,
        description = "Prints the packs and their rules as JSON.")
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    private SofaCli cli;

    @Mixin
    private EngineOptions engineOptions;

    @Override
    public Integer call() {
        SofaEngine engine = engineOptions.engine();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeArrayFieldStart("packs");
            for (PackInfo pack : engine.packs()) {
                g.writeStartObject();
                g.writeStringField("id", pack.id());
                g.writeStringField("version", pack.version());
                g.writeStringField("publisher", pack.publisher());
                g.writeStringField("status", pack.status() == null ? null : pack.status().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            for (RuleInfo rule : engine.rules()) {
                g.writeStartObject();
                g.writeStringField("packId", rule.packId());
                g.writeStringField("packVersion", rule.packVersion());
                g.writeStringField("ruleId", rule.ruleId());
                g.writeStringField("description", rule.description());
                g.writeBooleanField("enabled", rule.enabled());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cli.stdout().println(out);
        return 0;
    }
}
