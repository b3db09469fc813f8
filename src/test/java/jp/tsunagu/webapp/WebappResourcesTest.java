package jp.tsunagu.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running application serves our Japanese files, not the webjar's under the same path: the
 * browser gets our config.js, ja.json and stylesheet, decoded as UTF-8.
 */
// The REST API finds its engine in Camunda's static registry: one application context at a time.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class WebappResourcesTest {

    @Autowired
    TestRestTemplate rest;

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void ourConfigurationWinsOverTheWebjars(String app) {
        ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);

        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).isEqualTo(CamundaLocales.ours(app, "scripts/config.js"))
                .isNotEqualTo(CamundaLocales.fromWebjar(app, "scripts/config.js"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theJapaneseLabelsAreServedAsUtf8(String app) {
        ResponseEntity<String> labels = rest.getForEntity("/camunda/app/" + app + "/locales/ja.json", String.class);

        assertThat(labels.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(labels.getHeaders().getContentType()).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue());
        assertThat(CamundaLocales.json(labels.getBody()).at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText())
                .isEqualTo("ログイン");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theStylesheetThatHidesTheMigrationBannerIsServed(String app) {
        ResponseEntity<String> styles = rest.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);

        assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(styles.getBody()).contains(".ce-eol-banner").contains("display: none");
    }
}
