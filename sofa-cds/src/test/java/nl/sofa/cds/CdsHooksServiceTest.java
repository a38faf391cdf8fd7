package nl.sofa.cds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The refusals of a patient-view call: each with the status the specification asks for and a path. */
class CdsHooksServiceTest {
    private static final String ID = CdsHooksService.SERVICE_ID;

    private static ObjectNode request() {
        return (ObjectNode) CdsHooksContractTest.json(new String(Examples.request("daily-friend-two-hours"), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anotherServiceIdIs404() {
        assertThatThrownBy(() -> Examples.SERVICE.call("order-sign", Examples.request("daily-friend-two-hours")))
                .isInstanceOfSatisfying(UnknownServiceException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void aBodyThatIsNotJsonIs400WithItsPlace() {
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, "{\"hook\": ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.path()).isEqualTo("$");
                    assertThat(e.getMessage()).contains("line 1");
                });
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, new byte[0])).isInstanceOf(InvalidCdsRequestException.class);
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, "[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCdsRequestException.class);
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        for (String field : new String[] {"hook", "hookInstance", "context"}) {
            ObjectNode r = request();
            r.remove(field);
            assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                    InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$." + field));
        }
        for (String field : new String[] {"patientId", "userId"}) {
            ObjectNode r = request();
            ((ObjectNode) r.get("context")).remove(field);
            assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                    InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$.context." + field));
        }
        ObjectNode wrongHook = request().put("hook", "order-sign");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(wrongHook))).isInstanceOfSatisfying(
                InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$.hook"));
        ObjectNode notUuid = request().put("hookInstance", "42");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(notUuid))).isInstanceOfSatisfying(
                InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$.hookInstance"));
        ObjectNode authWithoutServer = request();
        authWithoutServer.putObject("fhirAuthorization").put("access_token", "t").put("token_type", "Bearer");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(authWithoutServer))).isInstanceOfSatisfying(
                InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$.fhirServer"));
    }

    @Test
    void missingPrefetchWithoutFhirServerIs412NamingTheKeys() {
        ObjectNode r = request();
        ((ObjectNode) r.get("prefetch")).remove("consents");
        ((ObjectNode) r.get("prefetch")).remove("tasks");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                PrefetchUnavailableException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.missingKeys()).containsExactly("tasks", "consents");
                    assertThat(CdsHooksService.errorJson(e)).contains("\"missingPrefetch\"").contains("\"consents\"");
                });
        ObjectNode none = request();
        none.remove("prefetch");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(none))).isInstanceOf(PrefetchUnavailableException.class);
    }

    @Test
    void aPrefetchKeyHeldAsNullMeansNoDataAndIsAnswered() {
        ObjectNode r = request();
        ((ObjectNode) r.get("prefetch")).putNull("tasks");
        assertThat(Examples.SERVICE.call(ID, bytes(r))).contains("\"cards\"");
    }

    @Test
    void aPrefetchThatIsNotFhirIs400NamingTheKey() {
        ObjectNode r = request();
        ((ObjectNode) r.get("prefetch")).putObject("consents").put("resourceType", "Bundle").put("typo", 1);
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                InvalidCdsRequestException.class, e -> assertThat(e.path()).isEqualTo("$.prefetch.consents"));
        ObjectNode array = request();
        ((ObjectNode) array.get("prefetch")).putArray("consents");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(array))).isInstanceOf(InvalidCdsRequestException.class);
    }

    @Test
    void dataThatDoesNotMapToASituationIs422NamingTheResource() {
        // Without the episode of care SOFA does not know the phase: refused, never guessed.
        ObjectNode r = request();
        ((ObjectNode) r.get("prefetch")).putNull("episodeOfCare");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                UnusableFhirDataException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.path()).isNotBlank();
                });
    }

    @Test
    void aPrefetchAboutAnotherPatientIsRefused() {
        ObjectNode r = request();
        ((ObjectNode) r.get("context")).put("patientId", "someone-else");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(
                InvalidCdsRequestException.class, e -> assertThat(e.getMessage()).contains("context.patientId"));
    }

    @Test
    void bodiesOverTheLimitsAreRefusedBeforeTheyAreRead() {
        CdsHooksService small = CdsHooksService.builder().engine(Examples.ENGINE).maxRequestBytes(2048).build();
        assertThatThrownBy(() -> small.call(ID, Examples.request("daily-friend-two-hours")))
                .isInstanceOfSatisfying(InvalidCdsRequestException.class, e -> assertThat(e.getMessage()).contains("2048"));
        String deep = "{\"hook\":" + "[".repeat(200) + "]".repeat(200) + "}";
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, deep.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidCdsRequestException.class);
    }

    @Test
    void errorsCarryNoValueFromTheBody() {
        ObjectNode r = request();
        ((ObjectNode) r.get("context")).put("patientId", "Jansen, Marie / BSN 123456782");
        assertThatThrownBy(() -> Examples.SERVICE.call(ID, bytes(r))).isInstanceOfSatisfying(CdsException.class,
                e -> assertThat(CdsHooksService.errorJson(e)).doesNotContain("Jansen").doesNotContain("123456782"));
    }

    @Test
    void theServiceAnswersInEnglishWhenAskedTo() {
        CdsHooksService english = CdsHooksService.builder().engine(Examples.ENGINE).locale(java.util.Locale.ENGLISH).build();
        String cards = english.call(ID, Examples.request("daily-overload-sole-caregiver"));
        assertThat(cards).contains("carries the care alone and runs a high risk of overload");
        assertThat(english.discovery()).contains("working with informal caregivers");
    }
}
