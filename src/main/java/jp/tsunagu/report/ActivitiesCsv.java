package jp.tsunagu.report;

import static jp.tsunagu.report.CsvFile.nullToEmpty;

import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jp.tsunagu.common.JapaneseDates;

/**
 * The activity records as CSV for Excel ({@link CsvFile}): Japanese headers, one row per activity,
 * and one per consultation (随時相談) among them by date. 記録者 is the person's name (issue 24:
 * names, not ids; {@code identity.Names}); 実施日 stays ISO (2023-07-05) for machines and sorting, and
 * 実施日（曜日つき） beside it is the day as our screens write it (2023年7月5日(水)).
 */
final class ActivitiesCsv {

    static final char BOM = CsvFile.BOM;
    /** The columns of before issue 20 keep their place; the participants by kind, 多数 and オンライン follow. */
    static final List<String> HEADERS = List.of("実施日", "実施年月（和暦）", "圏域", "種類", "参加人数", "参加者（役割）", "内容",
            "圏域アドバイザーが対応したこと・工夫したこと", "業務", "案件番号", "市町村", "ケース", "記録者",
            "参加者（種別と人数）", "多数", "オンライン", "実施日（曜日つき）");
    /** The day as people read it (JapaneseDates.day), after the columns of before: none of them moves. */
    static final String DAY_AS_READ = "実施日（曜日つき）";
    /** How a yes reads in the 多数 and オンライン columns (empty for no): Excel counts it with COUNTIF. */
    static final String YES = "○";

    private final CsvFile file;
    private final UnaryOperator<String> personName;

    private ActivitiesCsv(CsvFile file, UnaryOperator<String> personName) {
        this.file = file;
        this.personName = personName;
    }

    /**
     * Starts the file: the byte order mark and the header row.
     *
     * @param personName a recorder's user id to their name (Names::person)
     */
    static ActivitiesCsv start(Writer out, UnaryOperator<String> personName) {
        return new ActivitiesCsv(CsvFile.start(out, HEADERS), personName);
    }

    void row(ActivityRow row) {
        file.line(List.of(row.date().toString(), JapaneseDates.shortMonth(row.date()), row.regionName(), row.kind().label(),
                row.participantsMany() ? "多数" : Integer.toString(row.participantCount()), nullToEmpty(row.participantRoles()),
                row.content(), nullToEmpty(row.adviserNotes()), row.flow().label(), row.businessKey(),
                nullToEmpty(row.municipalityName()), nullToEmpty(row.caseLabel()), personName.apply(row.recordedBy()),
                row.participantsByKind(), row.participantsMany() ? YES : "", row.online() ? YES : "",
                JapaneseDates.day(row.date())));
    }

    /** 随時相談 in 種類 and 業務 of a consultation's row (advice package; no flow, no activity record). */
    static final String ADVICE = Flow.ADVICE.label();

    /**
     * A consultation (随時相談) as one row under the same headers: who asked in 参加者, how, how
     * long and the gist in 内容; by header name, so that a column added for the activity records
     * stays empty here rather than shifting the row.
     */
    void advice(AdviceRow row) {
        Map<String, String> values = Map.ofEntries(
                Map.entry("実施日", row.date().toString()),
                Map.entry("実施年月（和暦）", JapaneseDates.shortMonth(row.date())),
                Map.entry("圏域", row.regionName()),
                Map.entry("種類", ADVICE),
                Map.entry("参加者（役割）", "相談者: " + row.askerKind()),
                Map.entry("内容", "【" + row.how() + "】" + row.gist()),
                Map.entry("業務", ADVICE),
                Map.entry("案件番号", row.businessKey()),
                Map.entry("市町村", row.municipalityName()),
                Map.entry("ケース", nullToEmpty(row.caseLabel())),
                Map.entry("記録者", personName.apply(row.recordedBy())),
                Map.entry(DAY_AS_READ, JapaneseDates.day(row.date())));
        file.line(HEADERS.stream().map(header -> values.getOrDefault(header, "")).toList());
    }

    static String field(String value) {
        return CsvFile.field(value);
    }
}
