package nl.sofa.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bodies SOFA sends and reads against JSON Schemas written from the CDS Hooks 2.0.1 tables
 * ({@code nl/sofa/cds/schema}); the schemas are first checked against the specification's own examples
 * and against bodies that break a rule of the tables, so that a schema that accepts anything fails here.
 */
class CdsHooksContractTest {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema RESPONSE = schema("cds-hooks-response");
    static final JsonSchema DISCOVERY = schema("cds-hooks-discovery");
    static final JsonSchema REQUEST = schema("cds-hooks-request");
    static final JsonSchema FEEDBACK = schema("cds-hooks-feedback");

    static JsonSchema schema(String name) {
        try (InputStream in = CdsHooksService.class.getResourceAsStream("/nl/sofa/cds/schema/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode fixture(String name) {
        try (InputStream in = CdsHooksContractTest.class.getResourceAsStream("/cds-hooks/" + name + ".json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSchemasAcceptTheSpecificationsExamples() {
        assertThat(DISCOVERY.validate(fixture("spec-discovery"))).isEmpty();
        assertThat(REQUEST.validate(fixture("spec-request"))).isEmpty();
        assertThat(RESPONSE.validate(fixture("spec-response"))).isEmpty();
        assertThat(FEEDBACK.validate(fixture("spec-feedback-accepted"))).isEmpty();
        assertThat(FEEDBACK.validate(fixture("spec-feedback-overridden"))).isEmpty();
    }

    @Test
    void theSchemasRefuseWhatTheTablesForbid() {
        ObjectNode longSummary = (ObjectNode) fixture("spec-response");
        ((ObjectNode) longSummary.get("cards").get(0)).put("summary", "x".repeat(140));
        assertThat(RESPONSE.validate(longSummary)).as("a summary of 140 characters").isNotEmpty();

        ObjectNode noBehaviour = (ObjectNode) fixture("spec-response");
        ((ObjectNode) noBehaviour.get("cards").get(0)).putArray("suggestions").addObject().put("label", "Doe iets");
        assertThat(RESPONSE.validate(noBehaviour)).as("suggestions without selectionBehavior").isNotEmpty();

        ObjectNode badIndicator = (ObjectNode) fixture("spec-response");
        ((ObjectNode) badIndicator.get("cards").get(0)).put("indicator", "hard-stop");
        assertThat(RESPONSE.validate(badIndicator)).as("an indicator outside info|warning|critical").isNotEmpty();

        ObjectNode noSource = (ObjectNode) fixture("spec-response");
        ((ObjectNode) noSource.get("cards").get(0)).remove("source");
        assertThat(RESPONSE.validate(noSource)).as("a card without source").isNotEmpty();

        ObjectNode reasonWithoutDisplay = (ObjectNode) fixture("spec-response");
        ((ObjectNode) reasonWithoutDisplay.get("cards").get(0)).putArray("overrideReasons").addObject().put("code", "x");
        assertThat(RESPONSE.validate(reasonWithoutDisplay)).as("an override reason without display").isNotEmpty();

        ObjectNode noHookInstance = (ObjectNode) fixture("spec-request");
        noHookInstance.remove("hookInstance");
        assertThat(REQUEST.validate(noHookInstance)).isNotEmpty();

        ObjectNode acceptedWithoutSuggestions = (ObjectNode) fixture("spec-feedback-accepted");
        ((ObjectNode) acceptedWithoutSuggestions.get("feedback").get(0)).remove("acceptedSuggestions");
        assertThat(FEEDBACK.validate(acceptedWithoutSuggestions)).isNotEmpty();

        ObjectNode noDescription = (ObjectNode) fixture("spec-discovery");
        ((ObjectNode) noDescription.get("services").get(0)).remove("description");
        assertThat(DISCOVERY.validate(noDescription)).isNotEmpty();
    }

    @Test
    void sofasDiscoveryFollowsTheSpecification() {
        JsonNode discovery = json(Examples.SERVICE.discovery());
        assertThat(DISCOVERY.validate(discovery)).isEmpty();
        JsonNode service = discovery.get("services").get(0);
        assertThat(service.get("id").asText()).isEqualTo("sofa-patient-view");
        assertThat(service.get("hook").asText()).isEqualTo("patient-view");
        assertThat(service.get("prefetch").get("patient").asText()).isEqualTo("Patient/{{context.patientId}}");
        assertThat(service.get("prefetch").fieldNames()).toIterable()
                .contains("relatedPersons", "carePlans", "consents", "observations", "episodeOfCare", "conditions");
    }

    @ParameterizedTest
    @MethodSource("nl.sofa.cds.Examples#names")
    void sofasRequestsAndResponsesFollowTheSpecification(String example) {
        byte[] request = Examples.request(example);
        assertThat(REQUEST.validate(json(new String(request, StandardCharsets.UTF_8)))).isEmpty();
        JsonNode response = json(Examples.SERVICE.call("sofa-patient-view", request));
        Set<ValidationMessage> problems = RESPONSE.validate(response);
        assertThat(problems).as(example).isEmpty();
        ArrayNode cards = (ArrayNode) response.get("cards");
        for (JsonNode card : cards) {
            if (card.has("suggestions")) {
                assertThat(card.get("selectionBehavior").asText()).isEqualTo("any");
                assertThat(card.get("overrideReasons")).isNotEmpty();
            }
        }
    }
}
