package jp.tsunagu.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import jp.tsunagu.report.AdvisersYear.Figures;

/**
 * The advisers' year ({@link AdvisersYear}) as one CSV table ({@link CsvFile}): a row per region,
 * per adviser, and the total; columns for the counts, each kind of activity and each month.
 */
final class AdvisersYearCsv {

    static final String REGION = "圏域";
    static final String ADVISER = "アドバイザー";
    static final String TOTAL = "合計";
    /** The ad-hoc consultations' column (随時相談: no activity record, so not in 活動件数). */
    static final String CONSULTATIONS = "随時相談（件）";

    private AdvisersYearCsv() {
    }

    static List<String> headers(AdvisersYear.Year year) {
        List<String> headers = new ArrayList<>(List.of("年度", "区分", "圏域", "アドバイザー", "活動件数", "延べ参加者", "参加者多数の活動",
                "派遣（回）", "圏域の活動（回）", "退院・避難計画の会議への参加（回）", CONSULTATIONS));
        year.kinds().forEach(kind -> headers.add("種類別: " + kind));
        year.months().forEach(month -> headers.add("月別: " + month));
        headers.addAll(List.of("市町村数", "コーディネーターのいない市町村"));
        return headers;
    }

    static void write(Writer out, AdvisersYear.Year year) {
        CsvFile csv = CsvFile.start(out, headers(year));
        String label = year.fiscalYear().label();
        for (AdvisersYear.RegionYear region : year.regions()) {
            csv.line(row(label, REGION, region.regionName(), "", region.figures(), Integer.toString(region.municipalities()),
                    String.join("、", region.withoutCoordinator())));
        }
        for (AdvisersYear.AdviserYear adviser : year.advisers()) {
            csv.line(row(label, ADVISER, String.join("・", adviser.regionNames()), adviser.name(), adviser.figures(), "", ""));
        }
        int municipalities = year.regions().stream().mapToInt(AdvisersYear.RegionYear::municipalities).sum();
        long without = year.regions().stream().mapToLong(region -> region.withoutCoordinator().size()).sum();
        csv.line(row(label, TOTAL, "", "", year.total(), Integer.toString(municipalities), without + "市町村"));
    }

    private static List<String> row(String year, String section, String region, String adviser, Figures figures,
            String municipalities, String withoutCoordinator) {
        List<String> fields = new ArrayList<>(List.of(year, section, region, adviser, Integer.toString(figures.activities()),
                Integer.toString(figures.participants()), Integer.toString(figures.many()), Integer.toString(figures.dispatches()),
                Integer.toString(figures.regional()), Integer.toString(figures.meetingsAttended()),
                Integer.toString(figures.consultations())));
        figures.byKind().forEach(count -> fields.add(count.toString()));
        figures.months().forEach(count -> fields.add(count.toString()));
        fields.add(municipalities);
        fields.add(withoutCoordinator);
        return fields;
    }
}
