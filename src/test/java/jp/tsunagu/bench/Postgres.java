package jp.tsunagu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the benchmark: its own databases (tsunagu_bench_*), and the counters
 * of pg_stat_database that say how many commits and writing transactions some work needed.
 */
record Postgres(String host, int port, String user) {

    static final String PREFIX = "tsunagu_bench_";

    /** Commits of one database, and transaction ids handed out by the whole server. */
    record Counters(long commits, long nextXid) {
    }

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A fresh, empty database of this benchmark (dropped first if an earlier run left it). */
    String recreate(String suffix) {
        String name = PREFIX + suffix;
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + name + " on " + url("postgres"), e);
        }
        return name;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), user, "");
    }

    /**
     * Committed transactions of the database (every commit, reading or writing) and the next
     * transaction id: PostgreSQL gives an id only to a transaction that writes, so the difference
     * of two readings counts writing transactions. Ids are server-wide, so another database's
     * writes at the same time count too: the figure is an upper bound on a shared server.
     * The reading itself runs in the database {@code postgres}, so it adds nothing.
     */
    Counters counters(String database) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select (select xact_commit from pg_stat_database where datname = '"
                        + database + "'), txid_snapshot_xmax(txid_current_snapshot())")) {
            row.next();
            return new Counters(row.getLong(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the statistics of the database have settled (backends flush them about once a second). */
    Counters settled(String database) {
        Counters last = counters(database);
        for (int i = 0; i < 20; i++) {
            sleep(600);
            Counters now = counters(database);
            // the job executor's idle polling adds a commit now and then; that is noise, not work
            if (now.commits() - last.commits() <= 2) {
                return now;
            }
            last = now;
        }
        return last;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
