package jp.tsunagu.support;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

import jp.tsunagu.process.ProcessKeys;

/**
 * The set-up every flow's path test shares: the application with the demo accounts and an
 * in-memory H2 engine with authorization checks on, a {@link FlowDriver} that runs each step as
 * the demo user who would do it, the engine's clock at {@link #NOW}, and process test coverage
 * that fails the class unless every node and flow of the process under test was passed. A test
 * class names its process once:
 * <pre>{@code
 * @TestPropertySource(properties = FlowTest.PROCESS_UNDER_TEST + "=" + ProcessKeys.ADVISER_DISPATCH)
 * class AdviserDispatchProcessTest extends FlowTest {
 * }</pre>
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@DirtiesContext
@Import({ProcessTestCoverage.class, FlowTest.CoverageOfTheProcessUnderTest.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class FlowTest {

    /** The property naming the process key under test; the other flows are left out of its coverage. */
    public static final String PROCESS_UNDER_TEST = "tsunagu.test.process-under-test";

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** A Monday, 10:00 in Aomori: three working days later is Thursday. */
    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, JAPAN);

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;

    protected FlowDriver driver;
    /** The instance the test is walking. */
    protected ProcessInstance current;

    @BeforeEach
    void startFlowDriver() {
        driver = FlowDriver.startingAt(engine, NOW);
    }

    @AfterEach
    void finishFlowDriver() {
        driver.finish();
    }

    @TestConfiguration
    static class CoverageOfTheProcessUnderTest {
        @Bean
        @Primary
        ProcessEngineCoverageProperties coverageOfTheProcessUnderTest(@Value("${" + PROCESS_UNDER_TEST + "}") String processKey) {
            List<String> keys = List.of(ProcessKeys.ADVISER_DISPATCH, ProcessKeys.DISCHARGE_TRANSITION,
                    ProcessKeys.EVACUATION_PLAN, ProcessKeys.REGIONAL_ACTIVITY);
            if (!keys.contains(processKey)) {
                throw new IllegalArgumentException(PROCESS_UNDER_TEST + " is not a process key: " + processKey);
            }
            return ProcessTestCoverage.fullCoverageOf(keys.stream().filter(key -> !key.equals(processKey)).toArray(String[]::new));
        }
    }
}
