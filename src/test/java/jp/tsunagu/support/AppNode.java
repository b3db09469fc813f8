package jp.tsunagu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real application jar ({@code target/tsunagu-*.jar}, built by {@code package}) in a JVM of
 * its own on PostgreSQL with the demo accounts, as an operator runs it: only environment
 * variables of the README's configuration table. {@link #kill()} is SIGKILL: no shutdown hook,
 * no graceful stop of the job executor, as when a server loses power.
 */
public final class AppNode implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar and waits until /actuator/health says UP. */
    public static AppNode start(String name, TestPostgres.Database database, Map<String, String> environment) {
        int port = freePort();
        Path log = Path.of("target", "app-nodes", name + "-" + System.currentTimeMillis() + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Tokyo", "-Dfile.encoding=UTF-8",
                    "-jar", jar().toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
            // the crash and cluster tests count their own requests: no seed cases beside them
            env.put("TSUNAGU_DEMO_SEED", "false");
            env.put("SERVER_PORT", String.valueOf(port));
            env.put("TSUNAGU_DB_URL", database.url());
            env.put("TSUNAGU_DB_USER", database.user());
            env.put("TSUNAGU_DB_PASSWORD", database.password());
            env.put("TSUNAGU_NODE_NAME", name);
            env.put("LOGGING_LEVEL_ROOT", "WARN");
            env.putAll(environment);
            AppNode node = new AppNode(name, port, builder.start(), log);
            node.awaitHealthy(Duration.ofMinutes(3));
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL, and proof that the JVM is gone (exit status 128 + 9). */
    public void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(name + " ends after SIGKILL").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(process.exitValue()).as(name + " was killed by SIGKILL").isEqualTo(137);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(timeout);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended during start-up:\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException(name + " not healthy after " + timeout + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("tsunagu-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "target/tsunagu-*.jar not built: these tests run in `./mvnw verify` after `package`"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Environment variables as name, value pairs. */
    public static Map<String, String> env(String... nameValuePairs) {
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            env.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return env;
    }
}
