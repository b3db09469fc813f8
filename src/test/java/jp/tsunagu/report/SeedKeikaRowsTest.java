package jp.tsunagu.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.tsunagu.common.JapaneseDates;

/**
 * The hand-written table of the seed's 経過 rows holds what the seed prints: 33 rows in ten cases
 * of the six regions, each month written the same in both forms, a count on every row but the
 * panel exhibition's 「多数」.
 */
class SeedKeikaRowsTest {

    private final SeedKeikaRows seed = SeedKeikaRows.load();

    @Test
    void thirtyThreeRowsInTenCasesAsTheSeedCountsThem() {
        assertThat(seed.rows()).hasSize(33);
        Map<Integer, Long> perCase = seed.rows().stream()
                .collect(Collectors.groupingBy(SeedKeikaRows.Row::seedCase, TreeMap::new, Collectors.counting()));
        assertThat(perCase).containsExactly(Map.entry(1, 3L), Map.entry(2, 3L), Map.entry(3, 3L), Map.entry(4, 3L),
                Map.entry(5, 3L), Map.entry(6, 8L), Map.entry(7, 2L), Map.entry(8, 4L), Map.entry(9, 2L), Map.entry(10, 2L));
        assertThat(seed.rows().stream().map(SeedKeikaRows.Row::region).distinct())
                .containsExactly("aomori", "tsugaru", "hachinohe", "seihokugo", "kamitosan", "shimokita");
    }

    @Test
    void eachEraMonthIsTheSameMonthAsItsYearMonthAndWithinTheSeedsYears() {
        for (SeedKeikaRows.Row row : seed.rows()) {
            assertThat(JapaneseDates.shortMonth(row.month().atDay(1))).as(row.toString()).isEqualTo(row.eraMonth());
        }
        assertThat(seed.rows()).extracting(SeedKeikaRows.Row::month).allSatisfy(month -> assertThat(month.toString())
                .isBetween("2022-09", "2023-11"));
        assertThat(seed.rows()).filteredOn(row -> row.seedCase() == 6).extracting(SeedKeikaRows.Row::month)
                .as("the study group's meetings in the seed's order").isSorted();
    }

    @Test
    void everyRowHasACountButThePanelExhibitionsMany() {
        List<SeedKeikaRows.Row> many = seed.rows().stream().filter(row -> row.participants().equals("多数")).toList();
        assertThat(many).singleElement().satisfies(row -> {
            assertThat(row.seedCase()).isEqualTo(6);
            assertThat(row.kind()).startsWith("医療的ケア児（者）パネル展・交流会");
            assertThat(seed.ofCase(6).get(7)).isEqualTo(row);
        });
        assertThat(seed.rows()).filteredOn(row -> !row.participants().equals("多数"))
                .allSatisfy(row -> assertThat(Integer.parseInt(row.participants())).isBetween(2, 68));
        assertThat(seed.rows().stream().filter(row -> !row.participants().equals("多数"))
                .mapToInt(row -> Integer.parseInt(row.participants())).sum()).as("the seed's counts added by hand")
                .isEqualTo(12 + 158 + 22 + 29 + 18 + 122 + 19 + 34 + 65 + 23);
        assertThat(seed.rows()).allSatisfy(row -> assertThat(row.content()).isNotBlank());
    }
}
