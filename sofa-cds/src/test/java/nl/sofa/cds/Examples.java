package nl.sofa.cds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.engine.SofaEngine;

/** The example bundles of {@code sofa-examples/fhir}, and one engine for all tests (building one costs seconds). */
final class Examples {
    static final Path FOLDER = Path.of("..", "sofa-examples", "fhir");
    static final SofaEngine ENGINE = SofaEngine.builder().build();
    static final CdsHooksService SERVICE = CdsHooksService.builder().engine(ENGINE).build();

    private Examples() {
    }

    static List<String> names() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String bundle(String name) {
        try {
            return Files.readString(FOLDER.resolve(name + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] request(String name) {
        return CdsRequests.patientView(bundle(name), "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "Practitioner/p-1")
                .getBytes(StandardCharsets.UTF_8);
    }
}
