package jp.tsunagu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagu.process.EngineTime;

/**
 * The dashboard's figures from our own tables, aggregated in the database (counts, averages and
 * the 90th percentile by {@code percentile_cont}, which H2 and PostgreSQL both know). Regions are
 * the current region of the row's municipality, so a municipality moved between regions by an
 * administrator is counted where it is now.
 */
@Repository
public class DashboardQueries {

    /** A count for one region and flow. */
    public record RegionFlowCount(String regionId, Flow flow, long count) {
    }

    /** Lead times in hours for one region and flow: how many, average and 90th percentile. */
    public record LeadTimeFigures(String regionId, Flow flow, long count, double averageHours, double p90Hours) {
    }

    /** Dispatches (adviser visits) of one region in one month. */
    public record MonthlyCount(String regionId, YearMonth month, long count) {
    }

    /** Children of one municipality (cases in support) with and without an approved evacuation plan. */
    public record PlanCoverage(String municipalityCode, String municipalityName, String regionId, long children,
            long withApprovedPlan) {

        public long withoutApprovedPlan() {
            return children - withApprovedPlan;
        }
    }

    private static final String OPEN_REQUESTS = """
            select m.region_id, 'DISPATCH' as flow, count(*) as n from dispatch_request d
              join municipality m on m.code = d.municipality_code where d.closed_at is null group by m.region_id
            union all
            select m.region_id, 'DISCHARGE', count(*) from discharge d
              join municipality m on m.code = d.municipality_code where d.closed_at is null group by m.region_id
            union all
            select m.region_id, 'EVACUATION_PLAN', count(*) from evacuation_plan p
              join municipality m on m.code = p.municipality_code where p.status in ('DRAFTING', 'IN_REVIEW')
              group by m.region_id
            """;

    /** Seconds between two timestamps, the same in H2 and PostgreSQL. */
    private static String seconds(String from, String to) {
        return "(extract(epoch from " + to + ") - extract(epoch from " + from + "))";
    }

    private static String leadTime(String flow, String seconds, String from, String where) {
        return "select m.region_id, '" + flow + "' as flow, count(*) as n, avg(" + seconds + ") / 3600.0 as avg_hours, "
                + "percentile_cont(0.9) within group (order by " + seconds + ") / 3600.0 as p90_hours "
                + from + " where " + where + " group by m.region_id";
    }

    private static final String TO_ACCEPTANCE = leadTime("DISPATCH", seconds("d.created_at", "d.accepted_at"),
            "from dispatch_request d join municipality m on m.code = d.municipality_code",
            "d.accepted_at >= :start and d.accepted_at < :end");

    /** Requests declined at triage are left out: their quick close says nothing about the work. */
    private static final String TO_CLOSE = String.join(" union all ",
            leadTime("DISPATCH", seconds("d.created_at", "d.closed_at"),
                    "from dispatch_request d join municipality m on m.code = d.municipality_code",
                    "d.closed_at >= :start and d.closed_at < :end and d.status = 'CLOSED'"),
            leadTime("DISCHARGE", seconds("d.created_at", "d.closed_at"),
                    "from discharge d join municipality m on m.code = d.municipality_code",
                    "d.closed_at >= :start and d.closed_at < :end"),
            // An evacuation plan runs for years (yearly reviews): its lead time ends at the first approval.
            leadTime("EVACUATION_PLAN", seconds("p.created_at", "v.approved_at"),
                    "from evacuation_plan p join evacuation_plan_version v on v.business_key = p.business_key and v.number = 1 "
                            + "join municipality m on m.code = p.municipality_code",
                    "v.approved_at >= :start and v.approved_at < :end"));

    private static final String DISPATCHES_PER_MONTH = """
            select ar.region_id, extract(year from ar.activity_date) as y, extract(month from ar.activity_date) as mo,
                   count(*) as n
            from activity_record ar join dispatch_request d on d.business_key = ar.business_key
            where d.accepted_by is not null and ar.activity_date between :from and :to
            group by ar.region_id, extract(year from ar.activity_date), extract(month from ar.activity_date)
            """;

    private static final String PLAN_COVERAGE = """
            select m.code, m.name, m.region_id, count(*) as children,
                   sum(case when exists (select 1 from evacuation_plan p where p.case_id = c.id
                                         and p.current_version is not null and p.status <> 'CLOSED')
                            then 1 else 0 end) as with_plan
            from child_case c join municipality m on m.code = c.home_municipality
            where c.status = 'ACTIVE'
            group by m.code, m.name, m.region_id
            order by m.code
            """;

    private final NamedParameterJdbcTemplate jdbc;

    public DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests and discharges not closed, plans being drafted or reviewed. */
    public List<RegionFlowCount> openRequests() {
        return jdbc.query(OPEN_REQUESTS, Map.of(), (rs, n) -> new RegionFlowCount(rs.getString("region_id"),
                Flow.valueOf(rs.getString("flow")), rs.getLong("n")));
    }

    /** From request to the adviser's acceptance, for requests accepted in the period. */
    public List<LeadTimeFigures> toAcceptance(Period period) {
        return jdbc.query(TO_ACCEPTANCE, instants(period), (rs, n) -> leadTime(rs));
    }

    /** From request to close (a plan: to its first approval), for those closed in the period. */
    public List<LeadTimeFigures> toClose(Period period) {
        return jdbc.query(TO_CLOSE, instants(period), (rs, n) -> leadTime(rs));
    }

    public List<MonthlyCount> dispatchesPerMonth(Period period) {
        return jdbc.query(DISPATCHES_PER_MONTH, Map.of("from", period.from(), "to", period.to()),
                (rs, n) -> new MonthlyCount(rs.getString("region_id"),
                        YearMonth.of(rs.getInt("y"), rs.getInt("mo")), rs.getLong("n")));
    }

    /** Municipalities with at least one child in support, by code. */
    public List<PlanCoverage> planCoverage() {
        return jdbc.query(PLAN_COVERAGE, Map.of(), (rs, n) -> new PlanCoverage(rs.getString("code"),
                rs.getString("name"), rs.getString("region_id"), rs.getLong("children"), rs.getLong("with_plan")));
    }

    private static Map<String, Object> instants(Period period) {
        return Map.of("start", OffsetDateTime.ofInstant(period.start(), EngineTime.JAPAN),
                "end", OffsetDateTime.ofInstant(period.endExclusive(), EngineTime.JAPAN));
    }

    private static LeadTimeFigures leadTime(ResultSet rs) throws SQLException {
        return new LeadTimeFigures(rs.getString("region_id"), Flow.valueOf(rs.getString("flow")), rs.getLong("n"),
                rs.getDouble("avg_hours"), rs.getDouble("p90_hours"));
    }
}
