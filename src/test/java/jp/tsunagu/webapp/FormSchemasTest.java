package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What makes form-js refuse a whole form in Tasklist: it throws on a component id used twice,
 * and the task then shows no form at all (evacuation-first-meeting did, seen in the browser).
 */
class FormSchemasTest {

    @Test
    void everyComponentIdAndKeyIsUsedOncePerForm() throws IOException {
        for (Path form : FormAndProcessLabelsTest.files("forms", ".form")) {
            List<JsonNode> components = new ArrayList<>();
            collect(FormAndProcessLabelsTest.JSON.readTree(form.toFile()), components);

            assertThat(repeated(components, component -> component.path("id").asText())).as(form + " ids").isEmpty();
            assertThat(repeated(components.stream().filter(component -> component.has("key")).toList(),
                    component -> component.path("key").asText())).as(form + " keys").isEmpty();
        }
    }

    private static void collect(JsonNode parent, List<JsonNode> components) {
        for (JsonNode component : parent.path("components")) {
            components.add(component);
            collect(component, components);
        }
    }

    private static List<String> repeated(List<JsonNode> components, Function<JsonNode, String> property) {
        Map<String, Long> counts = components.stream().collect(Collectors.groupingBy(property, Collectors.counting()));
        return counts.entrySet().stream().filter(count -> count.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
    }
}
