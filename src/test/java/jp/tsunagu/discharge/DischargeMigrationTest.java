package jp.tsunagu.discharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;
import java.time.ZonedDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.support.FlowDriver;

/**
 * Running discharges carry over the change to the adviser's selection: an instance started on
 * the version where the center selected (src/test/resources/migration, the BPMN as it was) keeps
 * its version, and its selection task (UserTask_SelectCoordinator, form discharge-selection) can
 * still be completed after the new version is deployed: the old forms and beans stay.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class DischargeMigrationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    DischargeRepository discharges;
    @Autowired
    TransactionTemplate transaction;

    FlowDriver driver;

    @BeforeEach
    void init() {
        driver = FlowDriver.startingAt(engine, DischargeTransitionProcessTest.NOW);
    }

    @AfterEach
    void reset() {
        driver.finish();
    }

    @Test
    void anInstanceWaitingAtTheOldSelectionTaskIsCompletedAfterTheNewVersionIsDeployed() throws Exception {
        deploy("migration/discharge-transition-center-selects.bpmn");
        ProcessDefinition old = latest();
        ProcessInstance running = driver.as("center", () -> runtime.startProcessInstanceByKey(ProcessKeys.DISCHARGE_TRANSITION,
                DischargeTransitionProcessTest.newChild(DischargeTransitionProcessTest.TOWADA)));
        assertThat(running.getProcessDefinitionId()).isEqualTo(old.getId());
        driver.complete(DischargeTransitionProcessTest.TOWADA_OFFICER, task(running, "UserTask_ConfirmMunicipality"),
                Map.of("residenceConfirmed", true, "municipalContact", "十和田市 保健師"));
        driver.complete("adviser.kamitosan", task(running, "UserTask_AdviseCoordinator"), Map.of("coordinatorAdvice", "助言"));
        assertThat(running).isWaitingAt("UserTask_SelectCoordinator");

        deploy("processes/discharge-transition.bpmn");
        ProcessDefinition current = latest();
        assertThat(current.getVersion()).isGreaterThan(old.getVersion());
        assertThat((Object) repository.getBpmnModelInstance(current.getId()).getModelElementById("UserTask_SelectCoordinator"))
                .as("the new version selects otherwise").isNull();

        driver.complete("center", task(running, "UserTask_SelectCoordinator"), Map.of("selectionOutcome", "SELECTED",
                "coordinatorUserId", DischargeTransitionProcessTest.COORDINATOR, "reason_NEAR_HOME", true));
        assertThat(running).isWaitingAt("UserTask_ScheduleConference");
        String coordinator = transaction.execute(status ->
                discharges.require(running.getBusinessKey()).getCoordinator().getUserId());
        assertThat(coordinator).isEqualTo(DischargeTransitionProcessTest.COORDINATOR);

        ProcessInstance fresh = driver.as("center", () -> runtime.startProcessInstanceByKey(ProcessKeys.DISCHARGE_TRANSITION,
                DischargeTransitionProcessTest.newChild(DischargeTransitionProcessTest.TOWADA)));
        assertThat(fresh.getProcessDefinitionId()).as("new discharges start on the new version").isEqualTo(current.getId());
    }

    void deploy(String resource) throws Exception {
        try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream(resource)) {
            repository.createDeployment().name("migration test").addInputStream("discharge-transition.bpmn", bpmn).deploy();
        }
    }

    ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.DISCHARGE_TRANSITION)
                .latestVersion().singleResult();
    }

    Task task(ProcessInstance instance, String activityId) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
    }
}
