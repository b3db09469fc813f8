package jp.tsunagu.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.advice.AdviceChannel;
import jp.tsunagu.advice.AskerKind;

/**
 * The consultations (随時相談, table adhoc_advice) of a period that the user's scope covers, by
 * date, filtered in the database: a municipality the consultations about itself, an adviser those
 * of their regions, the center and the prefecture all; a coordinator none (advice.AdviceAccess).
 */
@Repository
class AdviceRows {

    private static final String ROWS = """
            select a.business_key, a.advice_date, a.channel, a.asker_kind, a.minutes, a.gist, a.recorded_by,
                   a.region_id, r.name as region_name, a.municipality_code, m.name as municipality_name,
                   cc.label as case_label, cast(null as varchar(64)) as coordinator_user_id
            from adhoc_advice a
            join region r on r.id = a.region_id
            join municipality m on m.code = a.municipality_code
            left join child_case cc on cc.id = a.case_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AdviceRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AdviceRow> of(Period period, AccessScope scope) {
        // coordinator_user_id is null: a coordinator's scope matches no consultation
        ScopeCondition visible = ScopeCondition.of(scope, "v.municipality_code", List.of("v.region_id"),
                "v.coordinator_user_id");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("from", period.from());
        parameters.put("to", period.to());
        String sql = "select * from (" + ROWS + ") v where v.advice_date between :from and :to and " + visible.sql()
                + " order by v.advice_date, v.business_key";
        return jdbc.query(sql, parameters, (rs, rowNumber) -> new AdviceRow(
                rs.getString("business_key"),
                rs.getObject("advice_date", LocalDate.class),
                rs.getString("region_name"),
                AdviceChannel.valueOf(rs.getString("channel")).label(),
                AskerKind.valueOf(rs.getString("asker_kind")).label(),
                rs.getString("municipality_name"),
                rs.getString("case_label"),
                rs.getObject("minutes", Integer.class),
                rs.getString("gist"),
                rs.getString("recorded_by")));
    }
}
