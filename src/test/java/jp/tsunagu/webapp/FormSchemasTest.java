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

import jp.tsunagu.activity.ActivityForm;
import jp.tsunagu.activity.ActivityKind;

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

    /**
     * The forms offer the kinds of activity the reports know, under the same Japanese names:
     * a kind missing from a form (退院時カンファレンス once was) cannot be recorded from Tasklist.
     */
    @Test
    void everyActivityKindSelectOffersExactlyTheKindsOfActivityRecords() throws IOException {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        for (ActivityKind kind : ActivityKind.values()) {
            kinds.put(kind.name(), kind.label());
        }
        int selects = 0;
        for (Path form : FormAndProcessLabelsTest.files("forms", ".form")) {
            List<JsonNode> components = new ArrayList<>();
            collect(FormAndProcessLabelsTest.JSON.readTree(form.toFile()), components);
            for (JsonNode select : components.stream().filter(c -> c.path("key").asText().equals(ActivityForm.KIND)).toList()) {
                Map<String, String> offered = new java.util.LinkedHashMap<>();
                select.path("values").forEach(value -> offered.put(value.path("value").asText(), value.path("label").asText()));
                assertThat(offered).as(form + " activity kinds").containsExactlyInAnyOrderEntriesOf(kinds);
                selects++;
            }
        }
        assertThat(selects).as("forms that record an activity").isGreaterThanOrEqualTo(7);
        JsonNode conference = FormAndProcessLabelsTest.JSON.readTree(Path.of("forms", "discharge-conference.form").toFile());
        List<JsonNode> components = new ArrayList<>();
        collect(conference, components);
        assertThat(components.stream().filter(c -> c.path("key").asText().equals(ActivityForm.KIND))
                .map(c -> c.path("defaultValue").asText()).toList())
                .as("the conference form starts at 退院時カンファレンス").containsExactly(ActivityKind.DISCHARGE_CONFERENCE.name());
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
