package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A browser-like session of Camunda's web apps: cookies and the XSRF token, as Tasklist keeps them. */
public final class WebappSession {

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebappSession(TestRestTemplate rest) {
        this.rest = rest;
    }

    /** Opens Tasklist as a browser would: the session and the XSRF token cookie. */
    static WebappSession open(TestRestTemplate rest) {
        WebappSession session = new WebappSession(rest);
        session.keep(rest.getForEntity("/camunda/app/tasklist/default/", String.class));
        assertThat(session.cookies).as("the CSRF filter hands out its token").containsKey("XSRF-TOKEN");
        return session;
    }

    /** Logs in to Tasklist as its login page does (the login itself carries the token). */
    public static WebappSession logIn(TestRestTemplate rest, String user, String password) {
        WebappSession session = open(rest);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", password);
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, session.cookieHeader());
        headers.add("X-XSRF-TOKEN", session.cookies.get("XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
        session.keep(login);
        return session;
    }

    String cookieHeader() {
        List<String> pairs = new ArrayList<>();
        cookies.forEach((name, value) -> pairs.add(name + "=" + value));
        return String.join("; ", pairs);
    }

    /** A POST with the session's cookies but without the X-XSRF-TOKEN header a page would add. */
    ResponseEntity<String> post(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    }

    public ResponseEntity<String> get(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader());
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        keep(answer);
        return answer;
    }

    /** A GET with the Accept header Tasklist sends (application/hal+json for tasks, with their people and groups). */
    public ResponseEntity<String> get(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader());
        headers.add(HttpHeaders.ACCEPT, accept);
        ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        keep(answer);
        return answer;
    }

    /** A form POST as a page would send it, with the session's cookies. */
    public ResponseEntity<String> postForm(String path, org.springframework.util.MultiValueMap<String, String> form) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookieHeader());
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    @Override
    public String toString() {
        return cookies.toString();
    }

    private void keep(ResponseEntity<?> answer) {
        for (String header : answer.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }
}
