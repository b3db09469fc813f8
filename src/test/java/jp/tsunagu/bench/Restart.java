package jp.tsunagu.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.TsunaguApplication;

/**
 * Start-up as an operator sees it: a new JVM running the application on a database that already
 * has its schema and data, from process start until /actuator/health answers; and that process's
 * resident memory once it is idle.
 */
final class Restart {

    /** Seconds from process start to health answering, and the idle process's RSS. */
    record Result(double secondsToReady, long idleRssMb) {
    }

    private Restart() {
    }

    static Result measure(Postgres server, String database) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xmx") || argument.startsWith("-D")).forEach(command::add);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), TsunaguApplication.class.getName(),
                "--spring.profiles.active=postgres,demo", "--spring.datasource.url=" + server.url(database),
                "--spring.datasource.username=" + server.user(), "--spring.datasource.password=",
                "--server.port=" + port, "--logging.level.root=WARN"));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Process process = null;
        try {
            long started = System.nanoTime();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "tsunagu-bench-restart.log")).start();
            while (!answers(client, health)) {
                if (!process.isAlive() || System.nanoTime() - started > Duration.ofMinutes(3).toNanos()) {
                    throw new IllegalStateException("the application did not start; see the restart log in " 
                            + System.getProperty("java.io.tmpdir"));
                }
                Postgres.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Postgres.sleep(10_000);
            long rss = Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS")).map(line -> line.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong).findFirst().orElse(-1) / 1024;
            System.out.printf("bench: a new JVM was ready in %.1f s; idle RSS %d MB%n", seconds, rss);
            return new Result(seconds, rss);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (process != null) {
                process.destroy();
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static boolean answers(HttpClient client, HttpRequest health) {
        try {
            return client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
