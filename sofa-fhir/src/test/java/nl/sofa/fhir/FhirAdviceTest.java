package nl.sofa.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.Suggestion;
import nl.sofa.engine.SofaEngine;
import nl.sofa.json.SofaJson;
import nl.sofa.situation.Situation;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.GuidanceResponse;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** Advice (contract v2) to FHIR: one action per suggestion, one DetectedIssue per flag, Dutch texts. */
class FhirAdviceTest {
    private static final SofaEngine ENGINE = SofaEngine.builder().build();

    private static <R extends Resource> List<R> all(Bundle bundle, Class<R> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    @Test
    void everyExampleAdviceIsWrittenEntryByEntry() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../sofa-examples/situations"))) {
            for (Path file : files.sorted().toList()) {
                Situation situation = SofaJson.standard().readSituation(Files.readAllBytes(file));
                Advice advice = ENGINE.evaluate(situation);
                Bundle bundle = SofaFhir.standard().toBundle(advice, situation);
                GuidanceResponse response = all(bundle, GuidanceResponse.class).get(0);
                RequestGroup group = all(bundle, RequestGroup.class).get(0);
                assertThat(response.getResult().getReference()).isEqualTo("RequestGroup/" + group.getIdPart());

                assertThat(group.getAction()).hasSameSizeAs(advice.suggestions());
                for (int i = 0; i < advice.suggestions().size(); i++) {
                    Suggestion suggestion = advice.suggestions().get(i);
                    RequestGroup.RequestGroupActionComponent action = group.getAction().get(i);
                    assertThat(action.getTitle()).isEqualTo(suggestion.text().nl());
                    assertThat(action.getDescription()).startsWith(suggestion.reasons().get(0).text().nl());
                    assertThat(action.getCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo(suggestion.action());
                    assertThat(action.hasTimingDateTimeType()).isEqualTo(suggestion.dueBy() != null);
                    if (suggestion.dueBy() != null) {
                        assertThat(action.getTimingDateTimeType().getValueAsString()).isEqualTo(suggestion.dueBy().toString());
                    }
                    boolean inFocus = action.getExtensionByUrl(FhirCanonicals.EXTENSION + "suggestion-focus") != null
                            && ((BooleanType) action.getExtensionByUrl(FhirCanonicals.EXTENSION + "suggestion-focus")
                                    .getValue()).booleanValue();
                    assertThat(inFocus).isEqualTo(advice.focus().contains(suggestion.key()));
                }

                List<DetectedIssue> issues = all(bundle, DetectedIssue.class);
                assertThat(issues).hasSameSizeAs(advice.flags());
                for (int i = 0; i < advice.flags().size(); i++) {
                    Flag flag = advice.flags().get(i);
                    DetectedIssue issue = issues.get(i);
                    assertThat(issue.getCode().getCodingFirstRep().getCode()).isEqualTo(flag.code());
                    assertThat(issue.getCode().getText()).isEqualTo(flag.text().nl());
                    assertThat(issue.getSeverity().toCode()).isEqualTo(switch (flag.severity()) {
                        case CRITICAL -> "high";
                        case WARNING -> "moderate";
                        case INFO -> "low";
                    });
                    assertThat(issue.getImplicated()).hasSize((flag.caregiverId() == null ? 0 : 1)
                            + (flag.taskId() == null ? 0 : 1));
                }
                assertThat(SofaFhir.standard().writeAdvice(advice, situation))
                        .isEqualTo(SofaFhir.standard().writeAdvice(ENGINE.evaluate(situation), situation));
            }
        }
    }
}
