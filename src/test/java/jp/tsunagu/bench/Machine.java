package jp.tsunagu.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The machine the numbers come from, and this JVM's memory. */
final class Machine {

    /** Cores, CPU, memory, Java and PostgreSQL versions. */
    record Description(int cores, String cpu, long memoryMb, String java, String postgres) {
    }

    /** Heap used after a full collection, heap committed, and the process's resident set. */
    record Memory(long heapUsedMb, long heapCommittedMb, long heapMaxMb, long rssMb) {
    }

    private Machine() {
    }

    static Description describe(Postgres server) {
        String postgres;
        try (Connection connection = server.connect("postgres"); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select version()")) {
            row.next();
            postgres = row.getString(1);
        } catch (SQLException e) {
            postgres = "unknown: " + e.getMessage();
        }
        return new Description(Runtime.getRuntime().availableProcessors(), procLine("/proc/cpuinfo", "model name"),
                procNumber("/proc/meminfo", "MemTotal") / 1024, System.getProperty("java.vm.name") + " "
                + System.getProperty("java.version"), postgres);
    }

    static Memory memory() {
        System.gc();
        Postgres.sleep(500);
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Memory(heap.getUsed() >> 20, heap.getCommitted() >> 20, heap.getMax() >> 20,
                procNumber("/proc/self/status", "VmRSS") / 1024);
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The number in "Key:   1234 kB" lines of /proc files (kB). */
    private static long procNumber(String file, String key) {
        String value = procLine(file, key).replaceAll("[^0-9]", "");
        return value.isEmpty() ? -1 : Long.parseLong(value);
    }
}
