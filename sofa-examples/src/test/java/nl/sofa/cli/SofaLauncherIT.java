package nl.sofa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.sofa.json.SofaJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code sofa} launcher script (target/sofa) run as a user runs it: it makes its class-data
 * archive on first use, uses it afterwards, makes a new one when the jar changes, and prints exactly
 * what {@code java -jar sofa.jar} prints. The Windows script (sofa.cmd) needs Windows to run.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "target/sofa is a POSIX sh script; sofa.cmd is its Windows twin")
class SofaLauncherIT {
    private static final Path LAUNCHER = Path.of(System.getProperty("sofa.launcher", "target/sofa"));
    private static final Path EXAMPLE = SofaJarIT.SITUATIONS.resolve("ending-transfer.json");

    /** The launcher and the jar copied into their own folder, so that its archive is this test's alone. */
    private static Path install(Path dir) throws IOException {
        Files.copy(SofaJarIT.JAR, dir.resolve("sofa.jar"));
        Path launcher = Files.copy(LAUNCHER, dir.resolve("sofa"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        return launcher;
    }

    private static SofaJarIT.Result run(List<String> command, String stdin, String javaOpts) throws Exception {
        return run(command, stdin, javaOpts, System.getProperty("java.home"));
    }

    private static SofaJarIT.Result run(List<String> command, String stdin, String javaOpts, String javaHome)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().remove("SOFA_CDS_DIR");
        builder.environment().remove("SOFA_CDS");
        if (javaOpts != null) {
            builder.environment().put("SOFA_JAVA_OPTS", javaOpts);
        } else {
            builder.environment().remove("SOFA_JAVA_OPTS");
        }
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new SofaJarIT.Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    private static SofaJarIT.Result launch(Path launcher, String stdin, String javaOpts, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(command, stdin, javaOpts);
    }

    private static SofaJarIT.Result javaJar(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", SofaJarIT.JAR.toString()));
        command.addAll(List.of(args));
        return run(command, stdin, null);
    }

    private static List<Path> archives(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void makesItsArchiveOnFirstUseUsesItAfterwardsAndPrintsWhatJavaJarPrints(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        SofaJarIT.Result expected = javaJar("", "evaluate", EXAMPLE.toString());
        assertThat(expected.exitCode()).as(expected.stderr()).isZero();

        SofaJarIT.Result first = launch(launcher, "", null, "evaluate", EXAMPLE.toString());

        assertThat(first).isEqualTo(expected);
        assertThat(archives(dir)).singleElement()
                .satisfies(a -> assertThat(a.getFileName().toString()).startsWith("sofa-"));

        // The second run maps the command's classes from that archive ("(top)": the dynamic archive).
        Path classes = dir.resolve("classes.txt");
        SofaJarIT.Result second = launch(launcher, "", "-Xlog:class+load=info:file=" + classes,
                "evaluate", EXAMPLE.toString());

        assertThat(second).isEqualTo(expected);
        assertThat(Files.readAllLines(classes))
                .anySatisfy(line -> assertThat(line).contains("nl.sofa.cli.EvaluateCommand source: shared objects file (top)"))
                .anySatisfy(line -> assertThat(line).contains("nl.sofa.engine.SofaEngine source: shared objects file (top)"))
                .noneSatisfy(line -> assertThat(line).contains("picocli"));
    }

    @Test
    void aChangedJarGetsANewArchiveAndTheOldOneGoes(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        assertThat(launch(launcher, "", null, "validate", EXAMPLE.toString()).exitCode()).isZero();
        List<Path> before = archives(dir);
        assertThat(before).hasSize(1);

        Path jar = dir.resolve("sofa.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 3_600_000));
        SofaJarIT.Result r = launch(launcher, "", null, "validate", EXAMPLE.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<Path> after = archives(dir);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
    }

    @Test
    void aJvmThatMakesNoArchiveIsTrainedOnceAndTheCommandStillRuns(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        // A java that refuses to write archives (as a JVM without dynamic class-data sharing would),
        // counting how often it is asked to; every other call goes to the real java.
        Path home = Files.createDirectories(dir.resolve("jvm/bin")).getParent();
        Path attempts = dir.resolve("attempts.txt");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\n"
                + "for a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) echo x >> '" + attempts + "'; exit 1;; esac; done\n"
                + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        SofaJarIT.Result expected = javaJar("", "evaluate", EXAMPLE.toString());

        List<String> command = List.of(launcher.toString(), "evaluate", EXAMPLE.toString());
        SofaJarIT.Result first = run(command, "", null, home.toString());
        SofaJarIT.Result second = run(command, "", null, home.toString());

        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        assertThat(archives(dir)).isEmpty();
        assertThat(Files.readAllLines(attempts)).as("training runs").hasSize(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anySatisfy(name -> assertThat(name).startsWith("sofa-").endsWith(".noarchive"))
                    .noneSatisfy(name -> assertThat(name).startsWith(".sofa-training"));
        }
    }

    @Test
    void aBatchAndAUsageErrorGiveWhatJavaJarGives(@TempDir Path dir) throws Exception {
        Path launcher = install(dir);
        SofaJson json = SofaJson.standard();
        String good = json.writeSituation(json.readSituation(Files.readAllBytes(EXAMPLE)));
        String batch = good + "\n{\"oops\": true}\n" + good + "\n";

        SofaJarIT.Result expected = javaJar(batch, "evaluate", "--ndjson", "--threads", "2", "-");
        SofaJarIT.Result actual = launch(launcher, batch, null, "evaluate", "--ndjson", "--threads", "2", "-");

        assertThat(expected.exitCode()).isEqualTo(2);
        assertThat(actual).isEqualTo(expected);
        assertThat(launch(launcher, "", null, "evaluate", "--format", "yaml", EXAMPLE.toString()))
                .isEqualTo(javaJar("", "evaluate", "--format", "yaml", EXAMPLE.toString()));
        assertThat(launch(launcher, "", null, "evaluate", "--threads", "two", EXAMPLE.toString()))
                .isEqualTo(javaJar("", "evaluate", "--threads", "two", EXAMPLE.toString()));
    }
}
