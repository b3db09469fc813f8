package jp.tsunagu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.activity.ParticipantCount;
import jp.tsunagu.activity.ParticipantKinds;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.dispatch.RequesterRole;
import jp.tsunagu.evacuation.PlanStatus;
import jp.tsunagu.report.ActivityRow.CaseFacts;

/**
 * Activity records of a period with their context, filtered by the user's scope in the database.
 * A record's municipality is the child's home municipality, else the requesting municipality; an
 * adviser sees the records of the regions they cover, where the activity happened or the home is;
 * a municipality also the records of the regional activities it is one of the municipalities for.
 */
@Repository
public class ActivityQueries {

    private static final String ROWS = """
            select ar.id, ar.business_key, ar.activity_date, ar.kind, ar.participant_roles, ar.participant_count,
                   ar.participants_many, ar.online,
                   ar.content, ar.notes, ar.region_id, r.name as region_name, ar.recorded_by,
                   cc.label as case_label, m.code as municipality_code, m.name as municipality_name,
                   m.region_id as home_region_id, cs.user_id as coordinator_user_id,
                   case when dr.business_key is not null then 'DISPATCH'
                        when di.business_key is not null then 'DISCHARGE'
                        when ep.business_key is not null then 'EVACUATION_PLAN'
                        when ra.business_key is not null then 'REGIONAL'
                        else 'OTHER' end as flow,
                   dr.request_kind, dr.request_detail, dr.requester_role, dr.feedback_comment,
                   hr.name as hospital_region_name, di.expected_date, di.no_coordinator,
                   ep.status as plan_status, ra.theme as regional_theme, rk.label as regional_kind,
                   (select max(v.number) from evacuation_plan_version v
                     where v.business_key = ep.business_key) as plan_versions,
                   (select max(case when v.battery_shortfall then 1 else 0 end) from evacuation_plan_version v
                     where v.business_key = ep.business_key) as plan_battery_shortfall
            from activity_record ar
            join region r on r.id = ar.region_id
            left join dispatch_request dr on dr.business_key = ar.business_key
            left join discharge di on di.business_key = ar.business_key
            left join region hr on hr.id = di.hospital_region_id
            left join evacuation_plan ep on ep.business_key = ar.business_key
            left join regional_activity ra on ra.business_key = ar.business_key
            left join regional_activity_kind rk on rk.code = ra.kind_code
            left join child_case cc on cc.id = ar.case_id
            left join municipality m
                   on m.code = coalesce(cc.home_municipality, dr.municipality_code, di.municipality_code, ep.municipality_code)
            left join staff_member cs on cs.id = coalesce(cc.coordinator_id, dr.coordinator_id)
            """;

    /** A regional activity's records are read by the municipalities it is for (its row in regional_activity). */
    private static final String FOR_MUNICIPALITIES = "exists (select 1 from regional_activity_municipality ram"
            + " where ram.business_key = a.business_key and ram.municipality_code in (%s))";

    private final NamedParameterJdbcTemplate jdbc;
    private final ParticipantKinds kinds;

    public ActivityQueries(NamedParameterJdbcTemplate jdbc, ParticipantKinds kinds) {
        this.jdbc = jdbc;
        this.kinds = kinds;
    }

    /** The records of the period (and region, when given) that the scope covers, by date. */
    public List<ActivityRow> of(Period period, Optional<String> regionId, AccessScope scope) {
        Query query = query(period, regionId, scope);
        Map<Long, String> participants = participantsByKind(period);
        return jdbc.query(query.sql(), query.parameters(), (rs, rowNumber) -> row(rs, participants));
    }

    /**
     * The same rows one at a time, for exports that must not hold a whole period's records in
     * memory (only the short text of their participants by kind).
     */
    public void forEach(Period period, AccessScope scope, Consumer<ActivityRow> consumer) {
        Query query = query(period, Optional.empty(), scope);
        Map<Long, String> participants = participantsByKind(period);
        jdbc.query(query.sql(), query.parameters(), rs -> {
            consumer.accept(row(rs, participants));
        });
    }

    /** The participants by kind of every record of the period, as people read them, by record id. */
    private Map<Long, String> participantsByKind(Period period) {
        Map<Long, List<ParticipantCount>> counts = new HashMap<>();
        jdbc.query("""
                select ap.activity_record_id, ap.kind_code, ap.participant_count from activity_participant ap
                join activity_record ar on ar.id = ap.activity_record_id
                where ar.activity_date between :from and :to
                """, Map.of("from", period.from(), "to", period.to()), rs -> {
            counts.computeIfAbsent(rs.getLong("activity_record_id"), id -> new ArrayList<>())
                    .add(new ParticipantCount(rs.getString("kind_code"), rs.getInt("participant_count")));
        });
        Function<List<ParticipantCount>, String> describe = kinds.describer();
        Map<Long, String> texts = new HashMap<>();
        counts.forEach((id, list) -> texts.put(id, describe.apply(list)));
        return texts;
    }

    /**
     * The participants' voices a regional activity's meetings recorded (regional_meeting.voices),
     * by business key, under the heading the seed gives them: 勉強会参加者の声 for a study group,
     * 会議参加者の声 otherwise. The record has no speaker: they are the participants.
     */
    public Map<String, List<CaseCollection.Voice>> meetingVoices(List<Long> activityRecordIds) {
        Map<String, List<CaseCollection.Voice>> voices = new HashMap<>();
        if (activityRecordIds.isEmpty()) {
            return voices;
        }
        jdbc.query("""
                select rm.business_key, rm.voices, ar.kind from regional_meeting rm
                join activity_record ar on ar.id = rm.activity_record_id
                where rm.activity_record_id in (:ids) and rm.voices is not null
                order by ar.activity_date, rm.seq
                """, Map.of("ids", activityRecordIds), rs -> {
            if (!rs.getString("voices").isBlank()) {
                String heading = ActivityKind.STUDY_GROUP.name().equals(rs.getString("kind"))
                        ? CaseCollection.STUDY_GROUP_VOICES : CaseCollection.MEETING_VOICES;
                voices.computeIfAbsent(rs.getString("business_key"), key -> new java.util.ArrayList<>())
                        .add(new CaseCollection.Voice(heading, "参加者", rs.getString("voices")));
            }
        });
        return voices;
    }

    /** A case of the collection: a business key that has activity records, with its child's case id, if any. */
    public record CaseRef(String businessKey, String caseId) {
    }

    public Optional<CaseRef> caseRef(String businessKey) {
        return jdbc.query("select business_key, max(case_id) as case_id from activity_record where business_key = :key"
                + " group by business_key", Map.of("key", businessKey),
                (rs, rowNumber) -> new CaseRef(rs.getString("business_key"), rs.getString("case_id"))).stream().findFirst();
    }

    /** The date of the first record of all (not only the user's): where the data begins. */
    public Optional<LocalDate> firstDate() {
        return Optional.ofNullable(jdbc.getJdbcTemplate().queryForObject(
                "select min(activity_date) from activity_record", LocalDate.class));
    }

    private record Query(String sql, Map<String, Object> parameters) {
    }

    private static Query query(Period period, Optional<String> regionId, AccessScope scope) {
        ScopeCondition visible = ScopeCondition.of(scope, "a.municipality_code", FOR_MUNICIPALITIES,
                List.of("a.region_id", "a.home_region_id"), "a.coordinator_user_id");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("from", period.from());
        parameters.put("to", period.to());
        String sql = "select * from (" + ROWS + ") a where a.activity_date between :from and :to and " + visible.sql();
        if (regionId.isPresent()) {
            sql += " and a.region_id = :region";
            parameters.put("region", regionId.get());
        }
        return new Query(sql + " order by a.activity_date, a.business_key, a.id", parameters);
    }

    private static ActivityRow row(ResultSet rs, Map<Long, String> participants) throws SQLException {
        return new ActivityRow(
                rs.getLong("id"),
                rs.getString("business_key"),
                Flow.valueOf(rs.getString("flow")),
                rs.getObject("activity_date", LocalDate.class),
                ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("participant_roles"),
                rs.getInt("participant_count"),
                rs.getBoolean("participants_many"),
                participants.getOrDefault(rs.getLong("id"), ""),
                rs.getBoolean("online"),
                rs.getString("content"),
                rs.getString("notes"),
                rs.getString("region_id"),
                rs.getString("region_name"),
                rs.getString("municipality_name"),
                rs.getString("case_label"),
                rs.getString("recorded_by"),
                enumOrNull(RequestKind.class, rs.getString("request_kind")),
                rs.getString("request_detail"),
                enumOrNull(RequesterRole.class, rs.getString("requester_role")),
                rs.getString("feedback_comment"),
                new CaseFacts(rs.getString("hospital_region_name"), rs.getObject("expected_date", LocalDate.class),
                        (Boolean) rs.getObject("no_coordinator"),
                        enumOrNull(PlanStatus.class, rs.getString("plan_status")),
                        (Integer) rs.getObject("plan_versions", Integer.class),
                        rs.getObject("plan_battery_shortfall", Integer.class) != null
                                && rs.getInt("plan_battery_shortfall") == 1,
                        rs.getString("regional_theme"), rs.getString("regional_kind")));
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
