package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineTimeTest {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void workingDaysSkipTheWeekend() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 12, 4, 17, 30, 0, 0, JAPAN);
        ClockUtil.setCurrentTime(Date.from(friday.toInstant()));
        assertThat(EngineTime.afterWorkingDays(1)).isEqualTo(Date.from(friday.plusDays(3).toInstant()));  // Monday
        assertThat(EngineTime.afterWorkingDays(3)).isEqualTo(Date.from(friday.plusDays(5).toInstant()));  // Wednesday
    }

    @Test
    void todayIsJapanTime() {
        // 2026-12-31 16:00 UTC is already 2027-01-01 in Aomori.
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 31, 16, 0, 0, 0, ZoneId.of("UTC")).toInstant()));
        assertThat(EngineTime.today()).hasToString("2027-01-01");
    }
}
