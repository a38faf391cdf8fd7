package nl.sofa.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The codes the standard mapping file lists for one code system. */
final class MappingCodes {
    private MappingCodes() {
    }

    static List<String> of(String system) {
        try (InputStream in = SofaFhir.class.getResourceAsStream("sofa-fhir-mapping.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<String> codes = new ArrayList<>();
            root.properties().forEach(table -> {
                if (table.getValue().isArray()) {
                    for (JsonNode entry : table.getValue()) {
                        if (entry.get("system").asText().equals(system)) {
                            codes.add(entry.get("code").asText());
                        }
                    }
                }
            });
            return codes;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
