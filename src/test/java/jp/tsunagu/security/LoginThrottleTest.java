package jp.tsunagu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jp.tsunagu.grants.UserWriteGuard;

/** Wrong passwords from one address pause that account from that address only, for a short time. */
class LoginThrottleTest {

    static final String RIGHT = "demo";

    Instant now = Instant.parse("2026-12-07T01:00:00Z");
    final List<LoginThrottle.Key> paused = new ArrayList<>();
    final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }, paused::add);
    int checked;

    LoginThrottleTest() {
        // the engine's own check: the password is right when it is "demo"
        throttle.setNext(new CommandInterceptor() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T execute(Command<T> command) {
                checked++;
                return (T) Boolean.valueOf(RIGHT.equals(UserWriteGuard.field(command, "password")));
            }
        });
    }

    @AfterEach
    void forgetRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    boolean logIn(String address, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return throttle.execute(new CheckPassword("muni.022080", password));
    }

    @Test
    void anAttackerElsewhereCannotKeepTheOfficerOut() {
        for (int i = 0; i < LoginThrottle.PAUSE_AFTER; i++) {
            assertThat(logIn("203.0.113.9", "guess" + i)).isFalse();
            now = now.plus(LoginThrottle.MAX_DELAY); // the attacker waits out every delay
        }
        assertThat(paused).containsExactly(new LoginThrottle.Key("muni.022080", "203.0.113.9"));
        int before = checked;
        assertThat(logIn("203.0.113.9", RIGHT)).as("paused from that address, the password not even checked").isFalse();
        assertThat(checked).isEqualTo(before);
        assertThat(logIn("10.1.2.3", RIGHT)).as("the officer at their desk logs in at once").isTrue();

        now = now.plus(LoginThrottle.LONG_PAUSE).plusSeconds(1);
        assertThat(logIn("203.0.113.9", RIGHT)).as("the pause is short, not a lock for good").isTrue();
    }

    @Test
    void aWrongPasswordSlowsTheNextTryFromThatAddressDownBriefly() {
        assertThat(logIn("10.1.2.3", "typo")).isFalse();
        assertThat(logIn("10.1.2.3", RIGHT)).as("at once after a failure").isFalse();
        now = now.plus(LoginThrottle.FIRST_DELAY).plus(Duration.ofMillis(1));
        assertThat(logIn("10.1.2.3", RIGHT)).isTrue();
        assertThat(paused).isEmpty();
    }
}
