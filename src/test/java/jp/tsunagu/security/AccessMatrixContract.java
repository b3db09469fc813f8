package jp.tsunagu.security;

import static jp.tsunagu.support.RestDriver.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.RestDriver;

/**
 * The access matrix of the issue "who may see and do what": every role of the table × the three
 * flows × (see the instance, see the task, start, complete), plus the case page and the
 * printable plan, through the REST API and our pages with HTTP Basic as the demo users. The
 * expected table below is the specification; the test fails listing every cell that differs.
 * The moves (十和田市 → 三沢市, 下北 → 津軽) and a sweep of every REST list a municipal officer
 * could try follow. Runs on H2 ({@link AccessMatrixTest}) and PostgreSQL
 * ({@link AccessMatrixPostgresTest}).
 */
abstract class AccessMatrixContract {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final String MUTSU = "022080";
    static final String TOWADA = "022063";
    static final String MISAWA = "022071";

    /** The four flows; REG is a 下北 regional activity for むつ市 (issue 20). */
    enum Flow { DSP, DIS, EVP, REG }

    enum Action { SEE_INSTANCE, SEE_TASK, START, COMPLETE }

    /**
     * What the table of the issue allows; "case" and "print" are the case page and the printable
     * plan; the same rule lists the child in the case collection (reports); the dashboard is for
     * those who see everything.
     */
    record Expected(Map<Flow, Set<Action>> flows, boolean casePage, boolean print) {

        boolean dashboard() {
            return flows.values().stream().allMatch(actions -> actions.containsAll(READ));
        }
    }

    static final Set<Action> ALL = EnumSet.allOf(Action.class);
    static final Set<Action> READ = EnumSet.of(Action.SEE_INSTANCE, Action.SEE_TASK);
    static final Set<Action> NONE = EnumSet.noneOf(Action.class);

    /*
     * The fixture: a むつ市 child (下北) whose coordinator is coord.shimokita. DSP waits at the
     * 下北 advisers' acceptance, DIS at むつ市's confirmation, EVP at the coordinator's first
     * meeting. A role "sees the task" when it is theirs, or when they see everything.
     */
    static final Map<String, Expected> TABLE = new LinkedHashMap<>();
    static {
        TABLE.put("center", new Expected(Map.of(Flow.DSP, ALL, Flow.DIS, ALL, Flow.EVP, ALL, Flow.REG, ALL), true, true));
        TABLE.put("prefecture", new Expected(Map.of(Flow.DSP, READ, Flow.DIS, READ, Flow.EVP, READ, Flow.REG, READ), true, true));
        TABLE.put("admin", new Expected(Map.of(Flow.DSP, READ, Flow.DIS, READ, Flow.EVP, READ, Flow.REG, READ), true, true));
        TABLE.put("adviser.shimokita", new Expected(Map.of(Flow.DSP, ALL,
                Flow.DIS, EnumSet.of(Action.SEE_INSTANCE), Flow.EVP, EnumSet.of(Action.SEE_INSTANCE), Flow.REG, ALL), true, true));
        // another region's adviser starts no 下北 activity (the start names region shimokita)
        TABLE.put("adviser.tsugaru", new Expected(Map.of(Flow.DSP, EnumSet.of(Action.START),
                Flow.DIS, NONE, Flow.EVP, NONE, Flow.REG, NONE), false, false));
        // むつ市 is one of the municipalities the activity is for: it reads the instance, works on nothing
        TABLE.put("muni.022080", new Expected(Map.of(Flow.DSP, EnumSet.of(Action.SEE_INSTANCE, Action.START),
                Flow.DIS, ALL, Flow.EVP, EnumSet.of(Action.SEE_INSTANCE, Action.START),
                Flow.REG, EnumSet.of(Action.SEE_INSTANCE)), true, true));
        TABLE.put("muni.022012", new Expected(Map.of(Flow.DSP, NONE, Flow.DIS, NONE, Flow.EVP, NONE, Flow.REG, NONE),
                false, false));
        TABLE.put("coord.shimokita", new Expected(Map.of(Flow.DSP, EnumSet.of(Action.SEE_INSTANCE, Action.START),
                Flow.DIS, EnumSet.of(Action.SEE_INSTANCE), Flow.EVP, ALL, Flow.REG, NONE), true, true));
        TABLE.put("coord.tsugaru", new Expected(Map.of(Flow.DSP, EnumSet.of(Action.START),
                Flow.DIS, NONE, Flow.EVP, NONE, Flow.REG, NONE), false, false));
    }

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ChildCases cases;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    RestDriver driver;

    /** An open instance and its one task, as the fixture left it. */
    record Waiting(String instanceId, String businessKey, String taskId) {
    }

    // --- the matrix ------------------------------------------------------------------------------

    @Test
    void everyCellOfTheMatrixIsAsTheTableSays() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Mさん");
        Map<Flow, Waiting> fixture = Map.of(
                Flow.DSP, dispatchAtAcceptance(caseId),
                Flow.DIS, dischargeAtConfirmation(caseId),
                Flow.EVP, planAtFirstMeeting(mutsuChildWithCoordinator("Nさん")),
                Flow.REG, regionalActivityAtRecord());
        String printable = "/evacuation-plans/" + draftedPlan(caseId) + "/print";

        List<String> differences = new ArrayList<>();
        TABLE.forEach((user, expected) -> {
            for (Flow flow : Flow.values()) {
                Waiting waiting = fixture.get(flow);
                for (Action action : Action.values()) {
                    boolean allowed = expected.flows().get(flow).contains(action);
                    HttpStatusCode status = attempt(user, flow, action, waiting, allowed);
                    check(differences, user + " " + flow + " " + action, allowed, status);
                }
            }
            check(differences, user + " case page", expected.casePage(), driver.get(user, "/cases/" + caseId).getStatusCode());
            check(differences, user + " printable plan", expected.print(), driver.get(user, printable).getStatusCode());
            check(differences, user + " dashboard", expected.dashboard(), driver.get(user, "/dashboard").getStatusCode());
            check(differences, user + " advisers' year CSV", expected.dashboard(),
                    driver.get(user, "/reports/advisers-year.csv?fiscalYear=" + fiscalYear()).getStatusCode());
            publishEveryCase();
            var collection = driver.get(user, "/reports/case-collection?fiscalYear=" + fiscalYear());
            boolean listed = collection.getStatusCode().is2xxSuccessful() && collection.getBody().contains("Mさん");
            if (listed != expected.casePage()) {
                differences.add(user + " case collection lists the child: expected " + expected.casePage()
                        + " but was " + listed + " (" + collection.getStatusCode().value() + ")");
            }
        });
        assertThat(differences).as("cells that differ from the table").isEmpty();
        for (Waiting waiting : fixture.values()) {
            assertThat(driver.statusOf("center", HttpMethod.GET, "/engine-rest/task/" + waiting.taskId(), null))
                    .as("no refused completion went through").isEqualTo(HttpStatus.OK);
        }
    }

    /**
     * An allowed completion or start changes the data, so it runs on a fresh instance or case of
     * the same shape; a refused one is tried on the fixture itself, which must stay as it was.
     */
    private HttpStatusCode attempt(String user, Flow flow, Action action, Waiting waiting, boolean allowed) {
        return switch (action) {
            case SEE_INSTANCE -> driver.statusOf(user, HttpMethod.GET, "/engine-rest/process-instance/" + waiting.instanceId(), null);
            case SEE_TASK -> driver.statusOf(user, HttpMethod.GET, "/engine-rest/task/" + waiting.taskId(), null);
            case START -> driver.statusOf(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + key(flow) + "/start",
                    Map.of("variables", startVariables(flow)));
            case COMPLETE -> {
                Waiting target = allowed ? fresh(flow) : waiting;
                yield driver.statusOf(user, HttpMethod.POST, "/engine-rest/task/" + target.taskId() + "/complete",
                        Map.of("variables", completion(flow)));
            }
        };
    }

    /**
     * The collection holds only what the center published: it publishes every case of the year
     * (掲載する) on its edit page, as it would before printing, so that the check above is about
     * who sees which published case.
     */
    private void publishEveryCase() {
        String list = driver.get("center", "/reports/case-collection/edit?fiscalYear=" + fiscalYear()).getBody();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr data-business-key=\"([^\"]+)\"").matcher(list);
        while (row.find()) {
            assertThat(driver.postForm("center", "/reports/case-collection/cases/" + row.group(1), "fiscalYear",
                    String.valueOf(fiscalYear()), "published", "on").getStatusCode().isError()).isFalse();
        }
    }

    static int fiscalYear() {
        return TODAY.getMonthValue() >= 4 ? TODAY.getYear() : TODAY.getYear() - 1;
    }

    private static void check(List<String> differences, String cell, boolean allowed, HttpStatusCode status) {
        boolean refused = status.value() == 403 || status.value() == 404;
        if (allowed ? !status.is2xxSuccessful() : !refused) {
            differences.add(cell + ": expected " + (allowed ? "allowed" : "403/404") + " but was " + status.value());
        }
    }

    // --- ad-hoc advice (随時相談) and the kinds of regional activity, per role ----------------------

    /** What a role may do on /advice with a むつ市 consultation, and on the administrator's kinds page. */
    record PageRights(boolean readsPage, boolean readsMutsuEntry, boolean opensForm, boolean recordsForMutsu, boolean kinds) {
    }

    static final Map<String, PageRights> PAGES = new LinkedHashMap<>();
    static {
        PAGES.put("center", new PageRights(true, true, true, true, false));
        PAGES.put("prefecture", new PageRights(true, true, false, false, false));
        PAGES.put("admin", new PageRights(true, true, false, false, true));
        PAGES.put("adviser.shimokita", new PageRights(true, true, true, true, false));
        PAGES.put("adviser.tsugaru", new PageRights(true, false, true, false, false));
        PAGES.put("muni.022080", new PageRights(true, true, false, false, false));
        PAGES.put("muni.022012", new PageRights(true, false, false, false, false));
        PAGES.put("coord.shimokita", new PageRights(false, false, false, false, false));
        PAGES.put("coord.tsugaru", new PageRights(false, false, false, false, false));
    }

    @Test
    void theAdHocAdvicePageAndTheKindsPageReadAndWriteAsTheTableSays() {
        driver = new RestDriver(rest);
        String gist = "むつ市の保健師から、医療的ケア児の保育所入所について電話相談。" + System.nanoTime();
        ResponseEntity<String> seeded = driver.postForm("adviser.shimokita", "/advice", "adviceDate", TODAY.toString(),
                "channel", "PHONE", "askerKind", "MUNICIPALITY", "municipalityCode", MUTSU, "gist", gist);
        // (this driver follows the redirect to the list: a write that went through answers 200 or 302)
        assertThat(seeded.getStatusCode().isError()).as(seeded.getBody()).isFalse();

        List<String> differences = new ArrayList<>();
        PAGES.forEach((user, rights) -> {
            ResponseEntity<String> page = driver.get(user, "/advice");
            check(differences, user + " reads /advice", rights.readsPage(), page.getStatusCode());
            boolean seesEntry = page.getStatusCode().is2xxSuccessful() && page.getBody().contains(gist);
            if (seesEntry != rights.readsMutsuEntry()) {
                differences.add(user + " reads the むつ市 consultation: expected " + rights.readsMutsuEntry());
            }
            // the form opens for whoever records for some region; for which municipality is the write's question
            check(differences, user + " opens /advice/new", rights.opensForm(), driver.get(user, "/advice/new").getStatusCode());
            ResponseEntity<String> recorded = driver.postForm(user, "/advice", "adviceDate", TODAY.toString(),
                    "channel", "MAIL", "askerKind", "COORDINATOR", "municipalityCode", MUTSU, "gist", "記録の権限の確認: " + user);
            boolean wrote = !recorded.getStatusCode().isError();
            if (wrote != rights.recordsForMutsu() || (!wrote && recorded.getStatusCode().value() != 403)) {
                differences.add(user + " records for むつ市: expected " + rights.recordsForMutsu() + " but was "
                        + recorded.getStatusCode().value());
            }
            check(differences, user + " reads the kinds page", rights.kinds(),
                    driver.get(user, "/regional-activity-kinds").getStatusCode());
            ResponseEntity<String> added = driver.postForm(user, "/regional-activity-kinds", "label", "養成研修（" + user + "）",
                    "activityKind", "STUDY_GROUP");
            boolean addedKind = !added.getStatusCode().isError();
            if (addedKind != rights.kinds() || (!addedKind && added.getStatusCode().value() != 403)) {
                differences.add(user + " adds a kind: expected " + rights.kinds() + " but was " + added.getStatusCode().value());
            }
        });
        assertThat(differences).as("cells of the pages' table that differ").isEmpty();
        assertThat(driver.get("admin", "/regional-activity-kinds").getBody()).contains("養成研修（admin）")
                .doesNotContain("養成研修（center）");
    }

    // --- the moves -------------------------------------------------------------------------------

    @Test
    void whenTheFamilyMovesFromTowadaToMisawaThePermissionsMoveWithThem() {
        driver = new RestDriver(rest);
        String caseId = openCase("Tさん", TOWADA, null);
        // started and claimed by a 十和田市 officer: their own grants must not outlive the move
        Map<String, Object> started = driver.start("muni.022063", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeVariables(caseId, TOWADA), HttpStatus.OK);
        String instanceId = (String) started.get("id");
        Map<String, Object> confirm = driver.task("muni.022063", instanceId, "UserTask_ConfirmMunicipality");
        driver.post("muni.022063", "/engine-rest/task/" + confirm.get("id") + "/claim", Map.of("userId", "muni.022063"),
                HttpStatus.NO_CONTENT);
        assertThat(status("muni.022063", "/engine-rest/process-instance/" + instanceId)).isEqualTo(HttpStatus.OK);

        driver.post("center", "/engine-rest/message", Map.of("messageName", "DischargeCaseMoved",
                "businessKey", started.get("businessKey"),
                "processVariables", variables("newMunicipalityCode", MISAWA)), HttpStatus.NO_CONTENT);

        assertThat(status("muni.022071", "/engine-rest/process-instance/" + instanceId)).isEqualTo(HttpStatus.OK);
        assertThat(status("muni.022071", "/engine-rest/task/" + confirm.get("id"))).isEqualTo(HttpStatus.OK);
        assertThat(driver.task("muni.022071", instanceId, "UserTask_ConfirmMunicipality").get("assignee"))
                .as("back to the new municipality, unclaimed").isNull();
        assertThat(status("muni.022071", "/cases/" + caseId)).isEqualTo(HttpStatus.OK);
        assertThat(status("muni.022063", "/engine-rest/process-instance/" + instanceId))
                .as("十和田市 no longer sees the running instance").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("muni.022063", "/engine-rest/task/" + confirm.get("id"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.statusOf("muni.022063", HttpMethod.POST, "/engine-rest/task/" + confirm.get("id") + "/complete",
                Map.of("variables", completion(Flow.DIS))).value()).isIn(403, 404);
        assertThat(status("muni.022063", "/engine-rest/history/process-instance/" + instanceId))
                .as("十和田市 keeps the history of what it handled").isEqualTo(HttpStatus.OK);
        assertThat(status("muni.022063", "/cases/" + caseId))
                .as("but not the case page, which shows the child as it is now").isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> notification = driver.task("muni.022063", instanceId, "UserTask_NotifyPreviousMunicipality");
        assertThat(notification).as("and gets its notification task").isNotNull();
        // Camunda writes no history twin of a task grant (TaskGrants): the history of the whole
        // instance, which the old municipality keeps, is what lets it read the task's history
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK)
                .resourceId((String) notification.get("id")).count()).isZero();
        assertThat(driver.list("muni.022063", "/engine-rest/history/task?taskId=" + notification.get("id"))).hasSize(1);
        assertThat(driver.list("muni.022012", "/engine-rest/history/task?taskId=" + notification.get("id"))).isEmpty();

        assertThat(driver.statusOf("muni.022063", HttpMethod.POST, "/engine-rest/process-definition/key/evacuation-plan/start",
                Map.of("variables", variables("caseId", caseId, "municipalityCode", MISAWA))))
                .as("the plan is now 三沢市's to start").isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> plan = driver.start("muni.022071", ProcessKeys.EVACUATION_PLAN,
                variables("caseId", caseId, "municipalityCode", MISAWA), HttpStatus.OK);
        assertThat(status("muni.022063", "/engine-rest/history/process-instance/" + plan.get("id")))
                .as("nothing new reaches 十和田市").isEqualTo(HttpStatus.NOT_FOUND);
        driver.complete("muni.022071", confirm, completion(Flow.DIS));
    }

    @Test
    void namingAnotherMunicipalitysChildInADispatchRequestIsNoWayToItsCase() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Lさん");
        Map<String, Object> naming = variables("municipalityCode", MUTSU, "requestKind", "OTHER",
                "requestDetail", "相談したい。", "wishedDate", TODAY.plusDays(7).toString(), "caseId", caseId);
        for (String outsider : List.of("coord.tsugaru", "adviser.tsugaru")) {
            long before = driver.list("center", "/engine-rest/history/process-instance?processDefinitionKey="
                    + ProcessKeys.ADVISER_DISPATCH).size();
            assertThat(driver.statusOf(outsider, HttpMethod.POST,
                    "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start",
                    Map.of("variables", naming))).as(outsider + " names a むつ市 child").isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(driver.list("center", "/engine-rest/history/process-instance?processDefinitionKey="
                    + ProcessKeys.ADVISER_DISPATCH)).as("nothing started").hasSize((int) before);
            assertThat(status(outsider, "/cases/" + caseId)).isEqualTo(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> asked = driver.start("adviser.shimokita", ProcessKeys.ADVISER_DISPATCH, naming, HttpStatus.OK);
        assertThat(asked.get("id")).as("the region's own adviser may name the case").isNotNull();
        Map<String, Object> otherCoordinator = new java.util.HashMap<>(naming);
        otherCoordinator.putAll(variables("coordinatorUserId", "coord.tsugaru"));
        assertThat(driver.statusOf("muni.022080", HttpMethod.POST,
                "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start",
                Map.of("variables", otherCoordinator))).as("naming a coordinator is no way in either")
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void tasklistFiltersArePerRoleAndTheCentersAllTasksFilterShowsClaimedTasks() {
        driver = new RestDriver(rest);
        Waiting request = dispatchAtAcceptance(mutsuChildWithCoordinator("Pさん"));
        driver.post("adviser.shimokita", "/engine-rest/task/" + request.taskId() + "/claim",
                Map.of("userId", "adviser.shimokita"), HttpStatus.NO_CONTENT);

        assertThat(driver.taskIdsThroughFilter("center", "すべてのタスク")).contains(request.taskId());
        assertThat(driver.taskIdsThroughFilter("center", "グループのタスク")).doesNotContain(request.taskId());
        assertThat(driver.taskIdsThroughFilter("adviser.shimokita", "自分のタスク")).contains(request.taskId());
        for (String user : List.of("muni.022080", "adviser.shimokita", "coord.shimokita", "prefecture")) {
            assertThat(driver.list(user, "/engine-rest/filter?resourceType=Task")).extracting(filter -> filter.get("name"))
                    .as(user).contains("グループのタスク", "自分のタスク", "期限切れ").doesNotContain("すべてのタスク");
        }
    }

    @Test
    void aRequestHandedFromShimokitaToTsugaruIsSeenByBothAndWorkedByTsugaru() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Hさん");
        Waiting request = dispatchAtAcceptance(caseId);
        assertThat(status("adviser.tsugaru", "/engine-rest/process-instance/" + request.instanceId()))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("adviser.tsugaru", "/cases/" + caseId)).isEqualTo(HttpStatus.NOT_FOUND);

        driver.complete("adviser.shimokita", Map.of("id", request.taskId()),
                variables("acceptDecision", "HAND_OVER", "targetRegion", "tsugaru"));

        Map<String, Object> handedOver = driver.task("adviser.tsugaru", request.instanceId(), "UserTask_AdviserAcceptance");
        assertThat(status("adviser.tsugaru", "/engine-rest/process-instance/" + request.instanceId())).isEqualTo(HttpStatus.OK);
        assertThat(status("adviser.tsugaru", "/cases/" + caseId)).as("a region involved sees the case").isEqualTo(HttpStatus.OK);
        assertThat(status("adviser.shimokita", "/engine-rest/process-instance/" + request.instanceId()))
                .as("the home region still sees the request").isEqualTo(HttpStatus.OK);
        assertThat(status("adviser.shimokita", "/engine-rest/task/" + handedOver.get("id"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("adviser.hachinohe", "/engine-rest/process-instance/" + request.instanceId()))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.statusOf("adviser.shimokita", HttpMethod.POST, "/engine-rest/task/" + handedOver.get("id") + "/complete",
                Map.of("variables", completion(Flow.DSP))).value()).isIn(403, 404);
        driver.complete("adviser.tsugaru", handedOver, completion(Flow.DSP));
    }

    // --- the write axis: nothing a role sends rewrites what decides access or routing ----------------

    /** A REST call that tries to write a flow's own variable, and the words its refusal must contain. */
    record Attempt(HttpMethod method, String path, Object body, String says) {
    }

    @Test
    void noRoleRewritesTheVariablesThatDecideAccessRoutingOrLinksOnATaskOfItsOwnChild() {
        driver = new RestDriver(rest);
        String aomoriChild = openCase("Zさん", "022012", null);
        Map<String, Waiting> own = new LinkedHashMap<>();
        own.put("muni.022080", dischargeAtConfirmation(mutsuChildWithCoordinator("Qさん")));
        own.put("adviser.shimokita", dispatchAtAcceptance(mutsuChildWithCoordinator("Rさん")));
        own.put("coord.shimokita", planAtFirstMeeting(mutsuChildWithCoordinator("Sさん")));
        own.put("center", dispatchAtAcceptance(mutsuChildWithCoordinator("Uさん")));
        Map<String, Flow> flowOf = Map.of("muni.022080", Flow.DIS, "adviser.shimokita", Flow.DSP,
                "coord.shimokita", Flow.EVP, "center", Flow.DSP);

        List<String> differences = new ArrayList<>();
        own.forEach((user, waiting) -> {
            String caseBefore = variable(waiting.instanceId(), "caseId");
            String task = "/engine-rest/task/" + waiting.taskId();
            String instance = "/engine-rest/process-instance/" + waiting.instanceId();
            Map<String, Object> completion = new LinkedHashMap<>(completion(flowOf.get(user)));
            completion.putAll(variables("region", "aomori"));
            String direct = "変数を直接書き換えることはできません";
            for (Attempt attempt : List.of(
                    new Attempt(HttpMethod.PUT, task + "/variables/caseId", Map.of("value", aomoriChild), direct),
                    new Attempt(HttpMethod.PUT, task + "/localVariables/caseId", Map.of("value", aomoriChild), direct),
                    new Attempt(HttpMethod.POST, task + "/variables", Map.of("modifications", variables("caseId", aomoriChild)), direct),
                    new Attempt(HttpMethod.POST, task + "/localVariables", Map.of("modifications", variables("caseId", aomoriChild)), direct),
                    new Attempt(HttpMethod.DELETE, task + "/variables/municipalityCode", null, direct),
                    new Attempt(HttpMethod.PUT, task + "/variables/printablePlan", Map.of("value", "https://example.com/"), direct),
                    new Attempt(HttpMethod.PUT, instance + "/variables/region", Map.of("value", "aomori"), direct),
                    new Attempt(HttpMethod.POST, instance + "/variables", Map.of("modifications", variables("adviserRegion", "aomori")), direct),
                    new Attempt(HttpMethod.DELETE, instance + "/variables/caseId", null, direct),
                    new Attempt(HttpMethod.PUT, "/engine-rest/execution/" + waiting.instanceId() + "/localVariables/region",
                            Map.of("value", "aomori"), direct),
                    new Attempt(HttpMethod.POST, task + "/complete", Map.of("variables", completion), "このフォームにない項目「region」"),
                    new Attempt(HttpMethod.POST, task + "/submit-form", Map.of("variables", completion), "このフォームにない項目「region」"),
                    new Attempt(HttpMethod.POST, task + "/resolve", Map.of("variables", variables("caseId", aomoriChild)), "caseId"))) {
                ResponseEntity<Map<String, Object>> answer = driver.send(user, attempt.method(), attempt.path(), attempt.body());
                String message = answer.getBody() == null ? "" : String.valueOf(answer.getBody().get("message"));
                if (!List.of(400, 403).contains(answer.getStatusCode().value()) || !message.contains(attempt.says())) {
                    differences.add(user + " " + attempt.method() + " " + attempt.path() + ": " + answer.getStatusCode().value()
                            + " " + message);
                }
            }
            if (!caseBefore.equals(variable(waiting.instanceId(), "caseId"))) {
                differences.add(user + ": caseId was rewritten");
            }
            if (driver.statusOf("center", HttpMethod.GET, task, null).value() != 200) {
                differences.add(user + ": a refused completion went through");
            }
            if (!"center".equals(user) && status(user, "/cases/" + aomoriChild).value() != 404) {
                differences.add(user + " reads the 青森市 child's case page");
            }
        });
        assertThat(differences).as("writes that were not refused with a Japanese message").isEmpty();

        // the refusals changed nothing in routing: the 下北 adviser's acceptance leads to 下北's activity task
        Waiting request = own.get("adviser.shimokita");
        driver.complete("adviser.shimokita", Map.of("id", request.taskId()), completion(Flow.DSP));
        Map<String, Object> activity = driver.task("center", request.instanceId(), "UserTask_RecordActivity");
        assertThat(driver.candidateGroups("center", activity)).containsExactly("adviser-shimokita");
    }

    @Test
    void aReadOnlyFieldMayComeBackUnchangedButNotChanged() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Vさん");
        Waiting discharge = dischargeAtConfirmation(caseId);
        Map<String, Object> changed = new LinkedHashMap<>(completion(Flow.DIS));
        changed.putAll(variables("caseId", openCase("Wさん", "022012", null)));
        ResponseEntity<Map<String, Object>> refused = driver.send("muni.022080", HttpMethod.POST,
                "/engine-rest/task/" + discharge.taskId() + "/complete", Map.of("variables", changed));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(refused.getBody().get("message"))).contains("（caseId）").contains("変更できません");

        Map<String, Object> unchanged = new LinkedHashMap<>(completion(Flow.DIS));
        unchanged.putAll(variables("caseId", caseId, "municipalityCode", MUTSU));
        driver.complete("muni.022080", Map.of("id", discharge.taskId()), unchanged);
        assertThat(variable(discharge.instanceId(), "caseId")).isEqualTo(caseId);
    }

    @Test
    void startsAndMessagesCarryOnlyTheirFormsFieldsAndModificationIsForAdministrators() {
        driver = new RestDriver(rest);
        String start = "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start";
        Map<String, Object> request = variables("municipalityCode", MUTSU, "requestKind", "OTHER",
                "requestDetail", "相談したい。", "wishedDate", TODAY.plusDays(7).toString());
        for (String flowOwned : List.of("initiator", "region", "adviserRegion", "printablePlan")) {
            Map<String, Object> sent = new LinkedHashMap<>(request);
            sent.putAll(variables(flowOwned, "center"));
            ResponseEntity<Map<String, Object>> answer = driver.send("muni.022080", HttpMethod.POST, start, Map.of("variables", sent));
            assertThat(answer.getStatusCode()).as(flowOwned).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(String.valueOf(answer.getBody().get("message"))).contains("「" + flowOwned + "」");
        }
        assertThat(driver.statusOf("center", HttpMethod.POST, start, Map.of("variables", request,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_AdviserAcceptance")))))
                .as("a start at an activity skips the start's checks").isEqualTo(HttpStatus.FORBIDDEN);

        Waiting discharge = dischargeAtConfirmation(mutsuChildWithCoordinator("Xさん"));
        ResponseEntity<Map<String, Object>> moved = driver.send("center", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "DischargeDateChanged", "businessKey", discharge.businessKey(),
                        "processVariables", variables("newDischargeDate", TODAY.plusDays(90).toString(), "caseId", "CASE-2020-0001")));
        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(moved.getBody().get("message"))).contains("「caseId」");
        ResponseEntity<Map<String, Object>> byAdmin = driver.send("admin", HttpMethod.POST, "/engine-rest/message",
                Map.of("messageName", "DischargeReadmitted", "businessKey", discharge.businessKey()));
        assertThat(byAdmin.getStatusCode()).as("administrators do no case work").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(String.valueOf(byAdmin.getBody().get("message"))).contains("管理者は案件の業務");

        String modification = "/engine-rest/process-instance/" + discharge.instanceId() + "/modification";
        Map<String, Object> instructions = Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", "UserTask_ConfirmMunicipality", "variables", variables("municipalityCode", "022012"))));
        assertThat(driver.statusOf("center", HttpMethod.POST, modification, instructions)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.statusOf("admin", HttpMethod.POST, "/engine-rest/process-instance/variables-async",
                Map.of("processInstanceIds", List.of(discharge.instanceId()), "variables", variables("municipalityCode", "022012"))))
                .as("nor in a batch, which would run later without anybody's checks").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.statusOf("admin", HttpMethod.POST, modification, instructions))
                .as("not even an administrator modifies with variables").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(variable(discharge.instanceId(), "municipalityCode")).isEqualTo(MUTSU);
        assertThat(driver.tasks("center", discharge.instanceId())).hasSize(1);
    }

    @Test
    void onlyAdministratorsTouchTheHistoryCleanupJob() {
        driver = new RestDriver(rest);
        String jobId = (String) driver.post("admin", "/engine-rest/history/cleanup?immediatelyDue=false", null, HttpStatus.OK).get("id");
        String job = "/engine-rest/job/" + jobId;
        for (String user : List.of("muni.022080", "center", "prefecture")) {
            for (Attempt attempt : List.of(new Attempt(HttpMethod.PUT, job + "/retries", Map.of("retries", 0), ""),
                    new Attempt(HttpMethod.PUT, job + "/suspended", Map.of("suspended", true), ""),
                    new Attempt(HttpMethod.PUT, job + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0900"), ""),
                    new Attempt(HttpMethod.PUT, job + "/priority", Map.of("priority", 5), ""),
                    new Attempt(HttpMethod.POST, job + "/execute", null, ""),
                    new Attempt(HttpMethod.DELETE, job, null, ""),
                    new Attempt(HttpMethod.POST, "/engine-rest/history/cleanup", null, ""))) {
                assertThat(driver.statusOf(user, attempt.method(), attempt.path(), attempt.body()))
                        .as(user + " " + attempt.method() + " " + attempt.path()).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        Map<String, Object> after = driver.send("admin", HttpMethod.GET, job, null).getBody();
        assertThat(after.get("suspended")).isEqualTo(false);
        assertThat(driver.statusOf("admin", HttpMethod.PUT, job + "/retries", Map.of("retries", 1))).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void crossSiteChangesStatisticsUnknownInstancesAndOverlongTextAreRefusedInJapanese() {
        driver = new RestDriver(rest);
        String start = "/engine-rest/process-definition/key/" + ProcessKeys.ADVISER_DISPATCH + "/start";
        Map<String, Object> request = variables("municipalityCode", MUTSU, "requestKind", "OTHER",
                "requestDetail", "相談したい。", "wishedDate", TODAY.plusDays(7).toString());
        for (Map.Entry<String, String> foreign : Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site").entrySet()) {
            org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
            headers.add(foreign.getKey(), foreign.getValue());
            ResponseEntity<String> answer = rest.withBasicAuth("muni.022080", "demo").exchange(start, HttpMethod.POST,
                    new org.springframework.http.HttpEntity<>(Map.of("variables", request), headers), String.class);
            assertThat(answer.getStatusCode()).as(foreign.getKey()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(answer.getBody()).contains("別のサイトから送られた変更は受け付けません");
        }

        assertThat(driver.statusOf("muni.022080", HttpMethod.GET, "/engine-rest/process-definition/statistics", null))
                .as("counts of every instance").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.statusOf("adviser.shimokita", HttpMethod.GET, "/engine-rest/process-definition/statistics?incidents=true", null))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.statusOf("prefecture", HttpMethod.GET, "/engine-rest/process-definition/statistics", null))
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map<String, Object>> suspended = driver.send("center", HttpMethod.PUT,
                "/engine-rest/process-instance/no-such-instance/suspended", Map.of("suspended", true));
        assertThat(suspended.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(String.valueOf(suspended.getBody().get("message"))).contains("見つかりません");
        assertThat(driver.get("prefecture", "/audit").getBody()).doesNotContain("no-such-instance");

        Map<String, Object> overlong = new LinkedHashMap<>(request);
        overlong.putAll(variables("requestDetail", "あ".repeat(4001)));
        ResponseEntity<Map<String, Object>> tooLong = driver.send("muni.022080", HttpMethod.POST, start, Map.of("variables", overlong));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(String.valueOf(tooLong.getBody().get("message"))).contains("4000文字以内");

        // no existence oracle: an instance one may not see answers exactly as one that is not there
        Waiting mutsu = dischargeAtConfirmation(mutsuChildWithCoordinator("Bさん"));
        for (String suffix : List.of("/variables", "", "/activity-instances")) {
            ResponseEntity<Map<String, Object>> unknown = driver.send("muni.022012", HttpMethod.GET,
                    "/engine-rest/process-instance/no-such-instance" + suffix, null);
            ResponseEntity<Map<String, Object>> hidden = driver.send("muni.022012", HttpMethod.GET,
                    "/engine-rest/process-instance/" + mutsu.instanceId() + suffix, null);
            assertThat(hidden.getStatusCode()).as(suffix).isEqualTo(HttpStatus.NOT_FOUND).isEqualTo(unknown.getStatusCode());
            assertThat(String.valueOf(hidden.getBody()).replace(mutsu.instanceId(), "no-such-instance"))
                    .as(suffix).isEqualTo(String.valueOf(unknown.getBody()));
        }
        assertThat(driver.statusOf("admin", HttpMethod.POST, "/engine-rest/process-instance/no-such-instance/modification",
                Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "UserTask_ConfirmMunicipality")))))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.statusOf("center", HttpMethod.POST, "/engine-rest/task/no-such-task/claim",
                Map.of("userId", "center"))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.statusOf("center", HttpMethod.POST, "/engine-rest/task/" + mutsu.taskId() + "/claim", null))
                .as("a claim without its body").isEqualTo(HttpStatus.BAD_REQUEST);
        for (String nullBody : List.of("/engine-rest/task/" + mutsu.taskId() + "/complete", "/engine-rest/message",
                "/engine-rest/process-definition/key/adviser-dispatch/start", "/engine-rest/signal")) {
            org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
            json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
            ResponseEntity<String> answer = rest.withBasicAuth("center", "demo").exchange(nullBody, HttpMethod.POST,
                    new org.springframework.http.HttpEntity<>("null", json), String.class);
            assertThat(answer.getStatusCode()).as(nullBody).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(nullBody).contains("空（null）");
        }
        org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
        json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> nullVariable = rest.withBasicAuth("center", "demo").exchange(
                "/engine-rest/task/" + mutsu.taskId() + "/complete", HttpMethod.POST,
                new org.springframework.http.HttpEntity<>("{\"variables\": {\"municipalContact\": null}}", json), String.class);
        assertThat(nullVariable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(nullVariable.getBody()).contains("「municipalContact」に値がありません");

        ResponseEntity<Map<String, Object>> created = driver.send("muni.022080", HttpMethod.POST, "/engine-rest/task/create",
                Map.of("id", "my-own-task", "name", "自分で作ったタスク"));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(403);
    }

    @Test
    void pagesWithAChildsDataAreNeitherCachedNorFramedAndAPlanWithoutADraftIsNotFound() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Cさん");
        ResponseEntity<String> page = driver.get("muni.022080", "/cases/" + caseId);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getCacheControl()).isEqualTo("no-store");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        Waiting plan = planAtFirstMeeting(caseId);
        ResponseEntity<String> print = driver.get("muni.022080", "/evacuation-plans/" + plan.businessKey() + "/print");
        assertThat(print.getStatusCode()).as("no version yet: nothing to print, no failure").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(print.getBody()).contains("まだ印刷できる版がありません");
        assertThat(driver.get("muni.022012", "/evacuation-plans/" + plan.businessKey() + "/print").getBody())
                .as("to others it is just not found").doesNotContain("まだ印刷できる版");

        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                new org.springframework.http.HttpEntity<>("username=center&password=demo", formHeaders()), String.class);
        String cookie = String.join("; ", login.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE));
        assertThat(cookie).contains("JSESSIONID");
        assertThat(cookie.split("SameSite", -1)).as("SameSite once: " + cookie).hasSize(2);
        for (String header : rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders()
                .getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE)) {
            assertThat(header.split("SameSite", -1).length).as("the web apps' page sets it once too: " + header)
                    .isLessThanOrEqualTo(2);
        }
    }

    private static org.springframework.http.HttpHeaders formHeaders() {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
        return headers;
    }

    @Test
    void cockpitsOwnApiIsForThoseWhoOpenCockpitAndTheCasePageLinksTheInstanceItself() {
        driver = new RestDriver(rest);
        String counts = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
        ResponseEntity<String> municipality = WebappSession.logIn(rest, "muni.022080", "demo").get(counts);
        assertThat(municipality.getStatusCode()).as("a Tasklist session of a municipality").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(municipality.getBody()).contains("Cockpit は支援センター・県・管理者が使う画面です");
        assertThat(WebappSession.logIn(rest, "center", "demo").get(counts).getStatusCode())
                .as("the center's session passes on to Cockpit").isNotEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/camunda/api/cockpit/plugin/base/static/app/plugin.js", String.class).getStatusCode())
                .as("Cockpit's own scripts load before login").isNotEqualTo(HttpStatus.FORBIDDEN);

        String caseId = mutsuChildWithCoordinator("Iさん");
        Waiting discharge = dischargeAtConfirmation(caseId);
        assertThat(driver.get("center", "/cases/" + caseId).getBody())
                .contains("#/process-instance/" + discharge.instanceId()).doesNotContain("{id}");
    }

    @Test
    void whoSeesAChildComesFromOurRecordsNotFromAProcessVariable() {
        driver = new RestDriver(rest);
        String aomoriChild = openCase("Yさん", "022012", null);
        Waiting mutsu = dischargeAtConfirmation(mutsuChildWithCoordinator("Oさん"));
        // even if a variable were rewritten (here by code, as no person can any more), it opens nothing
        runtime.setVariable(mutsu.instanceId(), "caseId", aomoriChild);
        assertThat(status("muni.022080", "/cases/" + aomoriChild)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(driver.get("center", "/cases/" + aomoriChild).getBody()).doesNotContain(mutsu.businessKey());
    }

    private String variable(String instanceId, String name) {
        return String.valueOf(driver.send("center", HttpMethod.GET,
                "/engine-rest/process-instance/" + instanceId + "/variables/" + name, null).getBody().get("value"));
    }

    // --- done when: 青森市 reaches nothing of a むつ市 child -------------------------------------------

    @Test
    void aomoriCityReachesNothingOfAMutsuChildWhileMutsuAndTheShimokitaAdviserDo() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Kさん");
        List<Waiting> instances = List.of(dispatchAtAcceptance(caseId), dischargeAtConfirmation(caseId),
                planAtFirstMeeting(caseId));
        String ids = String.join(",", instances.stream().map(Waiting::instanceId).toList());
        List<String> lists = new ArrayList<>(List.of(
                "/engine-rest/process-instance?processInstanceIds=" + ids,
                "/engine-rest/history/process-instance?processInstanceIds=" + ids,
                "/engine-rest/task?processInstanceIdIn=" + ids,
                "/engine-rest/variable-instance?processInstanceIdIn=" + ids,
                "/engine-rest/history/variable-instance?processInstanceIdIn=" + ids,
                "/engine-rest/history/process-instance?variables=caseId_eq_" + caseId,
                "/engine-rest/process-instance?variables=caseId_eq_" + caseId));
        for (Waiting waiting : instances) {
            lists.add("/engine-rest/history/activity-instance?processInstanceId=" + waiting.instanceId());
            lists.add("/engine-rest/history/task?processInstanceId=" + waiting.instanceId());
            // (no /history/detail: the history level "tsunagu" writes no variable details, see KeptHistoryTest)
            lists.add("/engine-rest/execution?processInstanceId=" + waiting.instanceId());
        }
        for (String path : lists) {
            assertThat(driver.list("muni.022012", path)).as("青森市: " + path).isEmpty();
            assertThat(driver.list("muni.022080", path)).as("むつ市: " + path).isNotEmpty();
            assertThat(driver.list("adviser.shimokita", path)).as("下北の圏域アドバイザー: " + path).isNotEmpty();
        }
        for (Waiting waiting : instances) {
            for (String path : List.of("/engine-rest/process-instance/" + waiting.instanceId() + "/variables",
                    "/engine-rest/task/" + waiting.taskId() + "/variables",
                    "/engine-rest/task/" + waiting.taskId() + "/form-variables",
                    "/engine-rest/history/process-instance/" + waiting.instanceId())) {
                assertThat(driver.statusOf("muni.022012", HttpMethod.GET, path, null).value()).as(path).isIn(403, 404);
            }
        }
        assertThat(status("muni.022012", "/cases/" + caseId)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(status("muni.022012", "/audit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(driver.get("muni.022012", "/engine-rest/authorization/check?permissionName=ACCESS"
                + "&resourceName=application&resourceType=0&resourceId=cockpit").getBody())
                .as("municipalities use Tasklist only").contains("\"authorized\":false");
        assertThat(driver.get("prefecture", "/engine-rest/authorization/check?permissionName=ACCESS"
                + "&resourceName=application&resourceType=0&resourceId=cockpit").getBody()).contains("\"authorized\":true");
    }

    // --- audit log, CSRF, throttling, sessions -----------------------------------------------------

    @Test
    void readsOfCasePagesAndPlansAndEveryChangeAreInTheAuditLog() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Aさん");
        Waiting dispatch = dispatchAtAcceptance(caseId);
        String plan = draftedPlan(caseId);
        assertThat(status("muni.022080", "/cases/" + caseId)).isEqualTo(HttpStatus.OK);
        assertThat(status("coord.shimokita", "/evacuation-plans/" + plan + "/print")).isEqualTo(HttpStatus.OK);
        assertThat(status("muni.022012", "/cases/" + caseId)).as("a refused read is no read").isEqualTo(HttpStatus.NOT_FOUND);

        // changes outside the forms: a claim in Tasklist and a cancellation in Cockpit; a variable
        // is not changed outside the forms, by administrators neither (UserWriteGuard)
        driver.post("adviser.shimokita", "/engine-rest/task/" + dispatch.taskId() + "/claim",
                Map.of("userId", "adviser.shimokita"), HttpStatus.NO_CONTENT);
        driver.post("admin", "/engine-rest/process-instance/" + dispatch.instanceId() + "/variables",
                Map.of("modifications", variables("wishedDatesNote", "午後が希望")), HttpStatus.FORBIDDEN);
        assertThat(driver.statusOf("admin", HttpMethod.DELETE, "/engine-rest/process-instance/" + dispatch.instanceId(),
                null)).isEqualTo(HttpStatus.NO_CONTENT);

        String log = driver.get("prefecture", "/audit?caseId=" + caseId).getBody();
        // who did it by name (issue 24): the staff record's name, else the Camunda user's (admin: システム 管理者)
        assertThat(log).contains("ケースページ閲覧", "むつ市 担当者", "個別避難計画の閲覧・印刷", "下北圏域コーディネーター",
                "手続き開始", dispatch.businessKey(), "タスク完了", "派遣依頼の受付確認",
                "担当する", "下北圏域アドバイザー", "削除・取消", "インスタンス " + dispatch.instanceId(), "システム 管理者");
        assertThat(log).as("Camunda's operations name the people in their detail too")
                .contains("assignee: なし → 下北圏域アドバイザー").doesNotContain("→ adviser.shimokita");
        assertThat(log).doesNotContain("<td class=\"who\">muni.022080</td>", "<td class=\"who\">coord.shimokita</td>",
                "<td class=\"who\">adviser.shimokita</td>", "<td class=\"who\">admin</td>");
        assertThat(log).doesNotContain("muni.022012").as("the refused change is no change").doesNotContain("変数の変更");
        assertThat(status("center", "/audit")).isEqualTo(HttpStatus.OK);
        assertThat(status("adviser.shimokita", "/audit")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theWebAppsKeepCsrfProtectionAndFailedLoginsAreSlowedDown() {
        driver = new RestDriver(rest);
        WebappSession session = WebappSession.logIn(rest, "center", "demo");
        var withoutToken = session.post("/camunda/api/engine/engine/default/process-definition/key/adviser-dispatch/start");
        assertThat(withoutToken.getStatusCode()).as("a POST of the web apps without the CSRF token is refused")
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(withoutToken.getHeaders().getFirst("X-XSRF-TOKEN")).as("as Camunda's CSRF filter does").isEqualTo("Required");
        assertThat(session.get("/camunda/api/engine/engine/default/task/count").getStatusCode())
                .as("a forged POST from another site does not log the officer out").isEqualTo(HttpStatus.OK);

        assertThat(rest.withBasicAuth("muni.022101", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("muni.022101", "demo").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).as("right password at once after a wrong one: still refused (throttled)")
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- fixture: flows played through REST as the demo users --------------------------------------

    HttpStatusCode status(String user, String path) {
        return driver.statusOf(user, HttpMethod.GET, path, null);
    }

    String mutsuChildWithCoordinator(String label) {
        return openCase(label, MUTSU, "coord.shimokita");
    }

    /** The case itself is data the flows start from; it is opened as the discharge flow would. */
    String openCase(String label, String municipalityCode, String coordinator) {
        return transaction.execute(status -> {
            String id = cases.open(new NewChildCase(label, YearMonth.of(2022, 4), municipalityCode,
                    Set.of(MedicalCareItem.VENTILATOR), 32)).getId();
            if (coordinator != null) {
                cases.assignCoordinator(id, coordinator);
            }
            return id;
        });
    }

    Waiting dispatchAtAcceptance(String caseId) {
        Map<String, Object> started = driver.start("muni.022080", ProcessKeys.ADVISER_DISPATCH,
                variables("municipalityCode", MUTSU, "caseId", caseId, "requestKind", "CASE_MEETING",
                        "requestDetail", "ケース会議に同席してほしい。", "wishedDate", TODAY.plusDays(7).toString()),
                HttpStatus.OK);
        String id = (String) started.get("id");
        driver.complete("center", driver.task("center", id, "UserTask_Triage"), variables("triageDecision", "ADVISER"));
        return new Waiting(id, (String) started.get("businessKey"),
                (String) driver.task("center", id, "UserTask_AdviserAcceptance").get("id"));
    }

    Waiting dischargeAtConfirmation(String caseId) {
        Map<String, Object> started = driver.start("center", ProcessKeys.DISCHARGE_TRANSITION,
                dischargeVariables(caseId, MUTSU), HttpStatus.OK);
        String id = (String) started.get("id");
        return new Waiting(id, (String) started.get("businessKey"),
                (String) driver.task("center", id, "UserTask_ConfirmMunicipality").get("id"));
    }

    Waiting planAtFirstMeeting(String caseId) {
        Map<String, Object> started = driver.start("muni.022080", ProcessKeys.EVACUATION_PLAN,
                variables("caseId", caseId, "municipalityCode", MUTSU), HttpStatus.OK);
        String id = (String) started.get("id");
        return new Waiting(id, (String) started.get("businessKey"),
                (String) driver.task("center", id, "UserTask_FirstMeeting").get("id"));
    }

    /**
     * A 下北 regional activity for むつ市, started and planned by the 下北 adviser, at the record of
     * its first meeting (its day has come): the task of the region's advisers.
     */
    Waiting regionalActivityAtRecord() {
        Map<String, Object> started = driver.start("adviser.shimokita", ProcessKeys.REGIONAL_ACTIVITY,
                variables("region", "shimokita", "activityTheme", "下北圏域の勉強会"), HttpStatus.OK);
        String id = (String) started.get("id");
        driver.complete("adviser.shimokita", driver.task("adviser.shimokita", id, "UserTask_Plan"), variables(
                "regionalKind", "STUDY_GROUP", "firstMeetingDate", TODAY.toString(), "meetingPlace", "むつ市役所",
                "online", false, "wholeRegion", false, "targetMunicipality1", MUTSU));
        management.executeJob(management.createJobQuery().processInstanceId(id).timers().singleResult().getId());
        return new Waiting(id, (String) started.get("businessKey"),
                (String) driver.task("center", id, "UserTask_RecordMeeting").get("id"));
    }

    /** A plan with its first draft saved, so that there is a version to print. */
    String draftedPlan(String caseId) {
        Waiting plan = planAtFirstMeeting(caseId);
        driver.complete("coord.shimokita", Map.of("id", plan.taskId()), completion(Flow.EVP));
        driver.complete("adviser.shimokita", driver.task("adviser.shimokita", plan.instanceId(), "UserTask_RegionalInformation"),
                variables("regionalInformation", "発電機を日常生活用具として給付している市町村がある。"));
        driver.complete("coord.shimokita", driver.task("coord.shimokita", plan.instanceId(), "UserTask_DraftPlan"), variables(
                "personName", "むつ 花子", "personAddress", "むつ市○○", "personPhone", "0175-00-0000",
                "supporter1Name", "祖父", "supporter1Relation", "家族", "supporter1Phone", "090-0000-1111",
                "destination", "むつ総合病院", "travelMinutes", 20, "route", "国道279号", "transport", "自家用車",
                "warningMethod", "防災無線と市からの電話", "receivingHospital", "むつ総合病院",
                "device1Name", "人工呼吸器", "device1Watts", 80, "device1BatteryHours", 4,
                "powerPlan", "内部バッテリー → 車 → 発電機", "medicinesAndSupplies", "吸引カテーテル",
                "safetyConfirmation", "コーディネーターが電話で確認"));
        return plan.businessKey();
    }

    private Waiting fresh(Flow flow) {
        return switch (flow) {
            case DSP -> dispatchAtAcceptance(mutsuChildWithCoordinator("Dさん"));
            case DIS -> dischargeAtConfirmation(mutsuChildWithCoordinator("Eさん"));
            case EVP -> planAtFirstMeeting(mutsuChildWithCoordinator("Fさん"));
            case REG -> regionalActivityAtRecord();
        };
    }

    private Map<String, Object> startVariables(Flow flow) {
        return switch (flow) {
            // caseId "" as Tasklist's start form sends an optional field left empty.
            case DSP -> variables("municipalityCode", MUTSU, "requestKind", "OTHER", "requestDetail", "相談したい。",
                    "wishedDate", TODAY.plusDays(7).toString(), "caseId", "");
            case DIS -> dischargeVariables(null, MUTSU);
            case EVP -> variables("caseId", mutsuChildWithCoordinator("Gさん"), "municipalityCode", MUTSU);
            case REG -> variables("region", "shimokita", "activityTheme", "下北圏域の勉強会");
        };
    }

    static Map<String, Object> dischargeVariables(String caseId, String municipalityCode) {
        Map<String, Object> variables = variables("municipalityCode", municipalityCode, "hospitalName", "青森県立中央病院",
                "wardContact", "NICU 017-000-0000", "hospitalRegion", "aomori",
                "expectedDischargeDate", TODAY.plusDays(60).toString(), "continuingCare", "人工呼吸器");
        if (caseId != null) {
            variables.putAll(variables("caseId", caseId));
        } else {
            variables.putAll(variables("caseLabel", "Jさん", "caseBirthMonth", "2025-10", "care_VENTILATOR", true));
        }
        return variables;
    }

    static Map<String, Object> completion(Flow flow) {
        return switch (flow) {
            case DSP -> variables("acceptDecision", "ACCEPT", "scheduledDate", TODAY.plusDays(3).toString());
            case DIS -> variables("residenceConfirmed", true, "municipalContact", "保健師");
            case EVP -> variables("activityDate", TODAY.toString(), "activityKind", "CASE_MEETING",
                    "participantRoles", "母、市、コーディネーター", "participants_OTHER", 5, "activityContent", "関係者会議",
                    "dailyLife", "夜間は人工呼吸器", "device1Name", "人工呼吸器", "device1Watts", 80,
                    "device1BatteryHours", 4, "candidateDestinations", "むつ総合病院");
            case REG -> variables("activityDate", TODAY.toString(), "participantRoles", "市町村保健師、コーディネーター",
                    "participants_MUNICIPAL_HEALTH", 2, "participants_COORDINATOR", 10, "activityContent", "医療的ケア児の災害への備えの勉強会");
        };
    }

    static String key(Flow flow) {
        return switch (flow) {
            case DSP -> ProcessKeys.ADVISER_DISPATCH;
            case DIS -> ProcessKeys.DISCHARGE_TRANSITION;
            case EVP -> ProcessKeys.EVACUATION_PLAN;
            case REG -> ProcessKeys.REGIONAL_ACTIVITY;
        };
    }

    // --- issue 21: the regions a discharge concerns, and both municipalities of a planned move ----

    static final String HACHINOHE_CITY = "022039";
    static final String AOMORI_CITY = "022012";

    /**
     * The seed's 下北 case: a むつ市 child in hospital in 津軽 enters a facility in 八戸. Both other
     * regions' advisers read the discharge (REST and the case page) and complete their own task
     * to read it; an unrelated region's adviser reaches nothing (404 as for what does not exist).
     */
    @Test
    void theHospitalsAndTheFacilitysRegionAdvisersSeeTheDischargeAnUnrelatedRegionsAdviserDoesNot() {
        driver = new RestDriver(rest);
        String caseId = mutsuChildWithCoordinator("Wさん");
        Map<String, Object> start = dischargeVariables(caseId, MUTSU);
        start.putAll(variables("hospitalRegion", "tsugaru", "destination", "FACILITY",
                "facilityName", "八戸市の療育施設", "facilityMunicipalityCode", HACHINOHE_CITY, "temporaryStayGoal", true));
        Map<String, Object> started = driver.start("muni.022080", ProcessKeys.DISCHARGE_TRANSITION, start, HttpStatus.OK);
        String instanceId = (String) started.get("id");
        String businessKey = (String) started.get("businessKey");
        driver.complete("muni.022080", driver.task("muni.022080", instanceId, "UserTask_ConfirmMunicipality"),
                completion(Flow.DIS));

        Map<String, Object> tsugaru = driver.task("adviser.tsugaru", instanceId, "UserTask_InformRegion");
        Map<String, Object> hachinohe = driver.task("adviser.hachinohe", instanceId, "UserTask_InformRegion");
        assertThat(driver.candidateGroups("adviser.tsugaru", tsugaru)).containsExactly("adviser-tsugaru");
        assertThat(driver.candidateGroups("adviser.hachinohe", hachinohe)).containsExactly("adviser-hachinohe");
        String selection = (String) driver.task("adviser.shimokita", instanceId, "UserTask_AdviserSelectsCoordinator").get("id");

        for (String informed : List.of("adviser.tsugaru", "adviser.hachinohe")) {
            assertThat(status(informed, "/engine-rest/process-instance/" + instanceId)).as(informed).isEqualTo(HttpStatus.OK);
            assertThat(status(informed, "/engine-rest/history/process-instance/" + instanceId)).as(informed)
                    .isEqualTo(HttpStatus.OK);
            var page = driver.get(informed, "/cases/" + caseId);
            assertThat(page.getStatusCode()).as(informed + " case page").isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(informed + " case page").contains(businessKey);
            assertThat(driver.tasks(informed, instanceId)).as(informed + ": only the task to read").hasSize(1);
            assertThat(refused(informed, HttpMethod.POST, "/engine-rest/task/" + selection + "/complete",
                    Map.of("variables", variables("selectionOutcome", "NONE_AVAILABLE"))))
                    .as(informed + " does not select for 下北").isTrue();
        }
        assertThat(refused("adviser.tsugaru", HttpMethod.POST, "/engine-rest/task/" + hachinohe.get("id") + "/complete",
                Map.of("variables", variables()))).as("津軽 does not answer for 八戸").isTrue();

        String outsider = "adviser.kamitosan";
        for (String path : List.of("/engine-rest/process-instance/" + instanceId,
                "/engine-rest/history/process-instance/" + instanceId, "/engine-rest/task/" + tsugaru.get("id"),
                "/engine-rest/task/" + hachinohe.get("id"), "/engine-rest/task/" + selection, "/cases/" + caseId)) {
            assertThat(status(outsider, path)).as(outsider + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(driver.list(outsider, "/engine-rest/task?processInstanceId=" + instanceId)).isEmpty();
        assertThat(driver.list(outsider, "/engine-rest/history/process-instance?processInstanceIds=" + instanceId)).isEmpty();
        for (Object taskId : List.of(tsugaru.get("id"), hachinohe.get("id"))) {
            assertThat(refused(outsider, HttpMethod.POST, "/engine-rest/task/" + taskId + "/complete",
                    Map.of("variables", variables()))).as(outsider + " completes nothing").isTrue();
            assertThat(status("center", "/engine-rest/task/" + taskId)).as("still open").isEqualTo(HttpStatus.OK);
        }

        driver.complete("adviser.tsugaru", tsugaru, variables());
        driver.complete("adviser.hachinohe", hachinohe, variables());
        assertThat(status("adviser.tsugaru", "/engine-rest/history/process-instance/" + instanceId))
                .as("the informed region keeps what it read").isEqualTo(HttpStatus.OK);
        assertThat(status(outsider, "/cases/" + caseId)).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * The seed's 上十三 case: a 十和田市 family will probably move to 三沢市. Announced (by the
     * center), both municipalities read the discharge and each completes its own preparation;
     * neither completes the other's, and 青森市 reads and completes nothing.
     */
    @Test
    void bothMunicipalitiesOfAPlannedMoveSeeItAndPrepareAThirdMunicipalityCannot() {
        driver = new RestDriver(rest);
        String caseId = openCase("Xさん", TOWADA, null);
        Map<String, Object> start = dischargeVariables(caseId, TOWADA);
        start.putAll(variables("hospitalRegion", "kamitosan"));
        Map<String, Object> started = driver.start("muni.022063", ProcessKeys.DISCHARGE_TRANSITION, start, HttpStatus.OK);
        String instanceId = (String) started.get("id");
        driver.complete("muni.022063", driver.task("muni.022063", instanceId, "UserTask_ConfirmMunicipality"),
                completion(Flow.DIS));
        assertThat(status("muni.022071", "/engine-rest/process-instance/" + instanceId))
                .as("三沢市 before the move is announced").isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> announcement = Map.of("messageName", "DischargeMovePlanned", "businessKey",
                started.get("businessKey"), "processVariables", variables("plannedMunicipalityCode", MISAWA,
                        "plannedMoveDate", TODAY.plusDays(45).toString()));
        assertThat(driver.statusOf("muni.022012", HttpMethod.POST, "/engine-rest/message", announcement).is2xxSuccessful())
                .as("青森市 cannot announce a move for a child it does not see").isFalse();
        driver.post("center", "/engine-rest/message", announcement, HttpStatus.NO_CONTENT);

        Map<String, Object> current = driver.task("muni.022063", instanceId, "UserTask_PrepareMoveCurrent");
        Map<String, Object> future = driver.task("muni.022071", instanceId, "UserTask_PrepareMoveFuture");
        assertThat(driver.candidateGroups("muni.022063", current)).containsExactly("municipality-022063");
        assertThat(driver.candidateGroups("muni.022071", future)).containsExactly("municipality-022071");
        for (String municipality : List.of("muni.022063", "muni.022071")) {
            assertThat(status(municipality, "/engine-rest/process-instance/" + instanceId)).as(municipality)
                    .isEqualTo(HttpStatus.OK);
            assertThat(status(municipality, "/cases/" + caseId)).as(municipality + " case page").isEqualTo(HttpStatus.OK);
        }
        assertThat(refused("muni.022071", HttpMethod.POST, "/engine-rest/task/" + current.get("id") + "/complete",
                Map.of("variables", variables("preparationNote", "三沢市が書く")))).as("三沢市 on 十和田市's task").isTrue();
        assertThat(refused("muni.022063", HttpMethod.POST, "/engine-rest/task/" + future.get("id") + "/complete",
                Map.of("variables", variables("preparationNote", "十和田市が書く")))).as("十和田市 on 三沢市's task").isTrue();

        String third = "muni.022012";
        for (String path : List.of("/engine-rest/process-instance/" + instanceId,
                "/engine-rest/history/process-instance/" + instanceId, "/engine-rest/task/" + current.get("id"),
                "/engine-rest/task/" + future.get("id"), "/cases/" + caseId)) {
            assertThat(status(third, path)).as(third + " " + path).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(driver.list(third, "/engine-rest/task?processInstanceId=" + instanceId)).isEmpty();
        for (Map<String, Object> task : List.of(current, future)) {
            assertThat(refused(third, HttpMethod.POST, "/engine-rest/task/" + task.get("id") + "/complete",
                    Map.of("variables", variables("preparationNote", "青森市が書く")))).as(third).isTrue();
            assertThat(status("center", "/engine-rest/task/" + task.get("id"))).as("still open").isEqualTo(HttpStatus.OK);
        }

        driver.complete("muni.022063", current, variables("preparationNote", "転出前に三沢市へ情報提供した。"));
        driver.complete("muni.022071", future, variables("preparationNote", "保育所の選定と訪問看護の調整を始めた。"));
        assertThat(driver.list("center", "/engine-rest/task?processInstanceId=" + instanceId + "&taskDefinitionKeyIn="
                + "UserTask_PrepareMoveCurrent,UserTask_PrepareMoveFuture")).as("both prepared").isEmpty();
    }

    private boolean refused(String user, HttpMethod method, String path, Object body) {
        int status = driver.statusOf(user, method, path, body).value();
        return status == 403 || status == 404;
    }
}
