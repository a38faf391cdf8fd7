package nl.sofa.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.sofa.cds.feedback.FeedbackEntry;
import nl.sofa.cds.feedback.FeedbackEntry.Outcome;
import nl.sofa.cds.feedback.FeedbackEntry.OverrideReason;
import nl.sofa.cds.feedback.FeedbackStore;
import nl.sofa.cds.feedback.FeedbackStoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;

/**
 * Keeps feedback in a JDBC database, so that it survives a restart: an H2 file by default
 * ({@value #DEFAULT_URL}, relative to the working directory), or any database by JDBC URL, PostgreSQL
 * for example (its driver on the class path).
 *
 * <p>{@link #open} creates or upgrades the schema with Flyway before it returns: the migrations are
 * {@code db/migration/feedback/V*.sql} on the class path, portable SQL for H2 and PostgreSQL, with
 * their history in the table {@value #HISTORY_TABLE} so that they can share a schema with a host's own
 * Flyway migrations. A schema that already holds other tables is baselined at version 0, so that
 * SOFA's tables are added beside them. Opening a migrated database again runs nothing.
 *
 * <p>{@link #store} keeps one call's entries in one transaction: all or none. {@link #since} returns
 * entries by receipt time, ties in the order they were stored. Times are kept to the microsecond
 * (what both H2 and PostgreSQL keep); finer parts are cut off when stored.
 *
 * <p>Failures are {@link FeedbackStoreException}s (503) whose message gives the SQL state and never a
 * stored value; a failing {@link #store} or {@link #since} does not pass on the database's exception,
 * whose message may quote the value it refused (a professional's comment, for example). A failing
 * {@link #open} does pass it on: nothing has been stored then, and the reason (a locked file, a wrong
 * password) is needed to fix it.
 *
 * <p>Stable since 0.1. Thread-safe.
 */
public final class JdbcFeedbackStore implements FeedbackStore {
    /**
     * The database when none is configured: an H2 file {@code sofa-data/feedback.mv.db} under the
     * working directory (created with its folder when missing), opened by this process only (no
     * {@code AUTO_SERVER}).
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./sofa-data/feedback";
    /** The table in which Flyway records the migrations it ran. */
    public static final String HISTORY_TABLE = "sofa_feedback_schema_history";

    /** The user for an H2 URL when none is given; H2 needs one. */
    static final String H2_DEFAULT_USER = "sa";
    private static final String MIGRATIONS = "classpath:db/migration/feedback";
    /** Enough for a bounded worker pool; a caller beyond it waits at most {@link #POOL_WAIT_SECONDS}. */
    private static final int POOL_SIZE = 8;
    private static final int POOL_WAIT_SECONDS = 5;
    /** Ids per {@code IN (…)} query when reading suggestions: far below every database's limit. */
    private static final int IDS_PER_QUERY = 500;

    private static final String INSERT_ENTRY = "INSERT INTO sofa_feedback (service_id, card_uuid, outcome, "
            + "reason_system, reason_code, reason_display, user_comment, outcome_timestamp, received_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_SUGGESTION =
            "INSERT INTO sofa_feedback_suggestion (feedback_id, list_index, suggestion_uuid) VALUES (?, ?, ?)";
    private static final String SELECT_SINCE = "SELECT id, service_id, card_uuid, outcome, reason_system, "
            + "reason_code, reason_display, user_comment, outcome_timestamp, received_at FROM sofa_feedback "
            + "WHERE received_at >= ? ORDER BY received_at, id FETCH FIRST ? ROWS ONLY";
    private static final String SELECT_SUGGESTIONS = "SELECT feedback_id, suggestion_uuid "
            + "FROM sofa_feedback_suggestion WHERE feedback_id IN (%s) ORDER BY feedback_id, list_index";

    private final DataSource dataSource;
    /** The pool this store made and so must release; {@code null} for a caller's data source. */
    private final @Nullable JdbcConnectionPool ownPool;
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdbcFeedbackStore(DataSource dataSource, @Nullable JdbcConnectionPool ownPool) {
        this.dataSource = dataSource;
        this.ownPool = ownPool;
    }

    /**
     * Opens the default database, {@value #DEFAULT_URL}, and migrates it.
     *
     * @return the store; close it to release the database
     * @throws FeedbackStoreException when the database cannot be opened or migrated
     */
    public static JdbcFeedbackStore open() {
        return open(DEFAULT_URL, null, null);
    }

    /**
     * Opens a database by JDBC URL and migrates it. An H2 URL ({@code jdbc:h2:…}) gets a small pool of
     * connections (H2's own), user {@code sa} and an empty password when none are given; any other URL
     * gets a new connection from {@link java.sql.DriverManager} per call, so its driver must be on the
     * class path.
     *
     * <p>An H2 file URL ({@code jdbc:h2:file:…}, {@code jdbc:h2:./…}, {@code jdbc:h2:~/…}) without a {@code WRITE_DELAY} setting gets
     * {@code ;WRITE_DELAY=0}: H2 otherwise writes a commit to the file up to half a second later, and a
     * process killed in that time loses feedback it had confirmed. Feedback is rare, so writing each
     * commit at once costs nothing noticeable. Give {@code WRITE_DELAY} in the URL to choose otherwise.
     *
     * @param jdbcUrl the database, e.g. {@code jdbc:postgresql://db.example.org/sofa}
     * @param user the database user, or {@code null}
     * @param password the user's password, or {@code null}
     * @return the store; close it to release its connections
     * @throws FeedbackStoreException when the database cannot be reached or migrated; its message
     *     names neither the URL nor the credentials
     */
    public static JdbcFeedbackStore open(String jdbcUrl, @Nullable String user, @Nullable String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(durableH2(jdbcUrl),
                    user == null ? H2_DEFAULT_USER : user, password == null ? "" : password);
            pool.setMaxConnections(POOL_SIZE);
            pool.setLoginTimeout(POOL_WAIT_SECONDS);
            try {
                migrate(pool);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
            return new JdbcFeedbackStore(pool, pool);
        }
        DataSource dataSource = new DriverManagerDataSource(jdbcUrl, user, password);
        migrate(dataSource);
        return new JdbcFeedbackStore(dataSource, null);
    }

    /**
     * Uses a data source the caller made (a host's own pool, for example) and migrates its database.
     * {@link #close()} leaves it open: the caller closes it.
     *
     * @param dataSource where connections come from
     * @return the store
     * @throws FeedbackStoreException when the database cannot be reached or migrated
     */
    public static JdbcFeedbackStore open(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        migrate(dataSource);
        return new JdbcFeedbackStore(dataSource, null);
    }

    /** An H2 file URL that writes each commit at once, unless it says otherwise. */
    static String durableH2(String jdbcUrl) {
        String upper = jdbcUrl.toUpperCase(Locale.ROOT);
        // jdbc:h2:./x, jdbc:h2:~/x and jdbc:h2:/x are file databases too; mem:, tcp: and ssl: are not ours to tune.
        boolean file = upper.startsWith("JDBC:H2:FILE:") || upper.startsWith("JDBC:H2:./")
                || upper.startsWith("JDBC:H2:~/") || upper.startsWith("JDBC:H2:/");
        if (!file || upper.contains(";WRITE_DELAY=")) {
            return jdbcUrl;
        }
        return jdbcUrl + ";WRITE_DELAY=0";
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure(JdbcFeedbackStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table(HISTORY_TABLE)
                    .failOnMissingLocations(true)
                    // A schema that holds a host's tables already: add ours beside them, from V1 on.
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new FeedbackStoreException("the feedback database could not be opened or migrated"
                    + sqlState(e), e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Each entry is a row of {@code sofa_feedback}, each accepted suggestion a row of
     * {@code sofa_feedback_suggestion}, all in one transaction.
     *
     * @throws FeedbackStoreException when the database refused or could not be reached (a value too
     *     long for its column, for example); nothing of the call was kept then
     */
    @Override
    public void store(List<FeedbackEntry> entries) {
        List<FeedbackEntry> copy = List.copyOf(entries);
        checkOpen();
        if (copy.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                insert(connection, copy);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("the feedback could not be stored" + sqlState(e)
                    + "; nothing of the call was kept (" + copy.size() + " entries)");
        }
    }

    private static void insert(Connection connection, List<FeedbackEntry> entries) throws SQLException {
        // RETURN_GENERATED_KEYS rather than a column name: H2 names the column ID, PostgreSQL id, and
        // both return the identity column first.
        try (PreparedStatement entry = connection.prepareStatement(INSERT_ENTRY, Statement.RETURN_GENERATED_KEYS);
                PreparedStatement suggestion = connection.prepareStatement(INSERT_SUGGESTION)) {
            boolean anySuggestion = false;
            for (FeedbackEntry e : entries) {
                OverrideReason reason = e.overrideReason();
                entry.setString(1, e.serviceId());
                entry.setString(2, e.cardUuid());
                entry.setString(3, e.outcome().code());
                setNullable(entry, 4, reason == null ? null : reason.system());
                setNullable(entry, 5, reason == null ? null : reason.code());
                setNullable(entry, 6, reason == null ? null : reason.display());
                setNullable(entry, 7, e.userComment());
                entry.setObject(8, toDatabase(e.outcomeTimestamp()));
                entry.setObject(9, toDatabase(e.receivedAt()));
                entry.executeUpdate();
                long id;
                try (ResultSet keys = entry.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned no id for a new feedback row", "SOFA1");
                    }
                    id = keys.getLong(1);
                }
                List<String> accepted = e.acceptedSuggestions();
                for (int i = 0; i < accepted.size(); i++) {
                    suggestion.setLong(1, id);
                    suggestion.setInt(2, i);
                    suggestion.setString(3, accepted.get(i));
                    suggestion.addBatch();
                    anySuggestion = true;
                }
            }
            if (anySuggestion) {
                suggestion.executeBatch();
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws FeedbackStoreException when the database could not be read, or holds a row that is not
     *     a valid entry (edited by hand, for example)
     */
    @Override
    public List<FeedbackEntry> since(Instant since, int limit) {
        Objects.requireNonNull(since, "since");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        checkOpen();
        try (Connection connection = dataSource.getConnection()) {
            List<Row> rows = readRows(connection, since, limit);
            Map<Long, List<String>> suggestions = readSuggestions(connection, rows);
            List<FeedbackEntry> entries = new ArrayList<>(rows.size());
            for (Row row : rows) {
                entries.add(row.toEntry(suggestions.getOrDefault(row.id, List.of())));
            }
            return List.copyOf(entries);
        } catch (SQLException e) {
            throw new FeedbackStoreException("the feedback could not be read" + sqlState(e));
        }
    }

    private static List<Row> readRows(Connection connection, Instant since, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_SINCE)) {
            select.setObject(1, toDatabase(ceilToMicros(since)));
            select.setInt(2, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                            result.getString(8), fromDatabase(result, 9), fromDatabase(result, 10)));
                }
            }
            return rows;
        }
    }

    private static Map<Long, List<String>> readSuggestions(Connection connection, List<Row> rows)
            throws SQLException {
        List<Long> ids = rows.stream().filter(r -> Outcome.ACCEPTED.code().equals(r.outcome)).map(r -> r.id).toList();
        Map<Long, List<String>> suggestions = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement(String.format(SELECT_SUGGESTIONS, marks))) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        suggestions.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(result.getString(2));
                    }
                }
            }
        }
        return suggestions;
    }

    /**
     * Releases the connection pool this store made (an H2 URL); a data source passed to
     * {@link #open(DataSource)} stays open. Afterwards {@link #store} and {@link #since} fail. Closing
     * twice does nothing. An H2 file database is closed, and its file released, once its last
     * connection is.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownPool != null) {
            ownPool.dispose();
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new FeedbackStoreException("the feedback store is closed");
        }
    }

    private static void setNullable(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static OffsetDateTime toDatabase(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /**
     * The first microsecond at or after {@code instant}: stored times are whole microseconds, so an
     * entry is at or after {@code instant} exactly when it is at or after this.
     */
    private static Instant ceilToMicros(Instant instant) {
        Instant floor = instant.truncatedTo(ChronoUnit.MICROS);
        return floor.equals(instant) ? floor : floor.plus(1, ChronoUnit.MICROS);
    }

    private static Instant fromDatabase(ResultSet result, int column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        if (value == null) {
            throw new SQLException("a stored time is missing", "SOFA2");
        }
        return value.toInstant();
    }

    /** The SQL state of the first SQL exception in the chain, as " (SQL state 23505)", or "". */
    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return " (SQL state " + sql.getSQLState() + ")";
            }
        }
        return "";
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is failing already; the caller reports the first failure.
        }
    }

    /** One row of {@code sofa_feedback}, before its suggestions are known. */
    private record Row(long id, String serviceId, String cardUuid, String outcome, @Nullable String reasonSystem,
            @Nullable String reasonCode, @Nullable String reasonDisplay, @Nullable String userComment,
            Instant outcomeTimestamp, Instant receivedAt) {

        FeedbackEntry toEntry(List<String> suggestions) {
            Outcome known = Outcome.ofCode(outcome);
            try {
                if (known == null) {
                    throw new IllegalArgumentException("its outcome is not accepted or overridden");
                }
                OverrideReason reason = reasonCode == null ? null
                        : new OverrideReason(reasonSystem, reasonCode, reasonDisplay);
                return new FeedbackEntry(serviceId, cardUuid, known, suggestions, reason, userComment,
                        outcomeTimestamp, receivedAt);
            } catch (IllegalArgumentException | NullPointerException e) {
                // The entry's own checks say what is wrong without quoting values.
                throw new FeedbackStoreException("stored feedback row " + id + " is not a valid entry: "
                        + e.getMessage());
            }
        }
    }
}
