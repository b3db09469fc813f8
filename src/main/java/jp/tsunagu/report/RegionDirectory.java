package jp.tsunagu.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagu.common.InvalidInputException;

/**
 * The regions in the prefecture's order (by their first municipality's code: 青森, 津軽, 八戸,
 * 西北五, 上十三, 下北, as the seed lists them) and the advisers who cover each, with all the
 * regions each of them covers (one person covers 青森 and 西北五).
 */
@Repository
public class RegionDirectory {

    /** A region and its advisers. */
    public record RegionInfo(String id, String name, List<Adviser> advisers) {
    }

    /** An adviser's user, display name and office (as in the staff records) and the names of every region they cover. */
    public record Adviser(String userId, String name, String office, List<String> regionNames) {
    }

    private final JdbcTemplate jdbc;

    public RegionDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<RegionInfo> regions() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.query("""
                select r.id, r.name from region r left join municipality m on m.region_id = r.id
                group by r.id, r.name order by min(m.code), r.id
                """, rs -> {
            names.put(rs.getString("id"), rs.getString("name"));
        });
        Map<Long, Adviser> adviserNames = new LinkedHashMap<>();
        Map<Long, List<String>> regionsOfAdviser = new LinkedHashMap<>();
        jdbc.query("""
                select sm.id, sm.user_id, sm.display_name, o.name as office, smr.region_id from staff_member sm
                join staff_member_region smr on smr.staff_member_id = sm.id
                left join organization o on o.id = sm.organization_id
                where sm.role = 'ADVISER' order by sm.display_name, sm.id
                """, rs -> {
            adviserNames.put(rs.getLong("id"), new Adviser(rs.getString("user_id"), rs.getString("display_name"),
                    rs.getString("office"), List.of()));
            regionsOfAdviser.computeIfAbsent(rs.getLong("id"), id -> new ArrayList<>()).add(rs.getString("region_id"));
        });
        List<RegionInfo> regions = new ArrayList<>();
        names.forEach((id, name) -> regions.add(new RegionInfo(id, name, advisersOf(id, names, adviserNames, regionsOfAdviser))));
        return regions;
    }

    /** The region of a region parameter; an unknown one is refused, listing the known ones. */
    public RegionInfo require(String regionId) {
        List<RegionInfo> regions = regions();
        return find(regions, regionId).orElseThrow(() -> new InvalidInputException("圏域「" + regionId
                + "」はありません。指定できる圏域: " + String.join("、",
                        regions.stream().map(region -> region.id() + "（" + region.name() + "）").toList()) + "。"));
    }

    static Optional<RegionInfo> find(List<RegionInfo> regions, String regionId) {
        return regions.stream().filter(region -> region.id().equals(regionId)).findFirst();
    }

    private static List<Adviser> advisersOf(String regionId, Map<String, String> regionNames, Map<Long, Adviser> adviserNames,
            Map<Long, List<String>> regionsOfAdviser) {
        List<Adviser> advisers = new ArrayList<>();
        regionsOfAdviser.forEach((id, covered) -> {
            if (covered.contains(regionId)) {
                List<String> coveredNames = regionNames.keySet().stream().filter(covered::contains)
                        .map(regionNames::get).toList();
                Adviser adviser = adviserNames.get(id);
                advisers.add(new Adviser(adviser.userId(), adviser.name(), adviser.office(), coveredNames));
            }
        });
        return advisers;
    }
}
