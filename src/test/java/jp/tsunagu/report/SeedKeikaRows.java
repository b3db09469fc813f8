package jp.tsunagu.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seed's 33 rows of 経過 as written by hand in src/test/resources/seed/keika-rows.csv: what the
 * case collection of the seed's cases, played through the flows, is compared with.
 */
record SeedKeikaRows(List<Row> rows) {

    static final String RESOURCE = "/seed/keika-rows.csv";
    static final String MANY = "多数";

    /** One row: the seed's case (1–10), region id, R5.2月 and 2023-02, kind, count or 多数, content. */
    record Row(int seedCase, String region, String eraMonth, YearMonth month, String kind, String participants,
            String content) {

        /** As the collection writes the count: 「5名」 or 「多数」. */
        String participantsAsShown() {
            return MANY.equals(participants) ? MANY : participants + "名";
        }
    }

    static SeedKeikaRows load() {
        try (InputStream in = SeedKeikaRows.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).collect(Collectors.joining("\r\n"));
            List<List<String>> table = Csv.parse(text + "\r\n");
            if (!table.get(0).equals(List.of("case", "region", "month_era", "month", "kind", "participants", "content"))) {
                throw new IllegalStateException(RESOURCE + " has another header: " + table.get(0));
            }
            return new SeedKeikaRows(table.subList(1, table.size()).stream().filter(fields -> fields.size() > 1)
                    .map(fields -> new Row(Integer.parseInt(fields.get(0)), fields.get(1), fields.get(2),
                            YearMonth.parse(fields.get(3)), fields.get(4), fields.get(5), fields.get(6)))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> ofCase(int seedCase) {
        return rows.stream().filter(row -> row.seedCase() == seedCase).toList();
    }
}
