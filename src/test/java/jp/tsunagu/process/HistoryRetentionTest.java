package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import jp.tsunagu.support.FlowDriver;

/**
 * The engine's history does not grow without bound, and keeps what the yearly report needs: a
 * request that ended on the first day of a fiscal year is still there when the report of the
 * next fiscal year (which shows that year and the one before) is made in April and May, and is
 * removed by the cleanup job in its nightly window some time after.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class HistoryRetentionTest {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** 令和7年度 starts; the 令和8年度 report (令和7・8年度) is made by the end of May 2027. */
    static final ZonedDateTime FISCAL_YEAR_START = ZonedDateTime.of(2025, 4, 1, 10, 0, 0, 0, JAPAN);
    static final LocalDate REPORT_OF_NEXT_YEAR_DONE = LocalDate.of(2027, 5, 31);

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    ManagementService management;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void everyFlowKeepsItsHistoryForTwoFiscalYearsAndTheReport() {
        repository.createProcessDefinitionQuery().list().forEach(definition -> assertThat(definition.getHistoryTimeToLive())
                .as(definition.getKey()).isGreaterThanOrEqualTo(
                        (int) ChronoUnit.DAYS.between(FISCAL_YEAR_START.toLocalDate(), REPORT_OF_NEXT_YEAR_DONE)));
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0900");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0900");
        assertThat(configuration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT5M");
    }

    @Test
    void aRequestEndedOnTheFirstDayOfAFiscalYearIsKeptForTheNextYearsReportThenCleanedUp() {
        ClockUtil.setCurrentTime(Date.from(FISCAL_YEAR_START.toInstant()));
        String instance = new FlowDriver(engine).declinedRequestOfMutsu(FISCAL_YEAR_START.toLocalDate().plusDays(7));
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime().toInstant().atZone(JAPAN).toLocalDate()).isAfter(REPORT_OF_NEXT_YEAR_DONE);

        cleanUpOn(REPORT_OF_NEXT_YEAR_DONE);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isEqualTo(1);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isEqualTo(2);

        cleanUpOn(ended.getRemovalTime().toInstant().atZone(JAPAN).toLocalDate().plusDays(1));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    /** Runs the history cleanup job as its window would, at 23:00 Japan time on that day. */
    void cleanUpOn(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(23, 0).atZone(JAPAN).toInstant()));
        history.cleanUpHistoryAsync(true);
        for (Job job : history.findHistoryCleanupJobs()) {
            management.executeJob(job.getId());
        }
    }
}
