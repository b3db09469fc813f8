package jp.tsunagu.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import jp.tsunagu.common.JapaneseDates;

/**
 * The activity records as CSV for Excel in Japan: UTF-8 with a byte order mark (without it Excel
 * reads the file as Shift_JIS and the Japanese is garbled), CRLF line ends, RFC 4180 quoting,
 * Japanese headers, one row per activity, and one per consultation (随時相談) among them by date.
 */
final class ActivitiesCsv {

    static final char BOM = '\uFEFF';
    static final List<String> HEADERS = List.of("実施日", "実施年月（和暦）", "圏域", "種類", "参加人数", "参加者（役割）", "内容",
            "圏域アドバイザーが対応したこと・工夫したこと", "業務", "案件番号", "市町村", "ケース", "記録者");

    private final Writer out;

    private ActivitiesCsv(Writer out) {
        this.out = out;
    }

    /** Starts the file: the byte order mark and the header row. */
    static ActivitiesCsv start(Writer out) {
        ActivitiesCsv csv = new ActivitiesCsv(out);
        csv.write(BOM);
        csv.line(HEADERS);
        return csv;
    }

    void row(ActivityRow row) {
        line(List.of(row.date().toString(), JapaneseDates.shortMonth(row.date()), row.regionName(), row.kind().label(),
                row.participantsMany() ? "多数" : Integer.toString(row.participantCount()), row.participantRoles(), row.content(),
                nullToEmpty(row.adviserNotes()), row.flow().label(), row.businessKey(),
                nullToEmpty(row.municipalityName()), nullToEmpty(row.caseLabel()), row.recordedBy()));
    }

    /** 随時相談 in 種類 and 業務 of a consultation's row (advice package; no flow, no activity record). */
    static final String ADVICE = "随時相談";

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
                Map.entry("記録者", row.recordedBy()));
        line(HEADERS.stream().map(header -> values.getOrDefault(header, "")).toList());
    }

    private void line(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                write(',');
            }
            write(field(fields.get(i)));
        }
        write("\r\n");
    }

    /**
     * Quotes where RFC 4180 needs it. A text a person entered that begins like a formula
     * (=, +, -, @) gets a leading apostrophe so that Excel shows it instead of running it.
     */
    static String field(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private void write(char c) {
        write(String.valueOf(c));
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the CSV could not be written to the client", e);
        }
    }
}
