package jp.tsunagu.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * While the demo's seed plays, the application's clock follows the engine's, which
 * {@link DemoSteps} moves to each step's date: created_at, accepted_at, business keys
 * (DSP-2023-…) and the forms' date checks agree with the engine's history and timers. Otherwise
 * the engine's clock is the system's, so this clock is too.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnProperty(name = DemoSeed.ENABLED, havingValue = "true")
class DemoClock {

    @Bean
    @Primary
    Clock engineFollowingClock() {
        return new EngineFollowingClock(ZoneOffset.UTC);
    }

    private static final class EngineFollowingClock extends Clock {

        private final ZoneId zone;

        EngineFollowingClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new EngineFollowingClock(newZone);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
