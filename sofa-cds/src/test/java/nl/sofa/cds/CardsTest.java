package nl.sofa.cds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.sofa.advice.Advice;
import nl.sofa.advice.Flag;
import nl.sofa.advice.OverloadRisk;
import nl.sofa.advice.Priority;
import nl.sofa.advice.Severity;
import nl.sofa.caregiver.RelationToClient;
import nl.sofa.fhir.SofaFhir;
import nl.sofa.phase.Phase;
import nl.sofa.role.SofaRole;
import nl.sofa.situation.Situation;
import nl.sofa.task.TaskKind;
import nl.sofa.testkit.Property;
import nl.sofa.testkit.Situations;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the cards promise a professional: words without codes, the most serious first, stable. */
class CardsTest {
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
    private static final Pattern ACTION_ID = Pattern.compile("(?<![\\p{L}\\p{N}_-])[A-Z]-[A-Z0-9]+(?![\\p{L}\\p{N}_-])");
    private static final Set<String> CODE_WORDS = codeWords();
    private static final SofaFhir FHIR = SofaFhir.standard();

    private static Set<String> codeWords() {
        Set<String> words = new HashSet<>();
        for (Class<? extends Enum<?>> type : List.of(OverloadRisk.class, Severity.class, Priority.class, Phase.class,
                RelationToClient.class, SofaRole.class, TaskKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                words.add(e.name());
            }
        }
        return words;
    }

    static JsonNode cards(byte[] request) {
        return CdsHooksContractTest.json(Examples.SERVICE.call("sofa-patient-view", request)).get("cards");
    }

    /** Every text on a card that a person reads. */
    static List<String> texts(JsonNode cards) {
        List<String> texts = new ArrayList<>();
        for (JsonNode card : cards) {
            texts.add(card.get("summary").asText());
            texts.add(card.get("detail").asText());
            texts.add(card.get("source").get("label").asText());
            texts.add(card.get("source").get("topic").get("display").asText());
            for (JsonNode s : card.path("suggestions")) {
                texts.add(s.get("label").asText());
                texts.add(s.get("actions").get(0).get("description").asText());
            }
            for (JsonNode r : card.path("overrideReasons")) {
                texts.add(r.get("display").asText());
            }
        }
        return texts;
    }

    static void assertNoCode(String text) {
        assertThat(ENUM_NAME.matcher(text).find()).as("a code in: %s", text).isFalse();
        assertThat(ACTION_ID.matcher(text).find()).as("an action id in: %s", text).isFalse();
        for (String word : text.split("[^\\p{L}\\p{N}_]+")) {
            assertThat(CODE_WORDS).as("an enum name in: %s", text).doesNotContain(word);
        }
    }

    @ParameterizedTest
    @MethodSource("nl.sofa.cds.Examples#names")
    void cardTextsHoldNoCodeAndSummariesAreShort(String example) {
        JsonNode cards = cards(Examples.request(example));
        assertThat(cards).as(example).isNotEmpty();
        texts(cards).forEach(CardsTest::assertNoCode);
        for (JsonNode card : cards) {
            assertThat(card.get("summary").asText()).hasSizeLessThan(140).doesNotContain("\n");
        }
    }

    @ParameterizedTest
    @MethodSource("nl.sofa.cds.Examples#names")
    void theSameCallGivesByteIdenticalCards(String example) {
        String first = Examples.SERVICE.call("sofa-patient-view", Examples.request(example));
        String again = Examples.SERVICE.call("sofa-patient-view", Examples.request(example));
        assertThat(again).isEqualTo(first);
        // Another call (another hookInstance) about the same data: the same cards and uuids.
        byte[] other = CdsRequests.patientView(Examples.bundle(example), "0f6a4d38-5a7c-4a8e-9b0a-8d9a2c1e7f00",
                "Practitioner/p-2").getBytes(StandardCharsets.UTF_8);
        assertThat(Examples.SERVICE.call("sofa-patient-view", other)).isEqualTo(first);
    }

    @ParameterizedTest
    @MethodSource("nl.sofa.cds.Examples#names")
    void cardsComeMostSeriousFirstWithTheIndicatorOfTheirWorstFlag(String example) {
        JsonNode cards = cards(Examples.request(example));
        List<String> order = List.of("critical", "warning", "info");
        int last = 0;
        for (JsonNode card : cards) {
            int rank = order.indexOf(card.get("indicator").asText());
            assertThat(rank).as("indicator order in %s", example).isGreaterThanOrEqualTo(last);
            last = rank;
        }
        // The worst flag of the advice shows on the first card.
        Situation situation = FHIR.readSituation(Examples.bundle(example));
        Advice advice = Examples.ENGINE.evaluate(situation);
        List<Severity> bySeriousness = List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO);
        Severity worst = advice.flags().stream().map(Flag::severity).min(java.util.Comparator.comparingInt(bySeriousness::indexOf))
                .orElse(Severity.INFO);
        assertThat(cards.get(0).get("indicator").asText()).isEqualTo(worst.name().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @MethodSource("nl.sofa.cds.Examples#names")
    void everySuggestionOfTheAdviceIsOnACardAndUuidsAreUnique(String example) {
        JsonNode cards = cards(Examples.request(example));
        Advice advice = Examples.ENGINE.evaluate(FHIR.readSituation(Examples.bundle(example)));
        Set<String> codesOnCards = new HashSet<>();
        Set<String> uuids = new HashSet<>();
        for (JsonNode card : cards) {
            assertThat(uuids.add(card.get("uuid").asText())).isTrue();
            for (JsonNode s : card.path("suggestions")) {
                assertThat(uuids.add(s.get("uuid").asText())).isTrue();
                JsonNode task = s.get("actions").get(0).get("resource");
                codesOnCards.add(task.get("code").get("coding").get(0).get("code").asText());
            }
        }
        Set<String> actions = new HashSet<>();
        advice.suggestions().forEach(s -> actions.add(s.action()));
        assertThat(codesOnCards).isEqualTo(actions);
    }

    @Test
    void theCaregiverCardOfTheSoleOverloadedCaregiverSaysSoInItsSummary() {
        JsonNode cards = cards(Examples.request("daily-overload-sole-caregiver"));
        List<String> summaries = new ArrayList<>();
        cards.forEach(c -> summaries.add(c.get("summary").asText()));
        // Issue 13's example: "… draagt de zorg alleen en loopt een hoog risico op overbelasting".
        assertThat(summaries).anySatisfy(s -> assertThat(s).endsWith("draagt de zorg alleen en loopt een hoog risico op overbelasting"));
        JsonNode caregiver = null;
        for (JsonNode c : cards) {
            if (c.get("source").get("topic").get("code").asText().equals("caregiver")) {
                caregiver = c;
            }
        }
        assertThat(caregiver).isNotNull();
        String detail = caregiver.get("detail").asText();
        // The focus first, then the roles in SOFA's order.
        int focus = detail.indexOf("Eerst:");
        int s = detail.indexOf("#### Samenwerken");
        int o = detail.indexOf("#### Ondersteunen");
        int f = detail.indexOf("#### Faciliteren");
        int a = detail.indexOf("#### Afstemmen");
        assertThat(focus).isPositive().isLessThan(s);
        assertThat(s).isLessThan(o);
        assertThat(o).isLessThan(f);
        assertThat(f).isLessThan(a);
        assertThat(caregiver.get("indicator").asText()).isEqualTo("critical");
    }

    @Test
    void aNameRecordedOnTheRelatedPersonIsUsedAndEscapedInMarkdown() {
        Bundle bundle = (Bundle) FHIR.readResource(Examples.bundle("daily-overload-sole-caregiver"));
        for (Bundle.BundleEntryComponent e : bundle.getEntry()) {
            if (e.getResource() instanceof RelatedPerson p) {
                p.addName().setText("Ans *de* Vries");
            }
        }
        String request = CdsRequests.patientView(SofaFhir.json(bundle), "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "Practitioner/p");
        JsonNode cards = cards(request.getBytes(StandardCharsets.UTF_8));
        List<String> summaries = new ArrayList<>();
        cards.forEach(c -> summaries.add(c.get("summary").asText()));
        assertThat(summaries).contains("Ans *de* Vries draagt de zorg alleen en loopt een hoog risico op overbelasting");
        String details = texts(cards).toString();
        assertThat(details).contains("Ans \\*de\\* Vries").doesNotContain("Ans *de* Vries heeft");
    }

    @Test
    void generatedSituationsGiveCardsWithoutCodesThatFollowTheSchema() {
        Property.forAll(Situations.valid()).tries(300).named("situation -> FHIR -> patient-view -> cards").check(situation -> {
            String bundle = FHIR.writeSituation(situation);
            byte[] request = CdsRequests.patientView(bundle, "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "Practitioner/p")
                    .getBytes(StandardCharsets.UTF_8);
            JsonNode response = CdsHooksContractTest.json(Examples.SERVICE.call("sofa-patient-view", request));
            assertThat(CdsHooksContractTest.RESPONSE.validate(response)).isEmpty();
            texts(response.get("cards")).forEach(CardsTest::assertNoCode);
        });
    }
}
