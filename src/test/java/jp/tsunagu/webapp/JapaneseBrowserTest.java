package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Without Chromium the browser tests say how to install it: on CI they run and fail with the
 * install command, elsewhere they are skipped with one line that names it.
 */
class JapaneseBrowserTest {

    @Test
    void aMissingBrowserFailsWithTheInstallCommand() {
        assertThatThrownBy(() -> JapaneseBrowser.requireExecutables(List.of(Path.of("/nonexistent/chromium"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium not found")
                .hasMessageContaining("apt-get install -y chromium chromium-driver fonts-ipafont-gothic");
    }

    @Test
    void withoutChromiumTheBrowserTestsRunOnCiAndAreSkippedWithTheInstallLineElsewhere() {
        assertThat(RequiresChromium.Condition.evaluate(false, true, "DispatchInTheBrowserTest").isDisabled()).isFalse();
        assertThat(RequiresChromium.Condition.evaluate(true, false, "DispatchInTheBrowserTest").isDisabled()).isFalse();
        var skipped = RequiresChromium.Condition.evaluate(false, false, "DispatchInTheBrowserTest");
        assertThat(skipped.isDisabled()).isTrue();
        assertThat(skipped.getReason()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("SKIPPED DispatchInTheBrowserTest").contains("apt-get install -y chromium chromium-driver")
                .doesNotContain("\n"));
    }
}
