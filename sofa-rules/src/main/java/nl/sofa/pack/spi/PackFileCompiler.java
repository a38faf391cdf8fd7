package nl.sofa.pack.spi;

import java.util.List;

/**
 * Reads a pack file that is not DRL — a spreadsheet rule table, for example — into the parts of a
 * pack: DRL, actions, flag and reason texts, thresholds. {@link nl.sofa.pack.RulePacks} finds the
 * implementations on its own class loader with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/nl.sofa.pack.spi.PackFileCompiler}); what they give goes through the
 * same checks as a DRL pack's files when the engine is built.
 *
 * <p>A pack file whose name has the {@code .drl.} infix that Drools gives its other rule formats
 * ({@code rules.drl.csv}, {@code rules.drl.xlsx}) and that no compiler on the class path reads is
 * refused, naming the file and the artifact to add; it is never skipped.
 *
 * <p>Experimental since 0.2: methods may be added with defaults.
 */
public interface PackFileCompiler {
    /**
     * The endings of the file names this compiler reads, in lower case, each with the
     * {@code .drl.} infix: {@code .drl.csv}, {@code .drl.xlsx}.
     */
    List<String> fileEndings();

    /**
     * Reads one file of a pack.
     *
     * @param packId the pack's id (from its {@code pack.json})
     * @param file the file's name for messages (its path in the folder, or {@code pack.jar!/name})
     * @param content the file's bytes
     * @return what the file adds to the pack
     * @throws nl.sofa.pack.InvalidPackException naming the file and the place in it of the first
     *     problem
     */
    CompiledFile compile(String packId, String file, byte[] content);
}
