package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The link to the family's copy of the evacuation plan opens in a new tab, so Tasklist and the
 * half-filled form stay where they were (issue 24). form-js keeps target="_blank" on a text
 * component's link (its sanitizer allows only that target, and adds rel="noopener").
 */
class PrintablePlanLinkTest {

    @Test
    void everyLinkToThePrintablePlanOpensInANewTab() throws IOException {
        List<String> links = new ArrayList<>();
        for (Path form : FormAndProcessLabelsTest.files("forms", ".form")) {
            for (JsonNode component : FormAndProcessLabelsTest.JSON.readTree(form.toFile()).path("components")) {
                String text = component.path("text").asText("");
                if (text.contains("{{printablePlan}}")) {
                    links.add(form.getFileName() + ": " + text);
                }
            }
        }
        assertThat(links).as("the evacuation forms link to the plan").hasSizeGreaterThanOrEqualTo(9);
        assertThat(links).allSatisfy(link -> assertThat(link)
                .contains("<a href=\"{{printablePlan}}\" target=\"_blank\" rel=\"noopener\">", "新しいタブ")
                .doesNotContain("]({{printablePlan}})"));
    }

    @Test
    void formJsKeepsANewTabTargetOnATextLink() {
        String formJs = CamundaLocales.fromWebjar("META-INF/resources/webjars/camunda/lib/deps.js");

        assertThat(formJs).as("form-js's sanitizer: target only as _blank, then with rel=noopener")
                .contains("(\"target\"!==t||\"_blank\"===n)")
                .contains("\"a\"===t&&\"_blank\"===e.getAttribute(\"target\")&&\"noopener\"!==e.getAttribute(\"rel\")");
    }
}
