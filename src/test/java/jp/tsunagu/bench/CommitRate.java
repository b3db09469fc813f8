package jp.tsunagu.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What the database server of this machine can commit per second: pgbench's TPC-B-like run with
 * 8 clients when pgbench is installed (each transaction writes 3 updates and 1 insert), else a
 * JDBC loop of one-row inserts, each committed, on 8 connections.
 */
final class CommitRate {

    /** Commits per second and how they were measured. */
    record Result(double commitsPerSecond, String method) {
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private CommitRate() {
    }

    static Result measure(Postgres server, int seconds) {
        String database = server.recreate("pgbench");
        try {
            return pgbench(server, database, seconds);
        } catch (IOException | IllegalStateException e) {
            System.out.println("bench: pgbench not usable (" + e.getMessage() + "), falling back to a JDBC loop");
            return jdbcLoop(server, database, seconds);
        }
    }

    private static Result pgbench(Postgres server, String database, int seconds) throws IOException {
        List<String> connection = List.of("-h", server.host(), "-p", String.valueOf(server.port()), "-U", server.user());
        run(concat(List.of("pgbench", "-i", "-q", "-s", "10"), connection, database));
        String output = run(concat(List.of("pgbench", "-n", "-c", "8", "-j", "2", "-T", String.valueOf(seconds)),
                connection, database));
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench output: " + output);
        }
        return new Result(Double.parseDouble(tps.group(1)), "pgbench TPC-B-like, scale 10, 8 clients, 2 threads, "
                + seconds + " s");
    }

    private static Result jdbcLoop(Postgres server, String database, int seconds) {
        try (Connection setup = server.connect(database); Statement statement = setup.createStatement()) {
            statement.execute("create table commit_probe (id bigserial primary key, at timestamptz default now())");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong commits = new AtomicLong();
        List<Thread> clients = IntStream.range(0, 8).mapToObj(i -> new Thread(() -> {
            try (Connection connection = server.connect(database);
                    PreparedStatement insert = connection.prepareStatement("insert into commit_probe default values")) {
                connection.setAutoCommit(false);
                while (System.nanoTime() < until) {
                    insert.executeUpdate();
                    connection.commit();
                    commits.incrementAndGet();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return new Result(commits.get() / (double) seconds, "JDBC loop: one-row insert + commit, 8 connections, "
                + seconds + " s");
    }

    private static List<String> concat(List<String> command, List<String> connection, String database) {
        return Stream.of(command, connection, List.of(database)).flatMap(List::stream).toList();
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return output;
    }
}
