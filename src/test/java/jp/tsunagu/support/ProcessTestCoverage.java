package jp.tsunagu.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage for a flow's test class: the report goes to target/process-test-coverage
 * and the class fails unless every flow node and sequence flow of its process was passed. Each
 * test class declares a {@code @Primary} bean from {@link #fullCoverageOf} excluding the other flows.
 */
@TestConfiguration
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessTestCoverage {

    /** Processes not under test in a class are excluded so that they do not dilute its figure. */
    public static ProcessEngineCoverageProperties fullCoverageOf(String... otherProcessKeys) {
        return ProcessEngineCoverageProperties.builder()
                .assertClassCoverageAtLeast(1.0)
                .excludeProcessDefinitionKeys(otherProcessKeys)
                .build();
    }
}
