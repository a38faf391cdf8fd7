package nl.sofa.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The class check that decides whether a DRL pack can be compiled. (That a DRL pack is refused
 * with its message on a class path without the compiler is checked where that class path is real:
 * sofa-examples/lean-runtime, LeanRuntimeIT.)
 */
class DrlCompilerCheckTest {

    @Test
    void onThisModulesClassPathTheCompilerIsThereForItIsAnOptionalDependencyOfSofaRules() {
        assertThat(DrlCompilerCheck.firstMissing(DrlCompilerCheck.class.getClassLoader())).isNull();
        assertThat(DrlCompilerCheck.available()).isTrue();
    }

    @Test
    void aClassLoaderWithoutTheCodeGeneratorMissesDroolsModelCodegenFirst() throws Exception {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
            assertThat(DrlCompilerCheck.firstMissing(empty)).isEqualTo("org.drools:drools-model-codegen");
        }
    }

    @Test
    void aClassLoaderWithTheCodeGeneratorButWithoutTheDrlParserNamesTheParser() throws Exception {
        // What Maven gives when sofa-rules' trimmed drools-compiler wins over the full one: see
        // sofa-drl-compiler's pom.
        List<URL> withoutParser = Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("drools-drl-parser-"))
                .map(DrlCompilerCheckTest::url).toList();
        try (URLClassLoader loader = new URLClassLoader(withoutParser.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            assertThat(DrlCompilerCheck.firstMissing(loader)).isEqualTo("org.drools:drools-drl-parser");
        }
    }

    private static URL url(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
