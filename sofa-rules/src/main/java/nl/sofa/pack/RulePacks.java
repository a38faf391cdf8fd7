package nl.sofa.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.sofa.catalog.Action;
import nl.sofa.engine.internal.BuiltinPack;
import nl.sofa.engine.internal.RuleLoader;
import nl.sofa.pack.internal.PackFiles;
import nl.sofa.pack.internal.PackParts;
import org.drools.model.Model;

/**
 * Finds and loads rule packs: from a folder, from a jar, or on the classpath.
 *
 * <p>A folder or jar holds, at its top level, {@code pack.json}
 * ({@code {"id": "acme-policy", "version": "1.0.0", "description": "…"}}), one or more
 * {@code *.drl} files (all of them are loaded, in subfolders too, in order of their path in the
 * pack; when {@code pack.json} lists {@code rules}, a DRL file it does not list is refused), or
 * spreadsheet rule tables ({@code *.drl.csv}, {@code *.drl.xlsx}: read by the optional module
 * {@code nl.sofa:sofa-tables} through {@link nl.sofa.pack.spi.PackFileCompiler}; without it such a
 * file is refused), and optionally {@code actions.json}
 * ({@code {"actions": [{"id": "acme-policy.REFER", "role": "ONDERSTEUNEN", "phase": "ANY",
 * "text": {"nl": "…", "en": "…"}}]}}). Loading checks the files; the DRL itself is compiled when
 * an engine is built. Errors are {@link InvalidPackException}s naming the file and the JSON path
 * or line.
 *
 * <p>Compiling DRL (and spreadsheet tables, which become DRL) needs the DRL compiler, which is not
 * among {@code sofa-rules}' own dependencies: add {@code nl.sofa:sofa-drl-compiler} to load such
 * packs. Without it, building an engine with such a pack throws an {@link InvalidPackException}
 * that names the pack, its first rule file and that dependency. A jar built with kie-maven-plugin
 * ({@link #fromJar}) carries its rules precompiled and needs no compiler.
 *
 * <p>Stable since 0.1.
 */
public final class RulePacks {
    private RulePacks() {
    }

    /**
     * Loads a pack from a folder or a jar, by what {@code path} is.
     *
     * @throws InvalidPackException when it is neither, or its files are invalid
     */
    public static RulePack load(Path path) {
        if (Files.isDirectory(path)) {
            return fromFolder(path);
        }
        if (Files.isRegularFile(path)) {
            return fromJar(path);
        }
        throw new InvalidPackException(null, path.toString(), null, null,
                "a rule pack must be a folder or a jar, and this path is neither (does it exist?)", null);
    }

    /**
     * Loads the pack in a folder: {@code pack.json}, the {@code *.drl} files beside it, and
     * {@code actions.json} if present.
     *
     * @throws InvalidPackException naming the file and path or line of the first problem
     */
    public static RulePack fromFolder(Path folder) {
        Path manifestFile = folder.resolve(PackFiles.MANIFEST);
        PackFiles.Manifest manifest = PackFiles.manifest(read(manifestFile, null), manifestFile.toString(), false);
        PackParts parts = new PackParts(manifest.id(), manifest.thresholds(), manifestFile.toString());
        List<String> names = new ArrayList<>();
        // Every rule file in the folder's tree: a file in a subfolder is loaded like one at the top, so
        // that no rule an author wrote is left out without a word.
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> PackParts.isRuleFile(p.getFileName().toString()) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> relativeName(folder, p))).toList()) {
                String name = relativeName(folder, file);
                requireListed(manifest, name, manifestFile.toString());
                parts.addRuleFile(file.toString(), read(file, manifest.id()));
                names.add(name);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPackException(manifest.id(), folder.toString(), null, null,
                    "cannot list the folder: " + e.getMessage(), e);
        }
        requireRules(manifest, names, parts, folder.toString());
        Path actionsFile = folder.resolve(PackFiles.ACTIONS);
        if (Files.exists(actionsFile)) {
            parts.addCatalog(PackFiles.catalog(read(actionsFile, manifest.id()), manifest.id(), actionsFile.toString()),
                    actionsFile.toString());
        }
        return new PackFiles.FilePack(manifest.id(), manifest.version(), manifest.description(),
                manifest.publisher(), manifest.status(), parts.rules(), parts.actions(), parts.flags(), parts.reasons(),
                parts.thresholds(), folder.toString(), folder + java.io.File.separator, null);
    }

    /**
     * Loads the pack in a jar (or zip) that holds the files of a pack folder at its root. A jar
     * built with kie-maven-plugin carries the executable model of its DRL
     * ({@code META-INF/kie/<groupId>/<artifactId>/drools-model}): its rules are then loaded from
     * the model, without compiling DRL (see {@code docs/writing-a-rule-pack.md}, "Precompiled
     * packs"); DRL kept beside the model serves the messages only.
     *
     * @throws InvalidPackException naming the file and path or line of the first problem
     */
    public static RulePack fromJar(Path jar) {
        String where = jar.toString();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(PackFiles.MANIFEST);
            if (manifestEntry == null) {
                throw new InvalidPackException(null, where, null, null,
                        "the jar has no pack.json at its root (a pack on the classpath is found by ServiceLoader"
                                + " instead; see ClasspathRulePack)", null);
            }
            PackFiles.Manifest manifest = PackFiles.manifest(zip.getInputStream(manifestEntry).readAllBytes(),
                    where + "!/" + PackFiles.MANIFEST, false);
            PackParts parts = new PackParts(manifest.id(), manifest.thresholds(), where + "!/" + PackFiles.MANIFEST);
            List<String> names = new ArrayList<>();
            for (String name : zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName)
                    .filter(PackParts::isRuleFile).sorted().toList()) {
                requireListed(manifest, name, where + "!/" + PackFiles.MANIFEST);
                parts.addRuleFile(where + "!/" + name, zip.getInputStream(zip.getEntry(name)).readAllBytes());
                names.add(name);
            }
            List<Model> precompiled = precompiledModels(jar, zip, manifest.id());
            if (precompiled == null) {
                requireRules(manifest, names, parts, where);
            }
            ZipEntry actionsEntry = zip.getEntry(PackFiles.ACTIONS);
            if (actionsEntry != null) {
                parts.addCatalog(PackFiles.catalog(zip.getInputStream(actionsEntry).readAllBytes(), manifest.id(),
                        where + "!/" + PackFiles.ACTIONS), where + "!/" + PackFiles.ACTIONS);
            }
            return new PackFiles.FilePack(manifest.id(), manifest.version(), manifest.description(),
                    manifest.publisher(), manifest.status(), parts.rules(), parts.actions(), parts.flags(),
                    parts.reasons(), parts.thresholds(), where, where + "!/", precompiled);
        } catch (IOException e) {
            throw new InvalidPackException(null, where, null, null, "cannot read the jar: " + e.getMessage(), e);
        }
    }

    /**
     * The packs that jars on this class loader's classpath declare in
     * {@code META-INF/services/nl.sofa.pack.RulePack}, in the order the class loader lists them.
     *
     * @throws InvalidPackException when a declared pack cannot be instantiated or is invalid
     */
    public static List<RulePack> discover(ClassLoader classLoader) {
        List<RulePack> packs = new ArrayList<>();
        try {
            for (RulePack pack : ServiceLoader.load(RulePack.class, classLoader)) {
                PackFiles.checkIdentity(pack, pack.getClass().getName());
                packs.add(pack);
            }
        } catch (ServiceConfigurationError e) {
            throw new InvalidPackException(null, "META-INF/services/" + RulePack.class.getName(), null, null,
                    "a rule pack on the classpath cannot be loaded: " + e.getMessage(), e);
        }
        return List.copyOf(packs);
    }

    /**
     * The executable models a pack jar carries, when kie-maven-plugin built it: the index
     * {@code META-INF/kie/<groupId>/<artifactId>/drools-model} names the model classes, which are
     * loaded from the jar (SOFA's own classes from SOFA's class loader). Null when the jar has no
     * index: its DRL is compiled when the engine is built.
     *
     * <p>The class loader stays open as long as the models are used (their classes load lazily);
     * it and the jar are released when the last engine with the pack is garbage.
     */
    private static List<Model> precompiledModels(Path jar, ZipFile zip, String packId) {
        List<String> indexes = zip.stream().map(ZipEntry::getName).filter(MODEL_INDEX.asMatchPredicate()).sorted().toList();
        if (indexes.isEmpty()) {
            return null;
        }
        if (indexes.size() > 1) {
            throw new InvalidPackException(packId, jar.toString(), null, null, "the jar holds more than one executable"
                    + " model index (" + String.join(", ", indexes) + "): build one pack per jar", null);
        }
        String index = indexes.get(0);
        String ours = modelVersion(BuiltinPack.class.getClassLoader().getResourceAsStream(BuiltinPack.MODEL_INDEX));
        try {
            // The executable model is generated code against Drools' internal API: only the version that
            // built SOFA's own model is known to run it.
            String theirs = modelVersion(zip.getInputStream(zip.getEntry(index)));
            if (ours != null && !ours.equals(theirs)) {
                throw new InvalidPackException(packId, jar + "!/" + index, 1, null, "the executable model was built"
                        + " with Drools " + theirs + ", and this SOFA runs Drools " + ours + ": build the pack with"
                        + " kie-maven-plugin " + ours, null);
            }
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RulePacks.class.getClassLoader());
            return RuleLoader.precompiledModels(loader, index);
        } catch (IOException | IllegalStateException e) {
            throw new InvalidPackException(packId, jar + "!/" + index, null, null,
                    "the precompiled rules cannot be loaded: " + e.getMessage(), e);
        }
    }

    /** The Drools version in a model index's first line ({@code Drools-Model-Version:10.2.0}), or null. */
    private static String modelVersion(InputStream index) {
        if (index == null) {
            return null;
        }
        try (index) {
            String text = new String(index.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                if (line.startsWith(MODEL_VERSION)) {
                    return line.substring(MODEL_VERSION.length()).strip();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern MODEL_INDEX = Pattern.compile(
            "META-INF/kie/[^/]+/[^/]+/drools-model");
    private static final String MODEL_VERSION = "Drools-Model-Version:";

    /** A pack folder's file name relative to the folder, with {@code /} between the parts on every system. */
    private static String relativeName(Path folder, Path file) {
        return folder.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    /** A DRL file that the manifest's {@code rules} list leaves out is refused rather than skipped. */
    private static void requireListed(PackFiles.Manifest manifest, String name, String manifestFile) {
        if (!manifest.rules().isEmpty() && !manifest.rules().contains(name)) {
            throw new InvalidPackException(manifest.id(), manifestFile, null, "$.rules",
                    name + " is in the pack but pack.json's rules do not list it (list it, or remove the file)", null);
        }
    }

    private static void requireRules(PackFiles.Manifest manifest, List<String> loaded, PackParts parts, String where) {
        for (String listed : manifest.rules()) {
            if (!loaded.contains(listed)) {
                throw new InvalidPackException(manifest.id(), where, null, "$.rules",
                        "pack.json lists " + listed + ", which is not in the pack", null);
            }
        }
        if (!parts.hasRules()) {
            throw new InvalidPackException(manifest.id(), where, null, null,
                    "the pack has no .drl file and no rule table with rules", null);
        }
    }

    private static byte[] read(Path file, String packId) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        } catch (NoSuchFileException e) {
            throw new InvalidPackException(packId, file.toString(), null, null, "the file does not exist", e);
        } catch (IOException e) {
            throw new InvalidPackException(packId, file.toString(), null, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}
