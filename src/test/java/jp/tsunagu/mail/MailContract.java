package jp.tsunagu.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.LinkedMultiValueMap;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.EngineClock;
import jp.tsunagu.support.FlowDriver;
import jp.tsunagu.support.RestDriver;

/**
 * Mail when work arrives (issue 24), against an SMTP server running in the test (GreenMail), on
 * H2 ({@link MailTest}) and PostgreSQL ({@link MailPostgresTest}): a task that reaches a group is
 * mailed to its members in Japanese with step, number and link and without any of the child's
 * data or anything typed; one digest per person per hour; due tomorrow and overdue once; the
 * switch on /settings/mail; a mail server that is down loses nothing and blocks no task; two
 * nodes send each digest once. The sender runs on its schedule (every second here) as in
 * production; the engine's clock is fixed, and moved to let an hour pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MailContract {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** A Monday, 10:00 in Aomori: the center's triage of a request made now is due Wednesday 10:00. */
    static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, JAPAN);
    static final String BASE_URL = "https://tsunagu.example.jp";
    static final int SMTP_PORT = freePort();
    static final Duration WAIT = Duration.ofSeconds(20);

    static final String TOWADA = "022063";
    static final String TOWADA_OFFICER = "muni.022063";
    static final String MUTSU = "022080";
    static final String MUTSU_OFFICER = "muni.022080";
    /** What the tests' children and requests carry, none of which may be in a mail. */
    static final List<String> CHILD_AND_TYPED_DATA = List.of("Gさん", "Hさん", "2026-04", "2026年4月", "令和8年4月", "R8.4",
            "人工呼吸器", "経管栄養", "VENTILATOR", "TUBE_FEEDING", "弘前大学", "小児病棟", "0172", "CASE-", "十和田", "むつ市",
            "ケース会議に同席してほしい", "夜間");

    @TestConfiguration
    static class FollowTheEngineClock {
        @Bean
        @Primary
        java.time.Clock engineClock() {
            return new EngineClock();
        }
    }

    /** spring.mail.* for the SMTP server of the test; the sender looks every second. */
    static void mailProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("tsunagu.mail.poll", () -> "PT1S");
        registry.add("tsunagu.mail.base-url", () -> BASE_URL + "/");
        registry.add("tsunagu.mail.from", () -> "tsunagu@example.jp");
        registry.add("tsunagu.cluster.node-name", () -> "node-a");
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DigestSender sender;
    @Autowired
    DueDateScan scan;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDigests digests;
    @Autowired
    MailSettings settings;
    @Autowired
    JavaMailSender mailer;
    @Autowired
    MailProperties properties;
    @Autowired
    PlatformTransactionManager transactions;
    TestRestTemplate rest;

    /** Redirects are looked at, not followed (a saved setting answers 302). */
    @Autowired
    void rest(TestRestTemplate template) {
        this.rest = template.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    FlowDriver driver;
    GreenMail smtp;

    @BeforeEach
    void freshMailboxAndClock() {
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        driver = new FlowDriver(engine);
        smtp = startedSmtp();
        for (String table : List.of("mail_outbox", "mail_digest", "mail_setting", "mail_due_notice")) {
            jdbc.update("delete from " + table);
        }
    }

    @AfterEach
    void stop() {
        smtp.stop();
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    // --- a task arrives ------------------------------------------------------------------------

    @Test
    void aTaskThatReachesAGroupIsMailedInJapaneseWithItsNumberAndLinkAndNoneOfTheChildsData() throws Exception {
        ProcessInstance first = startDischarge(TOWADA, "Gさん");
        Task confirm = taskOf(first);

        MimeMessage mail = awaitMails(TOWADA_OFFICER, 1).get(0);
        String body = textOf(mail);
        assertThat(mail.getSubject()).isEqualTo("【つなぐ】タスクのお知らせ（1件）");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tsunagu@example.jp");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(body).contains("つなぐからのお知らせです。", "■ 新しく届いたタスク（1件）", "・退院の連絡の確認（市町村）",
                "番号 " + first.getBusinessKey(), "業務: 退院から在宅への移行",
                BASE_URL + "/camunda/app/tasklist/default/#/?task=" + confirm.getId(),
                "このメールには、お子さんの情報や入力された内容は書かれていません。", BASE_URL + "/settings/mail");
        assertThat(first.getBusinessKey()).matches("DIS-2026-\\d{4}");
        assertNoChildData(mail);

        // within the hour, what else arrives waits for the next digest
        ProcessInstance second = startDischarge(TOWADA, "Hさん");
        assertThat(sender.sendWaiting()).as("the digest is not due yet").isZero();
        Thread.sleep(2500); // the scheduled sender has looked at least twice
        assertThat(mailsTo(TOWADA_OFFICER)).hasSize(1);
        assertThat(pendingOf(TOWADA_OFFICER)).isEqualTo(1);

        ClockUtil.setCurrentTime(Date.from(MONDAY.plusMinutes(61).toInstant()));
        MimeMessage digest = awaitMails(TOWADA_OFFICER, 2).get(1);
        assertThat(textOf(digest)).contains("番号 " + second.getBusinessKey(), taskOf(second).getId())
                .doesNotContain(first.getBusinessKey());
        assertNoChildData(digest);
        assertThat(pendingOf(TOWADA_OFFICER)).isZero();
    }

    @Test
    void aTaskGivenToAPersonIsMailedToThemButNotWhenTheyTookItThemselves() throws Exception {
        ProcessInstance request = startDispatch("ケース会議に同席してほしい。");
        Task triage = taskOf(request);
        awaitMails("center", 1);
        driver.as("center", () -> {
            tasks.claim(triage.getId(), "center");
            return null;
        });
        assertThat(sender.sendWaiting()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where task_id = ?", Integer.class, triage.getId()))
                .as("taking a task oneself is no news").isEqualTo(1);

        driver.as("center", () -> {
            tasks.setAssignee(triage.getId(), "adviser.shimokita");
            return null;
        });
        MimeMessage mail = awaitMails("adviser.shimokita", 1).get(0);
        assertThat(textOf(mail)).contains("・派遣依頼の受付確認", "番号 " + request.getBusinessKey(), "業務: 圏域アドバイザー派遣申込");
        assertNoChildData(mail);
    }

    // --- due tomorrow, overdue ------------------------------------------------------------------

    @Test
    void aTaskDueTomorrowAndThenOverdueIsAnnouncedOnceEach() throws Exception {
        ProcessInstance request = startDispatch("ケース会議に同席してほしい。");
        Task triage = taskOf(request);
        assertThat(triage.getDueDate().toInstant()).isEqualTo(MONDAY.plusDays(2).toInstant());
        awaitMails("center", 1);

        ClockUtil.setCurrentTime(Date.from(MONDAY.plusDays(1).plusHours(1).toInstant())); // Tuesday 11:00
        scan.scan();
        scan.scan();
        assertThat(notices(triage, MailReason.DUE_TOMORROW)).as("announced once").isEqualTo(1);
        assertThat(notices(triage, MailReason.OVERDUE)).isZero();
        MimeMessage dueTomorrow = awaitMail("center", mail -> textOf(mail).contains("■ 期限が明日のタスク"));
        assertThat(textOf(dueTomorrow)).contains("・派遣依頼の受付確認", "番号 " + request.getBusinessKey(),
                "期限: 令和8年12月2日(水) 10:00", triage.getId());
        assertNoChildData(dueTomorrow);

        ClockUtil.setCurrentTime(Date.from(MONDAY.plusDays(2).plusHours(3).toInstant())); // Wednesday 13:00
        scan.scan();
        scan.scan();
        assertThat(notices(triage, MailReason.OVERDUE)).as("announced once").isEqualTo(1);
        assertThat(notices(triage, MailReason.DUE_TOMORROW)).isEqualTo(1);
        MimeMessage overdue = awaitMail("center", mail -> textOf(mail).contains("■ 期限を過ぎたタスク"));
        assertThat(textOf(overdue)).contains("番号 " + request.getBusinessKey(), triage.getId())
                .doesNotContain("■ 新しく届いたタスク");
        assertNoChildData(overdue);
    }

    // --- switching it off ------------------------------------------------------------------------

    @Test
    void eachPersonSwitchesTheirMailOffAndOnOnTheirOwnPageWithTheTokenAndItIsAudited() throws Exception {
        Session officer = Session.logIn(rest, MUTSU_OFFICER);
        String page = officer.get("/settings/mail").getBody();
        assertThat(page).contains("メール通知の設定", "muni.022080@example.jp", "受け取る", "お子さんの情報や入力された内容は書かれません");
        assertThat(page).as("the person by name, not by user id (issue 24)").contains("<td id=\"user\">むつ市 担当者</td>");

        assertThat(officer.post("/settings/mail", "off", null).getStatusCode()).as("no token")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(settings.receives(MUTSU_OFFICER)).isTrue();
        ResponseEntity<String> saved = officer.post("/settings/mail", "off", officer.token(page));
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(saved.getHeaders().getLocation().toString()).endsWith("/settings/mail?saved");
        assertThat(settings.receives(MUTSU_OFFICER)).isFalse();
        assertThat(officer.get("/settings/mail?saved").getBody()).contains("設定を保存しました。", "<td id=\"state\">受け取らない</td>");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where user_id = ? and subject = ? and detail = ?",
                Integer.class, MUTSU_OFFICER, "メール通知の設定 " + MUTSU_OFFICER, "タスクのお知らせメールを止める"))
                .isEqualTo(1);

        // off: a task for むつ市 brings no mail, and nothing waits to be sent later
        ProcessInstance whileOff = startDischarge(MUTSU, "Gさん");
        assertThat(taskOf(whileOff)).isNotNull();
        sender.sendWaiting();
        Thread.sleep(2500);
        assertThat(mailsTo(MUTSU_OFFICER)).isEmpty();
        assertThat(pendingOf(MUTSU_OFFICER)).isZero();

        assertThat(officer.post("/settings/mail", "on", officer.token(page)).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        ProcessInstance whileOn = startDischarge(MUTSU, "Hさん");
        assertThat(textOf(awaitMails(MUTSU_OFFICER, 1).get(0))).contains(whileOn.getBusinessKey())
                .doesNotContain(whileOff.getBusinessKey());
    }

    @Test
    void thePageIsEveryonesOwnAndRefusesAChangeFromAnotherSiteOrWithoutLogin() {
        Map<String, String> addresses = new LinkedHashMap<>();
        addresses.put(MUTSU_OFFICER, "muni.022080@example.jp");
        addresses.put("coord.shimokita", "coord.shimokita@example.jp");
        addresses.put("adviser.shimokita", "adviser.shimokita@example.jp");
        addresses.put("center", "center@example.jp");
        addresses.put("prefecture", "メールアドレスが登録されていません");
        addresses.put("admin", "メールアドレスが登録されていません");
        // each person's page names them (issue 24): their staff record's name, else their Camunda user's
        Map<String, String> shownAs = Map.of(MUTSU_OFFICER, "むつ市 担当者", "coord.shimokita", "下北圏域コーディネーター",
                "adviser.shimokita", "下北圏域アドバイザー", "center", "支援センター 担当者",
                "prefecture", "青森県障害福祉課 担当者", "admin", "システム 管理者");
        addresses.forEach((user, address) -> {
            ResponseEntity<String> page = basic(user, HttpMethod.GET, null, null);
            assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(user).contains(address, "<td id=\"user\">" + shownAs.get(user) + "</td>")
                    .doesNotContain("<td id=\"user\">" + user + "</td>");
        });
        assertThat(rest.getForEntity("/settings/mail", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        HttpHeaders fromElsewhere = new HttpHeaders();
        fromElsewhere.set("Sec-Fetch-Site", "cross-site");
        assertThat(basic("center", HttpMethod.POST, "off", fromElsewhere).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(settings.receives("center")).isTrue();
        assertThat(basic("center", HttpMethod.POST, "maybe", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a script with its own credentials changes its own setting, never another person's
        assertThat(basic("center", HttpMethod.POST, "off", null).getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(settings.receives("center")).isFalse();
        assertThat(settings.receives(MUTSU_OFFICER)).isTrue();
    }

    // --- a mail server that is down --------------------------------------------------------------

    @Test
    void whileTheMailServerIsDownNothingIsLostAndTheTasksGoOn() throws Exception {
        smtp.stop();
        ProcessInstance answered = startDispatch("ケース会議に同席してほしい。");
        ProcessInstance waiting = startDispatch("ケース会議に同席してほしい。");
        awaitFailure("center");

        // the center works on meanwhile: its triage completes at once, the adviser's task is made
        long started = System.nanoTime();
        driver.complete("center", taskOf(answered), Map.of("triageDecision", "ADVISER"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        Task acceptance = taskOf(answered);
        assertThat(acceptance.getTaskDefinitionKey()).isEqualTo("UserTask_AdviserAcceptance");
        awaitFailure("adviser.shimokita");
        assertThat(pendingOf("center")).as("kept while the server is down").isEqualTo(2);
        assertThat(pendingOf("adviser.shimokita")).isEqualTo(1);
        assertThat(sender.sendWaiting()).as("no try before the back-off is over").isZero();

        smtp = startedSmtp();
        ClockUtil.setCurrentTime(Date.from(MONDAY.plusMinutes(2).toInstant())); // the first back-off is a minute
        MimeMessage center = awaitMails("center", 1).get(0);
        assertThat(textOf(center)).contains(waiting.getBusinessKey(), taskOf(waiting).getId())
                .as("the triage completed meanwhile is no news any more").doesNotContain(answered.getBusinessKey() + "\n");
        MimeMessage adviser = awaitMails("adviser.shimokita", 1).get(0);
        assertThat(textOf(adviser)).contains("・派遣依頼の受諾と日程調整", answered.getBusinessKey(), acceptance.getId());
        assertNoChildData(center);
        assertNoChildData(adviser);
        assertThat(pendingOf("center")).isZero();
        assertThat(pendingOf("adviser.shimokita")).isZero();
    }

    // --- two nodes ------------------------------------------------------------------------------

    @Test
    void twoNodesSendEachPersonsDigestOnce() throws Exception {
        ProcessInstance request = startDispatch("ケース会議に同席してほしい。");
        Task triage = taskOf(request);
        awaitMails("center", 1);
        List<String> officers = jdbc.queryForList(
                "select user_id from staff_member where role = 'MUNICIPAL_OFFICER' and email is not null order by user_id", String.class);
        assertThat(officers).hasSize(40);
        TaskFacts facts = new TaskFacts(triage.getId(), "派遣依頼の受付確認", request.getBusinessKey(), "圏域アドバイザー派遣申込",
                null);
        officers.forEach(officer -> outbox.add(officer, MailReason.ARRIVED, facts, MONDAY.toInstant()));

        DigestSender nodeB = new DigestSender(outbox, digests, settings, mailer, properties, tasks, transactions,
                new EngineClock(), "node-b");
        ExecutorService nodes = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (DigestSender node : List.of(sender, nodeB, sender, nodeB)) {
            rounds.add(nodes.submit(() -> {
                go.await();
                return node.sendWaiting() + node.sendWaiting();
            }));
        }
        go.countDown();
        for (Future<Integer> round : rounds) {
            round.get(60, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        for (String officer : officers) {
            assertThat(awaitMails(officer, 1)).as(officer).hasSize(1);
        }
        Thread.sleep(2500);
        Map<String, Integer> perAddress = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            perAddress.merge(mail.getRecipients(Message.RecipientType.TO)[0].toString(), 1, Integer::sum);
        }
        officers.forEach(officer -> assertThat(perAddress.get(officer + "@example.jp")).as(officer).isEqualTo(1));
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where state = 'SENT' and task_id = ?",
                Integer.class, triage.getId())).isEqualTo(41);
    }

    // --- helpers --------------------------------------------------------------------------------

    ProcessInstance startDischarge(String municipality, String label) {
        Map<String, Object> child = new HashMap<>();
        child.put("municipalityCode", municipality);
        child.put("caseLabel", label);
        child.put("caseBirthMonth", "2026-04");
        child.put("care_VENTILATOR", true);
        child.put("care_TUBE_FEEDING", true);
        child.put("physicianScore", 26);
        child.put("hospitalName", "弘前大学医学部附属病院");
        child.put("wardContact", "小児病棟 0172-00-0000");
        child.put("hospitalRegion", "tsugaru");
        child.put("expectedDischargeDate", "2027-01-29");
        child.put("continuingCare", "人工呼吸器（夜間）、経管栄養");
        return driver.as("center", () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.DISCHARGE_TRANSITION, child));
    }

    ProcessInstance startDispatch(String detail) {
        return driver.as(MUTSU_OFFICER, () -> engine.getRuntimeService().startProcessInstanceByKey(ProcessKeys.ADVISER_DISPATCH,
                Map.of("municipalityCode", MUTSU, "requestKind", "CASE_MEETING", "requestDetail", detail,
                        "wishedDate", MONDAY.plusDays(10).toLocalDate().toString())));
    }

    Task taskOf(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    int pendingOf(String user) {
        return jdbc.queryForObject("select count(*) from mail_outbox where user_id = ? and state = 'PENDING'", Integer.class, user);
    }

    int notices(Task task, MailReason reason) {
        return jdbc.queryForObject("select count(*) from mail_outbox where task_id = ? and reason = ? and user_id = 'center'",
                Integer.class, task.getId(), reason.name());
    }

    void awaitFailure(String user) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            Integer failures = jdbc.query("select failures from mail_digest where user_id = ?",
                    row -> row.next() ? row.getInt(1) : 0, user);
            if (failures != null && failures > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the sender never tried to mail " + user);
    }

    List<MimeMessage> mailsTo(String user) {
        String address = user + "@example.jp";
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            try {
                if (mail.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)) {
                    mails.add(mail);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    List<MimeMessage> awaitMails(String user, int count) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (mailsTo(user).size() < count && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(mailsTo(user)).as("mails to " + user).hasSize(count);
        awaitSent(user);
        return mailsTo(user);
    }

    /** The SMTP server has the mail a moment before the sender has noted it: wait for the note before moving the clock. */
    void awaitSent(String user) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (jdbc.queryForObject("select count(*) from mail_digest where user_id = ? and claimed_by is not null",
                Integer.class, user) > 0 && System.nanoTime() < until) {
            Thread.sleep(50);
        }
    }

    MimeMessage awaitMail(String user, Predicate<MimeMessage> which) throws InterruptedException {
        long until = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage mail : mailsTo(user)) {
                if (which.test(mail)) {
                    awaitSent(user);
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such mail to " + user + " within " + WAIT + "; outbox "
                + jdbc.queryForList("select reason, state, task_id, created_at from mail_outbox where user_id = ?", user)
                + "; digest " + jdbc.queryForList("select * from mail_digest where user_id = ?", user));
    }

    static String textOf(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertNoChildData(MimeMessage mail) throws MessagingException {
        String everything = mail.getSubject() + "\n" + textOf(mail);
        for (String data : CHILD_AND_TYPED_DATA) {
            assertThat(everything).as("a mail never holds " + data).doesNotContain(data);
        }
    }

    ResponseEntity<String> basic(String user, HttpMethod method, String receive, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, RestDriver.passwordOf(user));
        headers.set(HttpHeaders.ACCEPT, "text/html");
        if (extra != null) {
            headers.addAll(extra);
        }
        LinkedMultiValueMap<String, String> form = null;
        if (receive != null) {
            headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            form = new LinkedMultiValueMap<>();
            form.add("receive", receive);
        }
        return rest.exchange("/settings/mail", method, new HttpEntity<>(form, headers), String.class);
    }

    GreenMail startedSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A browser's session on our pages: logged in through /login, with its cookie and the page's token. */
    record Session(TestRestTemplate rest, String cookie) {

        static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static Session logIn(TestRestTemplate rest, String user) {
            ResponseEntity<String> login = rest.getForEntity("/login", String.class);
            String cookie = login.getHeaders().getFirst(HttpHeaders.SET_COOKIE).split(";", 2)[0];
            Session anonymous = new Session(rest, cookie);
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("_csrf", anonymous.token(login.getBody()));
            form.add("username", user);
            form.add("password", RestDriver.passwordOf(user));
            form.add("next", "/settings/mail");
            ResponseEntity<String> answer = anonymous.send(HttpMethod.POST, "/login", form);
            String renewed = answer.getHeaders().getFirst(HttpHeaders.SET_COOKIE);
            return renewed == null ? anonymous : new Session(rest, renewed.split(";", 2)[0]);
        }

        ResponseEntity<String> get(String path) {
            return send(HttpMethod.GET, path, null);
        }

        ResponseEntity<String> post(String path, String receive, String token) {
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("receive", receive);
            if (token != null) {
                form.add("_csrf", token);
            }
            return send(HttpMethod.POST, path, form);
        }

        String token(String page) {
            Matcher token = TOKEN.matcher(page);
            assertThat(token.find()).as("the form carries a token").isTrue();
            return token.group(1);
        }

        private ResponseEntity<String> send(HttpMethod method, String path, LinkedMultiValueMap<String, String> form) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.COOKIE, cookie);
            headers.set(HttpHeaders.ACCEPT, "text/html");
            if (form != null) {
                headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
            }
            return rest.exchange(path, method, new HttpEntity<>(form, headers), String.class);
        }
    }
}
