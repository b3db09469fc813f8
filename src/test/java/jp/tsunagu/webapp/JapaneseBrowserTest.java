package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Without Chromium the browser tests fail and say how to install it; they never skip. */
class JapaneseBrowserTest {

    @Test
    void aMissingBrowserFailsWithTheInstallCommand() {
        assertThatThrownBy(() -> JapaneseBrowser.requireExecutables(List.of(Path.of("/nonexistent/chromium"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/chromium not found")
                .hasMessageContaining("apt-get install -y chromium chromium-driver fonts-ipafont-gothic");
    }
}
