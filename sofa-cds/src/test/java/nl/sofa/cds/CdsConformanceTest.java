package nl.sofa.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.sofa.cds.internal.CardPhrases;
import nl.sofa.cds.internal.CardWriter;
import nl.sofa.fhir.FhirCanonicals;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.text.Vocabulary;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations;
import org.junit.jupiter.api.Test;

/**
 * The code systems the cards use ({@code source.topic}, {@code overrideReasons}) are published as FHIR
 * CodeSystems beside sofa-fhir's, under {@code nl/sofa/cds/conformance/}; this test writes them from the
 * card writer's own constants and phrases and fails when the shipped files differ (regenerate with
 * {@code -Dsofa.fhir.regenerate=true}), so a code on a card always has its definition.
 */
class CdsConformanceTest {
    private static final Path SHIPPED = Path.of("src", "main", "resources", "nl", "sofa", "cds", "conformance");

    static Map<String, CodeSystem> generate() {
        Map<String, CodeSystem> out = new LinkedHashMap<>();
        out.put("CodeSystem-cds-card-topic.json", codeSystem("cds-card-topic", "CDS card topic",
                "What a SOFA CDS Hooks card is about (card.source.topic).", CardWriter.TOPICS, "topic."));
        out.put("CodeSystem-cds-override-reason.json", codeSystem("cds-override-reason", "CDS override reason",
                "Why a professional set a SOFA card aside (card.overrideReasons, feedback overrideReason.reason).",
                CardWriter.OVERRIDE_CODES, "override."));
        return out;
    }

    private static CodeSystem codeSystem(String id, String title, String description, List<String> codes, String phrase) {
        CodeSystem cs = new CodeSystem();
        cs.setId(id);
        cs.setUrl(FhirCanonicals.CODE_SYSTEM + id);
        cs.setVersion("0.1.0");
        cs.setName(title.replace(" ", ""));
        cs.setTitle("SOFA " + title);
        cs.setStatus(Enumerations.PublicationStatus.DRAFT);
        cs.setExperimental(false);
        cs.setPublisher("SOFA (https://github.com/sofa-mantelzorg/sofa)");
        cs.setDescription(description);
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        cs.setCount(codes.size());
        for (String code : codes) {
            CodeSystem.ConceptDefinitionComponent concept = cs.addConcept().setCode(code)
                    .setDisplay(CardPhrases.standard().get(phrase + code, java.util.Locale.ENGLISH));
            concept.addDesignation().setLanguage("nl").setValue(CardPhrases.standard().get(phrase + code, Vocabulary.DUTCH));
        }
        return cs;
    }

    @Test
    void theShippedCodeSystemsAreWhatTheCardsUse() throws IOException {
        boolean regenerate = Boolean.getBoolean("sofa.fhir.regenerate");
        for (Map.Entry<String, CodeSystem> e : generate().entrySet()) {
            String json = SofaFhir.json(e.getValue()) + "\n";
            Path file = SHIPPED.resolve(e.getKey());
            if (regenerate) {
                Files.createDirectories(SHIPPED);
                Files.writeString(file, json, StandardCharsets.UTF_8);
            }
            assertThat(file).as(e.getKey()).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(json);
        }
    }

    @Test
    void everyCodeOnTheCardsIsInItsCodeSystem() {
        Map<String, CodeSystem> systems = new LinkedHashMap<>();
        generate().values().forEach(cs -> systems.put(cs.getUrl(), cs));
        for (String example : Examples.names()) {
            var cards = CdsHooksContractTest.json(Examples.SERVICE.call("sofa-patient-view", Examples.request(example))).get("cards");
            for (var card : cards) {
                var topic = card.get("source").get("topic");
                assertThat(systems.get(topic.get("system").asText()).getConcept())
                        .anySatisfy(c -> assertThat(c.getCode()).isEqualTo(topic.get("code").asText()));
                for (var reason : card.path("overrideReasons")) {
                    assertThat(systems.get(reason.get("system").asText()).getConcept())
                            .anySatisfy(c -> assertThat(c.getCode()).isEqualTo(reason.get("code").asText()));
                }
            }
        }
    }
}
