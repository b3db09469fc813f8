package jp.tsunagu.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    @Test
    void impossibleDatesAreRefusedInJapaneseNeverRolledOver() {
        for (String impossible : List.of("2026-02-30", "2026/13/45", "2026-13-45", "令和元年4月1日", "2026年2月29日")) {
            assertThatThrownBy(() -> Inputs.ofForm(Map.of("d", impossible)).requiredDate("d", "訪問・実施予定日"))
                    .as(impossible).isInstanceOf(InvalidInputException.class)
                    .hasMessage("「訪問・実施予定日」の「" + impossible + "」は存在しない日付です。"
                            + "暦にある日付（例: 2026-12-10、2026/12/10、令和8年12月10日）を入力してください。");
        }
        assertThatThrownBy(() -> Inputs.ofForm(Map.of("d", "来週の火曜")).requiredDate("d", "実施日"))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("「実施日」は日付（例: 2026-12-10")
                .hasMessageNotContaining("来週");
    }

    @Test
    void datesAsPeopleTypeThemAreRead() {
        LocalDate day = LocalDate.of(2026, 12, 20);
        for (String typed : List.of("2026-12-20", "2026/12/20", "2026/12/20", "令和8年12月20日", "R8.12.20", "２０２６／１２／２０")) {
            assertThat(Inputs.ofForm(Map.of("d", typed)).requiredDate("d", "実施日")).as(typed).isEqualTo(day);
        }
    }

    @Test
    void aDateBeforeTheOneItMustFollowIsRefusedNamingBoth() {
        LocalDate discharge = LocalDate.of(2026, 12, 10);
        assertThat(Inputs.notBefore(discharge, "実施日", discharge, "退院日")).isEqualTo(discharge);
        assertThatThrownBy(() -> Inputs.notBefore(LocalDate.of(2026, 10, 29), "実施日", discharge, "退院日"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("「実施日」（2026年10月29日(木)）が退院日（2026年12月10日(木)）より前になっています。退院日以降の日付を入力してください。");
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThatThrownBy(() -> Inputs.ofForm(Map.of("d", "2026-12-01")).requiredDateFromToday("d", "訪問・実施予定日", today))
                .hasMessage("「訪問・実施予定日」に過去の日付は入力できません（2026年12月1日(火)、今日は2026年12月7日(月)）。");
    }
}
