package nl.sofa.pack;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import nl.sofa.advice.PackStatus;
import nl.sofa.catalog.Action;
import nl.sofa.catalog.FlagType;
import nl.sofa.catalog.LocalizedText;
import nl.sofa.pack.internal.PackFiles;
import nl.sofa.pack.internal.PackParts;

/**
 * A rule pack whose files are resources on the classpath: the base class for a pack shipped as a
 * jar. Put {@code pack.json} (with a {@code "rules"} list naming the DRL files, since a classpath
 * folder cannot be listed), the DRL files and optionally {@code actions.json} in one resource
 * folder, and write:
 *
 * <pre>{@code
 * public final class AcmePolicyPack extends ClasspathRulePack {
 *     public AcmePolicyPack() {
 *         super("com/acme/sofa/policy/");
 *     }
 * }
 * }</pre>
 *
 * with {@code META-INF/services/nl.sofa.pack.RulePack} naming that class. The files are read once,
 * when the pack is constructed; a problem in them throws {@link InvalidPackException}.
 *
 * <p>Stable since 0.1.
 */
public abstract class ClasspathRulePack implements RulePack {
    private final RulePack loaded;

    /**
     * Reads the pack in a resource folder, with this class's class loader.
     *
     * @param folder the resource folder, for example {@code com/acme/sofa/policy/}
     * @throws InvalidPackException when a file is missing or invalid
     */
    protected ClasspathRulePack(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        ClassLoader loader = getClass().getClassLoader();
        PackFiles.Manifest manifest = PackFiles.manifest(resource(loader, base + PackFiles.MANIFEST, null, true),
                base + PackFiles.MANIFEST, true);
        PackParts parts = new PackParts(manifest.id(), manifest.thresholds(), base + PackFiles.MANIFEST);
        for (String name : manifest.rules()) {
            parts.addRuleFile(base + name, resource(loader, base + name, manifest.id(), true));
        }
        byte[] actions = resource(loader, base + PackFiles.ACTIONS, manifest.id(), false);
        if (actions != null) {
            parts.addCatalog(PackFiles.catalog(actions, manifest.id(), base + PackFiles.ACTIONS), base + PackFiles.ACTIONS);
        }
        loaded = new PackFiles.FilePack(manifest.id(), manifest.version(), manifest.description(),
                manifest.publisher(), manifest.status(), parts.rules(), parts.actions(), parts.flags(), parts.reasons(),
                parts.thresholds(), base, base, null);
    }

    private static byte[] resource(ClassLoader loader, String name, String packId, boolean required) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                if (required) {
                    throw new InvalidPackException(packId, name, null, null, "the resource is not on the classpath", null);
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidPackException(packId, name, null, null, "cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public final String id() {
        return loaded.id();
    }

    @Override
    public final String version() {
        return loaded.version();
    }

    @Override
    public final String description() {
        return loaded.description();
    }

    @Override
    public final List<RuleSource> rules() {
        return loaded.rules();
    }

    @Override
    public final List<Action> actions() {
        return loaded.actions();
    }

    @Override
    public final List<FlagType> flags() {
        return loaded.flags();
    }

    @Override
    public final Map<String, LocalizedText> reasons() {
        return loaded.reasons();
    }

    @Override
    public final Map<String, Double> thresholds() {
        return loaded.thresholds();
    }

    @Override
    public final String publisher() {
        return loaded.publisher();
    }

    @Override
    public final PackStatus status() {
        return loaded.status();
    }

    /** The class path resource folder the pack's files are in. */
    @Override
    public final String location() {
        return loaded.location();
    }
}
