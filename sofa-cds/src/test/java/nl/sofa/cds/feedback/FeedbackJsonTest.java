package nl.sofa.cds.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import org.junit.jupiter.api.Test;

/** Writing kept feedback back: the documented field order, and a round trip through the reader. */
class FeedbackJsonTest {
    private static final Instant ACTED = Instant.parse("2026-12-03T09:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-12-03T09:00:01.250Z");

    private static final FeedbackEntry ACCEPTED = new FeedbackEntry("sofa-patient-view",
            "4e0a3a1e-3283-4575-ab82-028d55fe2719", Outcome.ACCEPTED,
            List.of("e56e1945-20b3-4393-8503-a1a20fd73152", "00000000-0000-4000-8000-000000000002"), null, null,
            ACTED, RECEIVED);
    private static final FeedbackEntry OVERRIDDEN = new FeedbackEntry("sofa-patient-view",
            "9368d37b-283f-44a0-93ea-547cebab93ed", Outcome.OVERRIDDEN, List.of(),
            new OverrideReason("https://sofa.nl/override", "al-geregeld", "Is al geregeld"),
            "Dochter \"regelt\" dit\nzelf", ACTED, RECEIVED);
    private static final FeedbackEntry DISMISSED = new FeedbackEntry("sofa-patient-view",
            "f6b95768-b1c8-40dc-8385-bf3504b82ffb", Outcome.OVERRIDDEN, List.of(), new OverrideReason(null, "x", null),
            null, ACTED, RECEIVED);
    private static final FeedbackEntry COMMENT_ONLY = new FeedbackEntry("sofa-patient-view",
            "f6b95768-b1c8-40dc-8385-bf3504b82ffb", Outcome.OVERRIDDEN, List.of(), null, "Niet nu", ACTED, RECEIVED);
    private static final FeedbackEntry BARE = new FeedbackEntry("sofa-patient-view",
            "f6b95768-b1c8-40dc-8385-bf3504b82ffb", Outcome.OVERRIDDEN, List.of(), null, null, ACTED, RECEIVED);

    @Test
    void writesEachEntryWithItsFieldsInTheDocumentedOrder() {
        String json = FeedbackJson.write(List.of(ACCEPTED, OVERRIDDEN, DISMISSED, COMMENT_ONLY, BARE));

        assertThat(json).isEqualTo("{\"feedback\":["
                + "{\"serviceId\":\"sofa-patient-view\",\"card\":\"4e0a3a1e-3283-4575-ab82-028d55fe2719\","
                + "\"outcome\":\"accepted\",\"acceptedSuggestions\":[{\"id\":\"e56e1945-20b3-4393-8503-a1a20fd73152\"},"
                + "{\"id\":\"00000000-0000-4000-8000-000000000002\"}],"
                + "\"outcomeTimestamp\":\"2026-12-03T09:00:00Z\",\"receivedAt\":\"2026-12-03T09:00:01.250Z\"},"
                + "{\"serviceId\":\"sofa-patient-view\",\"card\":\"9368d37b-283f-44a0-93ea-547cebab93ed\","
                + "\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"system\":\"https://sofa.nl/override\","
                + "\"code\":\"al-geregeld\",\"display\":\"Is al geregeld\"},"
                + "\"userComment\":\"Dochter \\\"regelt\\\" dit\\nzelf\"},"
                + "\"outcomeTimestamp\":\"2026-12-03T09:00:00Z\",\"receivedAt\":\"2026-12-03T09:00:01.250Z\"},"
                + "{\"serviceId\":\"sofa-patient-view\",\"card\":\"f6b95768-b1c8-40dc-8385-bf3504b82ffb\","
                + "\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"code\":\"x\"}},"
                + "\"outcomeTimestamp\":\"2026-12-03T09:00:00Z\",\"receivedAt\":\"2026-12-03T09:00:01.250Z\"},"
                + "{\"serviceId\":\"sofa-patient-view\",\"card\":\"f6b95768-b1c8-40dc-8385-bf3504b82ffb\","
                + "\"outcome\":\"overridden\",\"overrideReason\":{\"userComment\":\"Niet nu\"},"
                + "\"outcomeTimestamp\":\"2026-12-03T09:00:00Z\",\"receivedAt\":\"2026-12-03T09:00:01.250Z\"},"
                + "{\"serviceId\":\"sofa-patient-view\",\"card\":\"f6b95768-b1c8-40dc-8385-bf3504b82ffb\","
                + "\"outcome\":\"overridden\","
                + "\"outcomeTimestamp\":\"2026-12-03T09:00:00Z\",\"receivedAt\":\"2026-12-03T09:00:01.250Z\"}"
                + "]}");
    }

    @Test
    void writesNoEntriesAsAnEmptyList() {
        assertThat(FeedbackJson.write(List.of())).isEqualTo("{\"feedback\":[]}");
    }

    @Test
    void whatTheReaderReadsBackIsWhatWasWritten() {
        List<FeedbackEntry> written = List.of(ACCEPTED, OVERRIDDEN, DISMISSED, COMMENT_ONLY, BARE);

        List<FeedbackEntry> read = FeedbackRequest.parse("sofa-patient-view",
                FeedbackJson.write(written).getBytes(StandardCharsets.UTF_8), RECEIVED);

        assertThat(read).isEqualTo(written);
    }
}
