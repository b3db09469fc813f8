package jp.tsunagu.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import org.camunda.bpm.engine.ProcessEngine;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowDriver;
import jp.tsunagu.support.RestDriver;

/**
 * Without {@code spring.mail.host} (every other test, and a default run) mail is off: no mail
 * sender, no scheduled sender or scan, no outbox row for a task that arrives, and the settings
 * page says so.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class MailOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @Test
    void withoutAMailHostNothingIsWrittenOrSentAndThePageSaysSo() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DigestSender.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DueDateScan.class)).isEmpty();

        FlowDriver driver = new FlowDriver(engine);
        String instance = driver.as("muni.022080", () -> engine.getRuntimeService().startProcessInstanceByKey(
                ProcessKeys.ADVISER_DISPATCH, Map.of("municipalityCode", "022080", "requestKind", "OTHER",
                        "requestDetail", "問い合わせ", "wishedDate", java.time.LocalDate.now().plusDays(10).toString()))).getId();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("center", RestDriver.passwordOf("center"));
        ResponseEntity<String> page = rest.exchange("/settings/mail", HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(page.getBody()).contains("id=\"mail-off\"", "メールの送信が設定されていません", "center@example.jp");
    }
}
