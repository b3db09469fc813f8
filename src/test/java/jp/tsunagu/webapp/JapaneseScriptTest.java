package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The dictionary of japanese.js without a browser: it is there, every entry says something in
 * Japanese, and every English entry is still written in the templates of the webjar we run (a
 * Camunda upgrade that rewords one shows here, not as English on a user's screen).
 */
class JapaneseScriptTest {

    /** Where Camunda 7.24 keeps its page templates: each app's bundle, its plugins, and bpmn-js. */
    static final List<String> WEBJAR_CODE = List.of(
            CamundaLocales.path("tasklist", "camunda-tasklist-bootstrap.js"),
            CamundaLocales.path("cockpit", "camunda-cockpit-bootstrap.js"),
            CamundaLocales.path("admin", "camunda-admin-bootstrap.js"),
            CamundaLocales.path("welcome", "camunda-welcome-bootstrap.js"),
            "META-INF/resources/plugin/tasklist/app/plugin.js",
            "META-INF/resources/plugin/cockpit/app/plugin.js",
            "META-INF/resources/plugin/admin/app/plugin.js",
            "META-INF/resources/webjars/camunda/lib/deps.js");

    @Test
    void theDictionaryHasTheWordsTheAuditFoundAndJapaneseForEach() {
        Map<String, Map<String, String>> words = JapaneseScript.camundaWords();

        assertThat(words).containsOnlyKeys("text", "attributes.title", "attributes.placeholder");
        assertThat(words.get("text")).containsKeys("Actions", "Download", "Upload", "Loading diagram",
                "Select all", "Unselect all");
        assertThat(words.get("attributes.title")).containsKeys("zoom in", "zoom out", "reset zoom");
        words.forEach((section, pairs) -> {
            assertThat(pairs).as(section).isNotEmpty();
            pairs.forEach((english, japanese) -> {
                assertThat(english).as(section + ": the English").containsPattern("[A-Za-z]")
                        .doesNotContainPattern(CamundaLocales.JAPANESE);
                assertThat(japanese).as(section + ": '" + english + "' in Japanese")
                        .containsPattern(CamundaLocales.JAPANESE);
            });
        });
    }

    @Test
    void wordsTranslatedOnlyInsideAnElementAreInTheDictionary() {
        Map<String, String> onlyInside = JapaneseScript.object(JapaneseScript.source(), "ONLY_INSIDE").get("");

        assertThat(onlyInside).containsEntry("null", ".null-value");
        assertThat(JapaneseScript.camundaWords().get("text")).containsKeys(onlyInside.keySet().toArray(String[]::new));
    }

    @Test
    void everyEnglishEntryIsStillInTheWebjarsTemplates() {
        String code = WEBJAR_CODE.stream().map(CamundaLocales::fromWebjar).collect(Collectors.joining("\n"));
        Map<String, Map<String, String>> words = JapaneseScript.camundaWords();

        assertThat(code).as("the webjar's code was read").hasSizeGreaterThan(1_000_000);
        for (String text : words.get("text").keySet()) {
            // A template writes the < and > of its text as entities.
            assertThat(code).as("text " + text).contains(text.replace("<", "&lt;").replace(">", "&gt;"));
        }
        words.forEach((section, pairs) -> {
            if (section.startsWith("attributes.")) {
                String attribute = section.substring("attributes.".length());
                for (String value : pairs.keySet()) {
                    // In the bundles a template is a JS string, in single quotes or in escaped double ones.
                    assertThat(code).as(attribute + "=" + value)
                            .containsAnyOf(attribute + "=\"" + value + "\"", attribute + "=\\\"" + value + "\\\"");
                }
            }
        });
    }

    /**
     * form-js 1.x writes "Select" into a select with nothing chosen (no option changes it);
     * japanese.js shows 「選択してください」 there, and only inside that placeholder.
     */
    @Test
    void anEmptySelectReadsSentakuShiteKudasaiAndFormJsStillWritesSelectThere() {
        String script = JapaneseScript.source();
        Map<String, String> placeholder = JapaneseScript.object(script, "SELECT_PLACEHOLDER").get("");

        assertThat(placeholder).containsExactly(Map.entry("Select", "選択してください"));
        assertThat(script).contains("const SELECT_PLACEHOLDER_INSIDE = '.fjs-select-placeholder';");
        String formJs = CamundaLocales.fromWebjar("META-INF/resources/webjars/camunda/lib/deps.js");
        assertThat(formJs).as("form-js's select display: the placeholder class and its English")
                .contains("\"fjs-select-placeholder\":!").contains("||\"Select\"})");
    }

    @Test
    void aLineOfAnotherShapeFailsTheReadingInsteadOfBeingSkipped() {
        String good = "x();\nconst WORDS = {\n  text: {\n    // why\n    'It\\'s': 'それ',\n    'Go': '行く'\n  }\n};\n";
        String bad = "const WORDS = {\n  text: {\n    Go: '行く'\n  }\n};\n";

        assertThat(JapaneseScript.object(good, "WORDS")).isEqualTo(Map.of("text", Map.of("It's", "それ", "Go", "行く")));
        assertThatThrownBy(() -> JapaneseScript.object(bad, "WORDS")).hasMessageContaining("Go: '行く'");
        assertThatThrownBy(() -> JapaneseScript.object(good, "OTHER")).hasMessageContaining("no OTHER object");
    }
}
