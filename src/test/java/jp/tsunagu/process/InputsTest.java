package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.common.InvalidInputException;

/** A date is a date, with at most a time after it: "2027-01-01junk" is not one. */
class InputsTest {

    @Test
    void datesWithOrWithoutATimeAreReadAndTrailingJunkIsNot() {
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        assertThat(Inputs.parseDate("2027-01-01")).isEqualTo(newYear);
        assertThat(Inputs.parseDate("2027-01-01T09:30")).isEqualTo(newYear);
        assertThat(Inputs.parseDate("2027-01-01T09:30:00+09:00")).isEqualTo(newYear);
        assertThat(Inputs.parseDate("2027-01-01T09:30:00.000+0900")).isEqualTo(newYear);
        assertThatThrownBy(() -> Inputs.parseDate("2027-01-01junk")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Inputs.parseDate("2027-01-01 junk")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> Inputs.parseDate("2026-13-45")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void invisibleAndDirectionChangingCharactersAndHalvesOfACharacterAreRefused() {
        for (String sneaky : List.of("吸引\u200Bあり", "\u202Eありなし", "BOM\uFEFF", "半分\uD83D", "隔離\u2066x\u2069")) {
            assertThatThrownBy(() -> Inputs.refuseMarkup("内容", sneaky)).as(sneaky).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("見えない文字");
        }
        Inputs.refuseMarkup("内容", "人工呼吸器 😀 SpO2<90、改行\nあり"); // what people do write passes
    }
}
