package jp.tsunagu.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

import jp.tsunagu.common.InvalidInputException;

/** The engine's ERROR log keeps faults and drops the refusals people already read in Japanese. */
class RefusedInputLogFilterTest {

    final RefusedInputLogFilter filter = new RefusedInputLogFilter();
    final Logger engine = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    final Logger ours = (Logger) LoggerFactory.getLogger("jp.tsunagu.process");

    @Test
    void aRefusalEndingAnEngineCommandIsDroppedWhetherGivenAsThrowableOrAsParameter() {
        InvalidInputException refused = new InvalidInputException("「希望日」を入力してください。");
        ProcessEngineException wrapped = new ProcessEngineException("listener failed", refused);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", null, wrapped)).isEqualTo(FilterReply.DENY);
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", new Object[] {refused}, null))
                .isEqualTo(FilterReply.DENY);
    }

    @Test
    void faultsOtherLevelsAndOtherLoggersAreKept() {
        assertThat(filter.decide(null, engine, Level.ERROR, "ENGINE-16004 {}", null, new IllegalStateException("db down")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, ours, Level.ERROR, "x", null, new InvalidInputException("x")))
                .isEqualTo(FilterReply.NEUTRAL);
        assertThat(filter.decide(null, engine, Level.WARN, "x", null, new InvalidInputException("x")))
                .isEqualTo(FilterReply.NEUTRAL);
    }
}
