package jp.tsunagu.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for tests: the server named by TSUNAGU_TEST_DB_URL (CI runs one on
 * 127.0.0.1:5432), else an embedded one started once per test JVM. Each call of
 * {@link #newDatabase()} creates a fresh database so that test classes never see each other's data.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "TSUNAGU_TEST_DB_URL";
    private static final String PREFIX = "tsunagu_test_";
    private static final Pattern STAMPED = Pattern.compile(PREFIX + "(\\d{10,})_[0-9a-f]+");
    /** Longer than any test run (CI stays under 30 minutes). */
    private static final Duration LEFT_OVER_AFTER = Duration.ofHours(3);

    /** How to reach one database: JDBC URL, user and password. */
    public record Database(String url, String user, String password) {
    }

    private static Database server;

    private TestPostgres() {
    }

    /** For a {@code @DynamicPropertySource}: the test's application runs on a new database. */
    public static void useNewDatabase(org.springframework.test.context.DynamicPropertyRegistry registry) {
        Database database = newDatabase();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    public static synchronized Database newDatabase() {
        Database admin = server();
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute(admin, "create database " + name);
        return new Database(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    /**
     * A database of its own for tests that start the application jar (crash, cluster): named
     * {@code prefix + random}; databases of this prefix left by an earlier, killed run are
     * dropped first. The caller drops its database with {@link #drop} when done.
     */
    public static synchronized Database newDatabase(String prefix) {
        if (!prefix.matches("tsunagu_[a-z]+_") || PREFIX.equals(prefix)) {
            throw new IllegalArgumentException("a prefix of its own, like tsunagu_crash_: " + prefix);
        }
        Database admin = server();
        dropDatabasesNamed(admin, prefix);
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(admin, "create database " + name);
        return new Database(withDatabase(admin.url(), name), admin.user(), admin.password());
    }

    public static synchronized void drop(Database database) {
        String name = database.url().replaceFirst("^jdbc:postgresql://[^/]+/([^?]*).*$", "$1");
        execute(server(), "drop database if exists " + name + " with (force)");
    }

    /** Whether tests run against a named server (CI) rather than the embedded one. */
    public static boolean usesNamedServer() {
        return System.getenv(URL_VARIABLE) != null && !System.getenv(URL_VARIABLE).isBlank();
    }

    private static Database server() {
        if (server == null) {
            server = usesNamedServer() ? namedServer() : embeddedServer();
            dropDatabasesOfEarlierRuns(server);
        }
        return server;
    }

    private static Database namedServer() {
        String user = System.getenv().getOrDefault("TSUNAGU_TEST_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TSUNAGU_TEST_DB_PASSWORD", "");
        return new Database(System.getenv(URL_VARIABLE), user, password);
    }

    private static Database embeddedServer() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the temporary data directory goes with it
                }
            }));
            return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A CI machine keeps its server between runs; databases of earlier runs are removed here.
     * Only those created more than {@link #LEFT_OVER_AFTER} ago (the name carries its creation
     * second): another test JVM running against the same server at the same time keeps its own.
     */
    private static void dropDatabasesOfEarlierRuns(Database admin) {
        long before = Instant.now().minus(LEFT_OVER_AFTER).getEpochSecond();
        dropDatabasesNamed(admin, PREFIX, name -> createdBefore(name, before));
    }

    /** A name of the older form, without its creation second, counts as left over. */
    static boolean createdBefore(String name, long epochSecond) {
        Matcher matcher = STAMPED.matcher(name);
        return !matcher.matches() || Long.parseLong(matcher.group(1)) < epochSecond;
    }

    private static void dropDatabasesNamed(Database admin, String prefix) {
        dropDatabasesNamed(admin, prefix, name -> true);
    }

    private static void dropDatabasesNamed(Database admin, String prefix, Predicate<String> leftOver) {
        List<String> old = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "select datname from pg_database where datname like '" + prefix + "%'")) {
            while (rows.next()) {
                old.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + admin.url() + " does not answer", e);
        }
        old.stream().filter(leftOver).forEach(name -> execute(admin, "drop database if exists " + name + " with (force)"));
    }

    private static void execute(Database admin, String sql) {
        try (Connection connection = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + admin.url(), e);
        }
    }

    /** jdbc:postgresql://host:port/db?params with db replaced. */
    static String withDatabase(String url, String database) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
    }
}
