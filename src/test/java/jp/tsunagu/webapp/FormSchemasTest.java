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
            for (JsonNode select : components.stream().filter(c -> c.path("key").asText().equals(ActivityForm.KIND.name())).toList()) {
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
        assertThat(components.stream().filter(c -> c.path("key").asText().equals(ActivityForm.KIND.name()))
                .map(c -> c.path("defaultValue").asText()).toList())
                .as("the conference form starts at 退院時カンファレンス").containsExactly(ActivityKind.DISCHARGE_CONFERENCE.name());
    }

    /**
     * Every form that records an activity (it has 内容, {@link ActivityForm#CONTENT}) counts the
     * participants by kind: one number field 0–500 per kind of the table participant_kind as V45
     * fills it, under the kind's label, and offers 「多数」 and online; the single count of before
     * is gone (the write guard would let it in, and nothing would read it).
     */
    @Test
    void everyActivityFormCountsParticipantsByEveryKindAndOffersTasuAndOnline() throws IOException {
        Map<String, String> kinds = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\('([A-Z_]+)',\\s*'([^']+)',\\s*\\d+\\)")
                .matcher(java.nio.file.Files.readString(Path.of("src/main/resources/db/migration/V45__activity_participants.sql")));
        while (row.find()) {
            kinds.put(ActivityForm.PARTICIPANTS_PREFIX + row.group(1), row.group(2));
        }
        assertThat(kinds).hasSize(20).containsEntry("participants_ADVISER", "圏域アドバイザー")
                .containsEntry("participants_FAMILY", "本人・家族");
        int forms = 0;
        for (Path form : FormAndProcessLabelsTest.files("forms", ".form")) {
            List<JsonNode> components = new ArrayList<>();
            collect(FormAndProcessLabelsTest.JSON.readTree(form.toFile()), components);
            if (components.stream().noneMatch(c -> c.path("key").asText().equals(ActivityForm.CONTENT.name()))) {
                continue;
            }
            forms++;
            Map<String, String> counted = new java.util.LinkedHashMap<>();
            components.stream().filter(c -> c.path("key").asText().startsWith(ActivityForm.PARTICIPANTS_PREFIX)).forEach(c -> {
                assertThat(c.path("type").asText()).as(form + " " + c.path("key")).isEqualTo("number");
                assertThat(c.path("validate").path("min").asInt(-1)).as(form + " " + c.path("key")).isZero();
                assertThat(c.path("validate").path("max").asInt()).as(form + " " + c.path("key")).isEqualTo(500);
                counted.put(c.path("key").asText(), c.path("label").asText());
            });
            assertThat(counted).as(form + " participants by kind").containsExactlyEntriesOf(kinds);
            List<String> keys = components.stream().map(c -> c.path("key").asText()).toList();
            assertThat(keys).as(form.toString()).contains(ActivityForm.PARTICIPANTS_MANY.name(), ActivityForm.ONLINE.name(),
                    ActivityForm.PARTICIPANT_ROLES.name()).doesNotContain("participantCount");
        }
        assertThat(forms).as("forms that record an activity").isEqualTo(10);
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
