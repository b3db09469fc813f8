package jp.tsunagu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ParticipantKind;
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

    /** The advisers' activities (visits, regional meetings, meetings attended) of one region in one month. */
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

    /**
     * The activity records of a period that are the advisers' work, with what the advisers' year
     * counts: an adviser's dispatch visit (a request an adviser accepted; the center's own answer
     * is not), a regional activity's meeting, and any record whose participants include
     * 圏域アドバイザー (a discharge conference, an evacuation plan meeting the adviser attended).
     */
    private static final String ADVISER_WORK = """
            select ar.id, ar.region_id, ar.recorded_by, ar.activity_date, ar.kind, ar.participant_count, ar.participants_many,
                   case when d.business_key is not null then 'DISPATCH'
                        when di.business_key is not null then 'DISCHARGE'
                        when ep.business_key is not null then 'EVACUATION_PLAN'
                        when ra.business_key is not null then 'REGIONAL'
                        else 'OTHER' end as flow,
                   case when exists (select 1 from activity_participant ap
                                     where ap.activity_record_id = ar.id and ap.kind_code = '%1$s')
                        then 1 else 0 end as adviser_present
            from activity_record ar
            left join dispatch_request d on d.business_key = ar.business_key
            left join discharge di on di.business_key = ar.business_key
            left join evacuation_plan ep on ep.business_key = ar.business_key
            left join regional_activity ra on ra.business_key = ar.business_key
            where ar.activity_date between :from and :to
              and ((d.business_key is not null and d.accepted_by is not null) or ra.business_key is not null
                   or exists (select 1 from activity_participant ap
                              where ap.activity_record_id = ar.id and ap.kind_code = '%1$s'))
            """.formatted(ParticipantKind.ADVISER);

    /** What the advisers did per region and month (「月別の派遣件数」 counts all of it, not only dispatches). */
    private static final String DISPATCHES_PER_MONTH = """
            select w.region_id, extract(year from w.activity_date) as y, extract(month from w.activity_date) as mo,
                   count(*) as n
            from (""" + ADVISER_WORK + """
            ) w
            group by w.region_id, extract(year from w.activity_date), extract(month from w.activity_date)
            """;

    /** One activity record of the advisers' work ({@link #adviserWork}). */
    public record AdviserWork(long id, String regionId, String recordedBy, LocalDate date, ActivityKind kind,
            int participantCount, boolean participantsMany, Flow flow, boolean adviserPresent) {
    }

    /**
     * The ad-hoc consultations (随時相談, table adhoc_advice) of the period: who recorded each, for
     * which region (the municipality's when it was recorded). They have no activity record.
     */
    private static final String ADVICE_WORK = """
            select a.region_id, a.recorded_by, a.advice_date from adhoc_advice a
            where a.advice_date between :from and :to
            order by a.advice_date, a.business_key
            """;

    /** One consultation (随時相談) of the advisers' work ({@link #adviceWork}). */
    public record AdviceWork(String regionId, String recordedBy, LocalDate date) {
    }

    /** A municipality and whether a coordinator's office is in it (the staff records). */
    public record MunicipalityCoordinators(String code, String name, String regionId, long coordinators) {
    }

    private static final String COORDINATORS_PER_MUNICIPALITY = """
            select m.code, m.name, m.region_id,
                   (select count(*) from staff_member sm join organization o on o.id = sm.organization_id
                    where sm.role = 'COORDINATOR' and o.municipality_code = m.code) as coordinators
            from municipality m order by m.code
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

    /** The advisers' work of the period, by date ({@link #ADVISER_WORK}). */
    public List<AdviserWork> adviserWork(Period period) {
        return jdbc.query(ADVISER_WORK + " order by ar.activity_date, ar.id", Map.of("from", period.from(), "to", period.to()),
                (rs, n) -> new AdviserWork(rs.getLong("id"), rs.getString("region_id"), rs.getString("recorded_by"),
                        rs.getObject("activity_date", LocalDate.class), ActivityKind.valueOf(rs.getString("kind")),
                        rs.getInt("participant_count"), rs.getBoolean("participants_many"), Flow.valueOf(rs.getString("flow")),
                        rs.getInt("adviser_present") == 1));
    }

    /** The consultations of the period, by date ({@link #ADVICE_WORK}). */
    public List<AdviceWork> adviceWork(Period period) {
        return jdbc.query(ADVICE_WORK, Map.of("from", period.from(), "to", period.to()),
                (rs, n) -> new AdviceWork(rs.getString("region_id"), rs.getString("recorded_by"),
                        rs.getObject("advice_date", LocalDate.class)));
    }

    /** Every municipality with the number of coordinators whose office is in it, by code. */
    public List<MunicipalityCoordinators> coordinatorsPerMunicipality() {
        return jdbc.query(COORDINATORS_PER_MUNICIPALITY, Map.of(), (rs, n) -> new MunicipalityCoordinators(
                rs.getString("code"), rs.getString("name"), rs.getString("region_id"), rs.getLong("coordinators")));
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
