package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static jp.tsunagu.support.RestDriver.variables;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.routing.Routing;
import jp.tsunagu.support.RestDriver;

/** /municipalities: an administrator changes a municipality's region, and routing follows it. */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MunicipalityRegionsPageTest {

    static final String MUTSU_REGION = "/municipalities/022080/region";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    Routing routing;

    @Test
    void anAdministratorMovesMutsuToTsugaruAndTheNextRequestGoesToTsugarusAdvisers() {
        RestDriver driver = new RestDriver(rest);
        ResponseEntity<String> page = rest.withBasicAuth("admin", "admin").getForEntity("/municipalities", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("市町村と圏域", "むつ市", "下北");

        assertThat(post("admin", "regionId", "nowhere").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("admin", "regionId", "nowhere").getBody()).contains("圏域「nowhere」はありません");
        assertThat(routing.regionOf("022080").getId()).isEqualTo("shimokita");

        assertThat(post("admin", "regionId", "tsugaru").getStatusCode().isError()).as("saved, back to the list").isFalse();
        assertThat(routing.regionOf("022080").getId()).isEqualTo("tsugaru");
        Map<String, Object> started = driver.start("muni.022080", ProcessKeys.ADVISER_DISPATCH,
                variables("municipalityCode", "022080", "requestKind", "OTHER", "requestDetail", "相談したい。",
                        "wishedDate", LocalDate.now().plusDays(7).toString()), HttpStatus.OK);
        String instance = (String) started.get("id");
        driver.complete("center", driver.task("center", instance, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        Map<String, Object> acceptance = driver.task("center", instance, "UserTask_AdviserAcceptance");
        assertThat(driver.candidateGroups("center", acceptance)).containsExactly("adviser-tsugaru");
        assertThat(driver.get("prefecture", "/audit").getBody()).contains("圏域の変更: 下北 → 津軽")
                .doesNotContain("圏域の変更: shimokita");
    }

    @Test
    void onlyAdministratorsMayAndABrowserSessionNeedsThePagesToken() {
        assertThat(rest.withBasicAuth("center", "demo").getForEntity("/municipalities", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("muni.022080", "regionId", "aomori").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        org.springframework.http.HttpHeaders crossSite = new org.springframework.http.HttpHeaders();
        crossSite.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        crossSite.add("Origin", "https://evil.example");
        MultiValueMap<String, String> evil = new LinkedMultiValueMap<>();
        evil.add("regionId", "hachinohe");
        assertThat(rest.withBasicAuth("admin", "admin").exchange("/municipalities/022012/region",
                org.springframework.http.HttpMethod.POST, new org.springframework.http.HttpEntity<>(evil, crossSite),
                String.class).getStatusCode()).as("another site's form with the browser's cached Basic login")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(routing.regionOf("022012").getId()).isEqualTo("aomori");

        WebappSession admin = WebappSession.logIn(rest, "admin", "admin");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("regionId", "hachinohe");
        assertThat(admin.postForm("/municipalities/022012/region", form).getStatusCode())
                .as("a cross-site form riding on the admin's login").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(routing.regionOf("022012").getId()).isNotEqualTo("hachinohe");

        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(admin.get("/municipalities").getBody());
        assertThat(token.find()).isTrue();
        form.add("_csrf", token.group(1));
        assertThat(admin.postForm("/municipalities/022012/region", form).getStatusCode().isError()).isFalse();
        assertThat(routing.regionOf("022012").getId()).isEqualTo("hachinohe");
    }

    private ResponseEntity<String> post(String user, String name, String value) {
        return new RestDriver(rest).postForm(user, MUTSU_REGION, name, value);
    }
}
