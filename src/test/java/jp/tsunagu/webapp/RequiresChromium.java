package jp.tsunagu.webapp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where Debian's Chromium and its driver are installed, and must run on CI
 * ({@code CI=true}, which {@code .ci/run} sets up): there a missing browser fails the test. On
 * any other machine without them they are skipped, with one line on the console saying what to
 * install, so that {@code ./mvnw verify} passes on a machine with only a JDK.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
@interface RequiresChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean present = Files.isExecutable(JapaneseBrowser.CHROMIUM) && Files.isExecutable(JapaneseBrowser.CHROMEDRIVER);
            ConditionEvaluationResult result = evaluate(present, onCi(), context.getDisplayName());
            if (result.isDisabled() && context.getTestMethod().isEmpty()) {
                System.out.println(result.getReason().orElseThrow()); // one line per test class, in the build's output
            }
            return result;
        }

        static ConditionEvaluationResult evaluate(boolean present, boolean ci, String testName) {
            if (present || ci) {
                // on CI without a browser the test runs and fails with JapaneseBrowser's install hint
                return ConditionEvaluationResult.enabled("Chromium at " + JapaneseBrowser.CHROMIUM);
            }
            return ConditionEvaluationResult.disabled("SKIPPED " + testName + ": no Chromium at " + JapaneseBrowser.CHROMIUM
                    + " / " + JapaneseBrowser.CHROMEDRIVER + ". To run the browser tests: sudo apt-get install -y chromium"
                    + " chromium-driver fonts-ipafont-gothic (required when CI=true).");
        }

        static boolean onCi() {
            return "true".equalsIgnoreCase(System.getenv("CI"));
        }
    }
}
