package jp.tsunagu.process;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.dispatch.DispatchRequestRepository;
import jp.tsunagu.support.RestDriver;

/**
 * One request, one instance: a client's request id sent twice (even at the same moment) and a
 * start form sent twice by the same person (Tasklist double click) start one dispatch request.
 */
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tsunagu.start.duplicate-window=PT1M")
@ActiveProfiles({"test", "demo"})
class IdempotentStartRestTest {

    static final String START = "/engine-rest/process-definition/key/adviser-dispatch/start";
    static final String SUBMIT_FORM = "/engine-rest/process-definition/key/adviser-dispatch/submit-form";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    DispatchRequestRepository requests;

    RestDriver driver() {
        return new RestDriver(rest);
    }

    static Map<String, Object> request(String detail, Object... more) {
        Map<String, Object> variables = new HashMap<>(variables(
                "municipalityCode", "022080", "requestKind", "ACCOMPANY",
                "requestDetail", detail, "wishedDate", TODAY.plusDays(7).toString()));
        variables.putAll(variables(more));
        return variables;
    }

    @Test
    void theSameClientRequestIdTwiceStartsOneInstanceAndAnswersWithIt() {
        long before = requests.count();
        Map<String, Object> body = Map.of("variables", request("同行訪問の依頼", "clientRequestId", "muni-022080-0001"));
        Map<String, Object> first = driver().post("muni.022080", START, body, HttpStatus.OK);
        Map<String, Object> again = driver().post("muni.022080", START, body, HttpStatus.OK);

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(again.get("businessKey")).isEqualTo(first.get("businessKey")).asString().matches("DSP-\\d{4}-\\d{4}");
        assertThat(again.get("duplicate")).isEqualTo(true);
        assertThat(requests.count()).isEqualTo(before + 1);
        assertThat(runtime.createProcessInstanceQuery().variableValueEquals("clientRequestId", "muni-022080-0001").count())
                .isEqualTo(1);
    }

    @Test
    void eightClientsSendingTheSameIdAtOnceGetOneInstance() throws Exception {
        long before = requests.count();
        Map<String, Object> body = Map.of("variables", request("同時送信の依頼", "clientRequestId", "burst-0001"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Callable<ResponseEntity<Map<String, Object>>> call = () -> driver().send("center", HttpMethod.POST, START, body);
                answers.add(pool.submit(call));
            }
            List<Object> ids = new ArrayList<>();
            for (Future<ResponseEntity<Map<String, Object>>> answer : answers) {
                ResponseEntity<Map<String, Object>> response = answer.get();
                // 200 with the one instance; 409 only while the first start had not committed yet.
                assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isIn(200, 409);
                if (response.getStatusCode() == HttpStatus.OK) {
                    ids.add(response.getBody().get("id"));
                } else {
                    assertThat(response.getBody().get("message")).asString().contains("処理しています");
                }
            }
            assertThat(ids).isNotEmpty().allMatch(id -> id.equals(ids.get(0)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(requests.count()).isEqualTo(before + 1);
    }

    @Test
    void aStartFormSentTwiceByTheSamePersonIsOneRequest() {
        long before = requests.count();
        // What Tasklist's start form sends (no client id): the second click sends the same content.
        Map<String, Object> form = Map.of("variables", request("ケース会議への参加をお願いしたい。"));
        Map<String, Object> first = driver().post("muni.022080", SUBMIT_FORM, form, HttpStatus.OK);
        Map<String, Object> second = driver().post("muni.022080", SUBMIT_FORM, form, HttpStatus.OK);
        assertThat(second.get("id")).isEqualTo(first.get("id"));
        assertThat(requests.count()).isEqualTo(before + 1);

        // Something else entered, or the same thing by another person, is a request of its own.
        driver().post("muni.022080", SUBMIT_FORM, Map.of("variables", request("ケース会議（別のお子さん）")), HttpStatus.OK);
        driver().post("center", SUBMIT_FORM, form, HttpStatus.OK);
        assertThat(requests.count()).isEqualTo(before + 3);
    }

    @Test
    void aClientRequestIdWithSpacesOrQuotesIsRefused() {
        long before = requests.count();
        ResponseEntity<Map<String, Object>> answer = driver().send("center", HttpMethod.POST, START,
                Map.of("variables", request("依頼", "clientRequestId", "abc'; drop table x")));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody().get("message")).asString().contains("クライアント要求ID");
        assertThat(requests.count()).isEqualTo(before);
    }
}
