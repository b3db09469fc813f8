package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.dispatch.RequesterRole;

class ActivitiesCsvTest {

    /** Names as identity.Names gives them; an unknown id stays itself (nobody disappears from a file). */
    static String name(String userId) {
        return switch (userId) {
            case "adviser.tsugaru" -> "津軽圏域アドバイザー";
            case "adviser.hachinohe" -> "八戸圏域アドバイザー";
            case "adviser.shimokita" -> "下北圏域アドバイザー";
            case "center" -> "支援センター 担当者";
            default -> userId;
        };
    }

    @Test
    void fieldsAreQuotedWhereRfc4180NeedsItAndFormulasAreDefused() {
        assertThat(ActivitiesCsv.field("面談")).isEqualTo("面談");
        assertThat(ActivitiesCsv.field("本人, 母")).isEqualTo("\"本人, 母\"");
        assertThat(ActivitiesCsv.field("「TEAMつなぐ」の\"発足\"")).isEqualTo("\"「TEAMつなぐ」の\"\"発足\"\"\"");
        assertThat(ActivitiesCsv.field("一行目\r\n二行目")).isEqualTo("\"一行目\r\n二行目\"");
        assertThat(ActivitiesCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ActivitiesCsv.field("-1")).isEqualTo("'-1");
    }

    @Test
    void theFileStartsWithTheByteOrderMarkAndReadsBack() {
        StringWriter out = new StringWriter();
        ActivitiesCsv csv = ActivitiesCsv.start(out, ActivitiesCsvTest::name);
        csv.row(new ActivityRow(1, "DSP-2023-0001", Flow.DISPATCH, LocalDate.of(2023, 7, 5), ActivityKind.CASE_MEETING,
                "本人、母、コーディネーター", 5, false, "本人・家族 2名、コーディネーター 1名、圏域アドバイザー 2名", true,
                "ケース会議, \"就学\"について", null, "tsugaru", "津軽", "弘前市", "Aさん",
                "adviser.tsugaru", RequestKind.CASE_MEETING, "詳細", RequesterRole.MUNICIPALITY, "声", ActivityRow.CaseFacts.NONE));

        String text = out.toString();
        assertThat(text).startsWith("\uFEFF実施日,").endsWith("\r\n");
        List<List<String>> rows = Csv.parse(text.substring(1));
        assertThat(rows.get(0)).isEqualTo(ActivitiesCsv.HEADERS);
        assertThat(rows.get(1)).containsExactly("2023-07-05", "R5.7月", "津軽", "ケース会議", "5", "本人、母、コーディネーター",
                "ケース会議, \"就学\"について", "", "圏域アドバイザー派遣", "DSP-2023-0001", "弘前市", "Aさん", "津軽圏域アドバイザー",
                "本人・家族 2名、コーディネーター 1名、圏域アドバイザー 2名", "", "○", "2023年7月5日(水)");
        assertThat(text).as("the recorder by name, not by id").doesNotContain("adviser.tsugaru");
    }

    @Test
    void aMeetingNobodyCountedReadsTasuAndARegionalActivityIsNamedAsSuch() {
        StringWriter out = new StringWriter();
        ActivitiesCsv csv = ActivitiesCsv.start(out, ActivitiesCsvTest::name);
        ActivityRow panel = new ActivityRow(2, "REG-2023-0001", Flow.REGIONAL, LocalDate.of(2023, 10, 14), ActivityKind.OTHER,
                null, 0, true, "圏域アドバイザー 1名", false, "パネル展", null, "hachinohe", "八戸", null, null, "adviser.hachinohe", null, null, null, null,
                ActivityRow.CaseFacts.NONE);
        csv.row(panel);
        List<List<String>> rows = Csv.parse(out.toString().substring(1));
        assertThat(rows.get(1).get(4)).isEqualTo("多数");
        assertThat(rows.get(1).get(5)).as("no remark on the participants").isEmpty();
        assertThat(rows.get(1).subList(13, 17)).containsExactly("圏域アドバイザー 1名", "○", "", "2023年10月14日(土)");
        assertThat(rows.get(1).get(12)).isEqualTo("八戸圏域アドバイザー");
        assertThat(rows.get(1).get(8)).isEqualTo("圏域の活動（勉強会・会議など）");
        assertThat(panel.participants()).isEqualTo("多数");
    }

    @Test
    void aConsultationIsOneRowUnderTheSameHeadersWithEveryColumnItHasNotLeftEmpty() {
        StringWriter out = new StringWriter();
        ActivitiesCsv csv = ActivitiesCsv.start(out, ActivitiesCsvTest::name);
        csv.advice(new AdviceRow("ADV-2023-0004", LocalDate.of(2023, 11, 2), "下北", "電話", "コーディネーター", "むつ市",
                null, 20, "保育所入所の調整, 看護師の配置について", "adviser.shimokita"));
        csv.advice(new AdviceRow("ADV-2023-0005", LocalDate.of(2023, 11, 3), "下北", "メール", "病院", "大間町",
                "Bさん", null, "退院後の訪問看護", "center"));
        List<List<String>> rows = Csv.parse(out.toString().substring(1));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).hasSameSizeAs(ActivitiesCsv.HEADERS).containsExactly("2023-11-02", "R5.11月", "下北", "随時相談",
                "", "相談者: コーディネーター", "【電話・20分】保育所入所の調整, 看護師の配置について", "", "随時相談",
                "ADV-2023-0004", "むつ市", "", "下北圏域アドバイザー", "", "", "", "2023年11月2日(木)");
        assertThat(rows.get(2).get(6)).isEqualTo("【メール】退院後の訪問看護");
        assertThat(rows.get(2).get(12)).isEqualTo("支援センター 担当者");
        assertThat(rows.get(2).get(16)).isEqualTo("2023年11月3日(金)");
        assertThat(rows.get(2).get(11)).isEqualTo("Bさん");
    }
}
