package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * What Tasklist says to people, computed by our tsunagu/tasklist-text.js (a refused form's
 * Japanese sentence without Camunda's English and ids; due dates as 12月10日(木)), tested as
 * JavaScript: Node's test runner runs src/test/js/tasklist-text.test.mjs against the module as the
 * application serves it. Node is the one .ci/run already needs for the BPMN lint: on CI
 * ({@code CI=true}) a missing Node fails the test; on a machine with only a JDK it is skipped with
 * one line saying what to install, as the browser tests are without Chromium.
 */
class TasklistTextTest {

    static final String NODE = System.getProperty("tsunagu.node", "node");
    static final Path TESTS = Path.of("src", "test", "js", "tasklist-text.test.mjs");

    @Test
    void theScriptsOwnTestsPassUnderNode() throws IOException, InterruptedException {
        assertThat(TESTS).exists();
        ProcessBuilder builder = new ProcessBuilder(NODE, "--test", TESTS.toString()).redirectErrorStream(true);
        // dates are read and written in the browser's time zone: an office in Aomori
        builder.environment().put("TZ", "Asia/Tokyo");
        Process node;
        try {
            node = builder.start();
        } catch (IOException missing) {
            String hint = "Node.js not found (" + NODE + "): apt-get install -y nodejs, or -Dtsunagu.node=/path/to/node";
            if (RequiresChromium.Condition.onCi()) {
                throw new IllegalStateException(hint, missing);
            }
            System.out.println("SKIPPED TasklistTextTest: " + hint + " (required when CI=true).");
            org.junit.jupiter.api.Assumptions.abort(hint);
            return;
        }
        Path log = Files.createTempFile("tasklist-text-", ".log");
        try {
            Files.copy(node.getInputStream(), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(node.exitValue()).as(output).isZero();
            assertThat(output).as(output).contains("# fail 0").containsPattern("# pass [1-9]\\d*");
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
