package jp.tsunagu.report;

import static jp.tsunagu.report.CsvFile.nullToEmpty;

import java.io.Writer;
import java.util.List;

import jp.tsunagu.common.JapaneseDates;

/** The activity records as CSV for Excel ({@link CsvFile}): Japanese headers, one row per activity. */
final class ActivitiesCsv {

    static final char BOM = CsvFile.BOM;
    /** The columns of before issue 20 keep their place; the participants by kind, 多数 and オンライン follow. */
    static final List<String> HEADERS = List.of("実施日", "実施年月（和暦）", "圏域", "種類", "参加人数", "参加者（役割）", "内容",
            "圏域アドバイザーが対応したこと・工夫したこと", "業務", "案件番号", "市町村", "ケース", "記録者",
            "参加者（種別と人数）", "多数", "オンライン");
    /** How a yes reads in the 多数 and オンライン columns (empty for no): Excel counts it with COUNTIF. */
    static final String YES = "○";

    private final CsvFile file;

    private ActivitiesCsv(CsvFile file) {
        this.file = file;
    }

    /** Starts the file: the byte order mark and the header row. */
    static ActivitiesCsv start(Writer out) {
        return new ActivitiesCsv(CsvFile.start(out, HEADERS));
    }

    void row(ActivityRow row) {
        file.line(List.of(row.date().toString(), JapaneseDates.shortMonth(row.date()), row.regionName(), row.kind().label(),
                row.participantsMany() ? "多数" : Integer.toString(row.participantCount()), nullToEmpty(row.participantRoles()),
                row.content(), nullToEmpty(row.adviserNotes()), row.flow().label(), row.businessKey(),
                nullToEmpty(row.municipalityName()), nullToEmpty(row.caseLabel()), row.recordedBy(),
                row.participantsByKind(), row.participantsMany() ? YES : "", row.online() ? YES : ""));
    }

    static String field(String value) {
        return CsvFile.field(value);
    }
}
