package nl.sofa.server.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.sofa.cds.feedback.FeedbackEntry;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import nl.sofa.cds.feedback.FeedbackRequest;
import nl.sofa.cds.feedback.FeedbackStoreException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC store on H2 files: durable across a restart, all or none, ordered reads, Flyway's schema. */
class JdbcFeedbackStoreTest {
    private static final String SERVICE = "sofa-patient-view";
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    private static final String COMMENT = "Mevrouw Jansen regelt dit met haar dochter";

    @TempDir
    Path dir;

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("feedback").toAbsolutePath();
    }

    private static String uuid(int n) {
        return String.format("00000000-0000-4000-8000-%012d", n);
    }

    private static FeedbackEntry accepted(int card, Instant receivedAt, String... suggestions) {
        return new FeedbackEntry(SERVICE, uuid(card), Outcome.ACCEPTED, List.of(suggestions), null, null,
                T0.minusSeconds(30), receivedAt);
    }

    private static FeedbackEntry overridden(int card, Instant receivedAt, OverrideReason reason, String comment) {
        return new FeedbackEntry(SERVICE, uuid(card), Outcome.OVERRIDDEN, List.of(), reason, comment,
                T0.minusSeconds(20), receivedAt);
    }

    /** Every shape an entry can take: accepted with two suggestions, overridden with and without parts. */
    private static List<FeedbackEntry> everyShape() {
        return List.of(
                accepted(1, T0, uuid(101), uuid(102)),
                overridden(2, T0, new OverrideReason("https://sofa.nl/override", "al-geregeld", "Is al geregeld"),
                        COMMENT),
                overridden(3, T0.plusSeconds(1), new OverrideReason(null, "anders", null), null),
                overridden(4, T0.plusSeconds(1), null, "Niet nu"),
                overridden(5, T0.plusSeconds(2), null, null),
                accepted(6, T0.plusSeconds(2), uuid(103)));
    }

    @Test
    void keepsEveryEntryAcrossARestart() throws Exception {
        List<FeedbackEntry> entries = everyShape();
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(entries.subList(0, 2));
            store.store(entries.subList(2, 6));
            assertThat(store.since(Instant.EPOCH, 100)).containsExactlyElementsOf(entries);
        }
        assertReleased(dir.resolve("feedback.mv.db"));

        try (JdbcFeedbackStore restarted = JdbcFeedbackStore.open(url(), null, null)) {
            assertThat(restarted.since(Instant.EPOCH, 100)).containsExactlyElementsOf(entries);
        }
    }

    @Test
    void keepsWhatWasStoredWhenTheProcessDiesRightAfter() throws Exception {
        // A separate JVM stores and halts at once (no shutdown hooks, no close): a crash, not a clean stop.
        // The default URL, moved into the temporary folder: it fails without the WRITE_DELAY=0 open() adds.
        String url = JdbcFeedbackStore.DEFAULT_URL.replace("./sofa-data", dir.toAbsolutePath().toString());
        assertThat(url).doesNotContain("WRITE_DELAY");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreAndHalt.class.getName(), url)
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.log"))).isEqualTo(StoreAndHalt.HALTED);

        try (JdbcFeedbackStore restarted = JdbcFeedbackStore.open(url, null, null)) {
            assertThat(restarted.since(Instant.EPOCH, 100)).containsExactlyElementsOf(StoreAndHalt.entries());
        }
    }

    @Test
    void makesH2FileUrlsWriteEachCommitUnlessTheySayOtherwise() {
        assertThat(JdbcFeedbackStore.durableH2("jdbc:h2:file:./sofa-data/feedback"))
                .isEqualTo("jdbc:h2:file:./sofa-data/feedback;WRITE_DELAY=0");
        assertThat(JdbcFeedbackStore.durableH2("jdbc:h2:file:/var/sofa/fb;write_delay=200"))
                .isEqualTo("jdbc:h2:file:/var/sofa/fb;write_delay=200");
        assertThat(JdbcFeedbackStore.durableH2("jdbc:h2:~/sofa/fb")).isEqualTo("jdbc:h2:~/sofa/fb;WRITE_DELAY=0");
        assertThat(JdbcFeedbackStore.durableH2("jdbc:h2:mem:fb")).isEqualTo("jdbc:h2:mem:fb");
        assertThat(JdbcFeedbackStore.durableH2("jdbc:h2:tcp://db/fb")).isEqualTo("jdbc:h2:tcp://db/fb");
    }

    /** Fails when a database still holds the file: H2 locks it while open, in this JVM too. */
    private static void assertReleased(Path file) throws Exception {
        assertThat(file).exists();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void readsBackWhatTheRequestReaderRead() {
        String body = """
                {"feedback": [
                  {"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
                   "overrideReason": {"reason": {"code": "d7ecf885",
                                                 "system": "https://example.com/cds-hooks/override-reason-system"},
                                      "userComment": "A comment entered by the clinician."},
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                  {"card": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "outcome": "accepted",
                   "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}],
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}
                """;
        List<FeedbackEntry> entries = FeedbackRequest.parse(SERVICE, body.getBytes(StandardCharsets.UTF_8), T0);

        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(entries);

            assertThat(store.since(T0, 10)).containsExactlyElementsOf(entries);
        }
    }

    @Test
    void keepsNothingOfACallWhenOneValueIsTooLongAndSaysSoWithoutTheValue() {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            FeedbackEntry kept = accepted(1, T0, uuid(101));
            store.store(List.of(kept));
            List<FeedbackEntry> call = List.of(accepted(2, T0, uuid(102)),
                    overridden(3, T0, null, (COMMENT + " ").repeat(60)), accepted(4, T0, uuid(103)));

            assertThatThrownBy(() -> store.store(call))
                    .isInstanceOfSatisfying(FeedbackStoreException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("the feedback could not be stored (SQL state 22001); "
                                + "nothing of the call was kept (3 entries)");
                        assertThat(e.getCause()).isNull();
                        assertThat(e.status()).isEqualTo(503);
                    });
            assertThat(store.since(Instant.EPOCH, 100)).containsExactly(kept);
            assertThat(count("sofa_feedback_suggestion")).isEqualTo(1);
        }
    }

    @Test
    void keepsNothingOfACallWhenItsLastSuggestionIsRefused() throws SQLException {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            // The database refuses one suggestion id, so the call fails on its last row, after every entry row.
            execute("ALTER TABLE sofa_feedback_suggestion ADD CONSTRAINT test_refuses CHECK (suggestion_uuid <> '"
                    + uuid(999) + "')");
            List<FeedbackEntry> call = List.of(accepted(1, T0, uuid(101), uuid(102)),
                    overridden(2, T0, null, COMMENT), accepted(3, T0, uuid(103), uuid(999)));

            assertThatThrownBy(() -> store.store(call))
                    .isInstanceOf(FeedbackStoreException.class)
                    .hasMessage("the feedback could not be stored (SQL state 23513); "
                            + "nothing of the call was kept (3 entries)");
            assertThat(count("sofa_feedback")).isZero();
            assertThat(count("sofa_feedback_suggestion")).isZero();

            store.store(call.subList(0, 2));
            assertThat(store.since(Instant.EPOCH, 10)).containsExactlyElementsOf(call.subList(0, 2));
        }
    }

    @Test
    void sinceReturnsEntriesAtOrAfterItOldestFirstTiesInStoredOrderUpToTheLimit() {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            FeedbackEntry late = overridden(1, T0.plusSeconds(3), null, null);
            FeedbackEntry tieA = overridden(2, T0.plusSeconds(1), null, null);
            FeedbackEntry tieB = accepted(3, T0.plusSeconds(1), uuid(103));
            FeedbackEntry early = overridden(4, T0, null, null);
            FeedbackEntry tieC = overridden(5, T0.plusSeconds(1), null, null);
            store.store(List.of(late, tieA, tieB));
            store.store(List.of(early));
            store.store(List.of(tieC));

            assertThat(store.since(Instant.EPOCH, 100)).containsExactly(early, tieA, tieB, tieC, late);
            assertThat(store.since(T0.plusSeconds(1), 100)).containsExactly(tieA, tieB, tieC, late);
            assertThat(store.since(T0.plusSeconds(1), 2)).containsExactly(tieA, tieB);
            assertThat(store.since(T0.plusSeconds(1).plusNanos(1), 100)).containsExactly(late);
            assertThat(store.since(T0.plusSeconds(4), 100)).isEmpty();
        }
    }

    @Test
    void keepsTimesToTheMicrosecond() {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            Instant fine = Instant.parse("2026-12-03T09:00:00.123456789Z");
            store.store(List.of(new FeedbackEntry(SERVICE, uuid(1), Outcome.OVERRIDDEN, List.of(), null, null, fine,
                    fine)));

            FeedbackEntry read = store.since(Instant.EPOCH, 1).get(0);

            assertThat(read.outcomeTimestamp()).isEqualTo(Instant.parse("2026-12-03T09:00:00.123456Z"));
            assertThat(read.receivedAt()).isEqualTo(Instant.parse("2026-12-03T09:00:00.123456Z"));
            assertThat(store.since(fine, 1)).isEmpty();
            assertThat(store.since(Instant.parse("2026-12-03T09:00:00.123456Z"), 1)).hasSize(1);
        }
    }

    @Test
    void flywayMigratesAnEmptyDatabaseOnceAndAgainRunsNothing() throws SQLException {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(List.of(accepted(1, T0, uuid(101))));
        }
        List<String> migrated = history();
        // Flyway 13 also records the creation of its history table, without a version.
        assertThat(migrated).containsExactly("null << Flyway Schema History table created >> true",
                "1 feedback true");

        try (JdbcFeedbackStore again = JdbcFeedbackStore.open(url(), null, null)) {
            assertThat(history()).isEqualTo(migrated);
            assertThat(again.since(Instant.EPOCH, 10)).hasSize(1);
        }
    }

    @Test
    void addsItsTablesBesideAHostsOwnTables() throws SQLException {
        execute("CREATE TABLE host_table (id INT PRIMARY KEY)");

        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(List.of(accepted(1, T0, uuid(101))));

            assertThat(store.since(Instant.EPOCH, 10)).hasSize(1);
        }
        assertThat(history()).containsExactly("null << Flyway Schema History table created >> true",
                "0 << Flyway Baseline >> true", "1 feedback true");
        assertThat(count("host_table")).isZero();
    }

    @Test
    void worksOnACallersDataSourceAndLeavesItOpen() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url());
        dataSource.setUser("sa");
        try (Connection held = dataSource.getConnection()) {
            try (JdbcFeedbackStore store = JdbcFeedbackStore.open(dataSource)) {
                store.store(List.of(accepted(1, T0, uuid(101))));
            }

            try (Statement statement = held.createStatement();
                    ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM sofa_feedback")) {
                result.next();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void readsAnyJdbcUrlThroughTheDriverManager() {
        // An H2 URL through the path every other database takes: a new connection per call.
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url(), "sa", "");
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(dataSource)) {
            store.store(everyShape());

            assertThat(store.since(Instant.EPOCH, 100)).containsExactlyElementsOf(everyShape());
        }
    }

    @Test
    void runsOnH2InPostgreSqlMode() {
        String pg = "jdbc:h2:mem:pg-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(pg, null, null)) {
            store.store(everyShape());

            assertThat(store.since(Instant.EPOCH, 100)).containsExactlyElementsOf(everyShape());
        }
    }

    @Test
    void keepsEveryCallOfConcurrentCallers() throws Exception {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> calls = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int thread = t;
                    calls.add(pool.submit(() -> {
                        for (int i = 0; i < 25; i++) {
                            int card = thread * 100 + i;
                            store.store(List.of(accepted(card, T0, uuid(card + 10_000)), overridden(card, T0, null,
                                    null)));
                        }
                    }));
                }
                for (Future<?> call : calls) {
                    call.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(store.since(Instant.EPOCH, 1000)).hasSize(200);
            assertThat(count("sofa_feedback_suggestion")).isEqualTo(100);
        }
    }

    @Test
    void anEmptyCallKeepsNothing() throws SQLException {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(List.of());

            assertThat(count("sofa_feedback")).isZero();
        }
    }

    @Test
    void aClosedStoreRefusesCallsAndALimitBelowOneIsAnError() {
        JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null);

        assertThatThrownBy(() -> store.since(T0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be at least 1: 0");

        store.close();
        store.close();
        assertThatThrownBy(() -> store.since(T0, 1)).isInstanceOf(FeedbackStoreException.class)
                .hasMessage("the feedback store is closed");
        assertThatThrownBy(() -> store.store(List.of(accepted(1, T0, uuid(101)))))
                .isInstanceOf(FeedbackStoreException.class)
                .hasMessage("the feedback store is closed");
    }

    @Test
    void aDatabaseThatCannotBeOpenedFailsWithoutNamingItsUrl() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        String bad = "jdbc:h2:file:" + notAFolder.toAbsolutePath() + "/feedback;TRACE_LEVEL_FILE=0";

        assertThatThrownBy(() -> JdbcFeedbackStore.open(bad, "sa", "secret-password"))
                .isInstanceOfSatisfying(FeedbackStoreException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the feedback database could not be opened or migrated")
                            .doesNotContain("plain-file").doesNotContain("secret-password");
                    assertThat(e.status()).isEqualTo(503);
                });
    }

    @Test
    void aRowEditedIntoNonsenseIsReportedByIdNotByValue() throws SQLException {
        try (JdbcFeedbackStore store = JdbcFeedbackStore.open(url(), null, null)) {
            store.store(List.of(accepted(1, T0, uuid(101))));
            execute("DELETE FROM sofa_feedback_suggestion");

            assertThatThrownBy(() -> store.since(Instant.EPOCH, 10))
                    .isInstanceOf(FeedbackStoreException.class)
                    .hasMessage("stored feedback row 1 is not a valid entry: "
                            + "an accepted card names at least one accepted suggestion");
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String table) {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Flyway's history: "version description success" per migration, in order. */
    private List<String> history() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT \"version\", \"description\", \"success\" FROM \""
                        + JdbcFeedbackStore.HISTORY_TABLE + "\" ORDER BY \"installed_rank\"")) {
            List<String> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getBoolean(3));
            }
            return rows;
        }
    }
}
