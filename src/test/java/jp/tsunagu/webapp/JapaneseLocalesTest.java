package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Our ja.json of each Camunda web app against the en.json of the webjar we run: a Camunda upgrade
 * that adds or changes labels fails here instead of showing English (or raw keys) to our users.
 */
class JapaneseLocalesTest {

    /** Labels that stay as they are in Japanese too: codes, file formats, comparison signs, a product name. */
    static final Set<String> NOT_TRANSLATED = Set.of("", "OK", " OK", "ID", "ID*", "CSV", "JSON", "Optimize",
            "YYYY-MM-DDTHH:mm:ss", "<", "<=", ">", ">=");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyKeyOfTheWebjarsEnglishFileIsTranslatedWithTheSamePlaceholders(String app) {
        JsonNode en = CamundaLocales.json(CamundaLocales.fromWebjar(app, "locales/en.json"));
        JsonNode ja = CamundaLocales.json(CamundaLocales.ours(app, "locales/ja.json"));

        assertThat(CamundaLocales.leaves(en)).as("the webjar's " + app + " en.json was read").hasSizeGreaterThan(100);
        assertThat(CamundaLocales.problems(en, ja)).as(app + " ja.json against the webjar's en.json").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelIsWrittenInJapanese(String app) {
        JsonNode en = CamundaLocales.json(CamundaLocales.fromWebjar(app, "locales/en.json"));
        JsonNode ja = CamundaLocales.json(CamundaLocales.ours(app, "locales/ja.json"));

        Map<String, String> english = leafTexts(en.get("labels"));
        Map<String, String> notJapanese = leafTexts(ja.get("labels")).entrySet().stream()
                .filter(label -> !CamundaLocales.JAPANESE.matcher(label.getValue()).find())
                .filter(label -> !NOT_TRANSLATED.contains(label.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(notJapanese).as(app + " labels left in English").isEmpty();
        assertThat(english).as("the webjar's labels").containsKey("PAGE_LOGIN_PASSWORD");
        assertThat(ja.at("/labels/PAGE_LOGIN_PASSWORD").asText()).isEqualTo("パスワード");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAreWrittenTheJapaneseWay(String app) {
        JsonNode dates = CamundaLocales.json(CamundaLocales.ours(app, "locales/ja.json")).get("dateLocales");

        // 2026/04/01, 2026年4月1日 水曜日 09:30; weeks start on Sunday as on Japanese calendars.
        assertThat(dates.at("/longDateFormat/L").asText()).isEqualTo("YYYY/MM/DD");
        assertThat(dates.at("/longDateFormat/LLLL").asText()).isEqualTo("YYYY年M月D日 dddd HH:mm");
        assertThat(dates.at("/months/3").asText()).isEqualTo("4月");
        assertThat(dates.at("/weekdays/3").asText()).isEqualTo("水曜日");
        assertThat(dates.at("/week/dow").asInt(-1)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theAppOffersJapaneseAndFallsBackToIt(String app) {
        String config = CamundaLocales.ours(app, "scripts/config.js");

        assertThat(config).containsPattern("availableLocales:\\s*\\['ja'")
                .containsPattern("fallbackLocale:\\s*'ja'")
                .containsPattern("vendor:\\s*'つなぐ'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theCamunda8MigrationBannerIsHidden(String app) {
        assertThat(CamundaLocales.ours(app, "styles/user-styles.css"))
                .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none;");
    }

    @Test
    void theComparisonReportsMissingKeysChangedPlaceholdersAndLostMarkup() {
        JsonNode en = CamundaLocales.json("\uFEFF{\"labels\": {\"A\": \"Hello {{name}}\", \"B\": \"Bye\","
                + " \"C\": \"see <a href=\\\"x\\\">this</a>\"}, \"dateLocales\": {\"months\": [\"January\"]}}");
        JsonNode ja = CamundaLocales.json("{\"labels\": {\"A\": \"{{user}} さん\", \"C\": \"こちら\"},"
                + " \"dateLocales\": {\"months\": [\"1月\"]}}");

        assertThat(CamundaLocales.problems(en, ja)).containsExactlyInAnyOrder(
                "labels.A: placeholders [name] became [user]",
                "labels.B: missing",
                "labels.C: markup [</a>, <a href=\"x\">] became []");
        assertThat(CamundaLocales.problems(en, CamundaLocales.json("{\"labels\": {\"A\": \"{{ name }} さん\","
                + " \"B\": \"さようなら\", \"C\": \"<a href=\\\"x\\\">こちら</a>\"}, \"dateLocales\": {\"months\": [\"1月\"]}}")))
                .isEmpty();
    }

    private static Map<String, String> leafTexts(JsonNode node) {
        return CamundaLocales.leaves(node).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().asText()));
    }
}
