package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.evacuation.PlanStatus;
import jp.tsunagu.report.ActivityRow.CaseFacts;

/** 概要 of the case collection for the flows that have no request text of their own. */
class CaseSummaryTest {

    @Test
    void aDischargeSaysWhereFromWhereToWhenAndWhoCovered() {
        CaseFacts facts = new CaseFacts("津軽", LocalDate.of(2023, 7, 20), true, null, null, false);
        assertThat(CaseCollection.summary(row(Flow.DISCHARGE, facts))).isEqualTo(
                "津軽圏域の病院からむつ市の自宅への退院（R5.7月予定）に向けて、関係者と在宅生活の準備を進めた。"
                        + "地域にコーディネーターがいないため、圏域アドバイザーと支援センターが対応した。");
    }

    @Test
    void aPlanSaysItsVersionStatusAndABatteryShortfall() {
        CaseFacts facts = new CaseFacts(null, null, null, PlanStatus.IN_REVIEW, 2, true);
        assertThat(CaseCollection.summary(row(Flow.EVACUATION_PLAN, facts))).isEqualTo(
                "当事者や市町村を交えた会議で、災害時個別避難計画の作成を支えた（第2版・見直し中）。"
                        + "医療機器のバッテリーが避難先までの移動時間に足りないことを会議で取り上げた。");
    }

    private static ActivityRow row(Flow flow, CaseFacts facts) {
        return new ActivityRow(1, "X", flow, LocalDate.of(2023, 7, 5), ActivityKind.MEETING, "市、家族", 3, false,
                "市町村（福祉） 1名、本人・家族 2名", false, "内容", null,
                "shimokita", "下北", "むつ市", "Aさん", "adviser.shimokita", null, null, null, null, facts);
    }
}
