package jp.tsunagu.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.advice.AdviceChannel;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.discharge.DischargeStatus;
import jp.tsunagu.dispatch.DispatchOutcome;
import jp.tsunagu.dispatch.DispatchStatus;
import jp.tsunagu.evacuation.PlanStatus;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.regional.RegionalActivityStatus;

/**
 * Finds dispatch requests, discharges, evacuation plans, regional activities (REG-…) and ad-hoc
 * consultations (随時相談, ADV-…) by business key, case id, case label or municipality (name or
 * code), among those the user may see, newest first, and links each to its open task in Tasklist
 * and, for those who use Cockpit, to its running instance; a consultation, which has no flow, to
 * the page that lists it.
 */
@Service
public class Search {

    static final int MAX_QUERY = 64;
    static final int MAX_RESULTS = 50;
    /** The page that lists the consultations the user may read (advice.AdviceController). */
    static final String ADVICE_PAGE = "/advice";

    public record Result(Flow flow, String businessKey, String status, String municipalityName, String caseId,
            String caseLabel, String startedOn, boolean closed, String tasklistUrl, String cockpitUrl, String printUrl,
            String pageUrl) {
    }

    public record Answer(String query, List<Result> results, boolean more) {
    }

    private static final String ALL = """
            select 'DISPATCH' as flow, d.business_key, d.process_instance_id, d.status, d.outcome, d.created_at, d.closed_at,
                   m.code as municipality_code, m.name as municipality_name, m.region_id as home_region_id,
                   c.id as case_id, c.label as case_label, s.user_id as coordinator_user_id
            from dispatch_request d join municipality m on m.code = d.municipality_code
            left join child_case c on c.id = d.case_id
            left join staff_member s on s.id = coalesce(c.coordinator_id, d.coordinator_id)
            union all
            select 'DISCHARGE', d.business_key, d.process_instance_id, d.status, null, d.created_at, d.closed_at,
                   m.code, m.name, m.region_id, c.id, c.label, s.user_id
            from discharge d join municipality m on m.code = d.municipality_code
            join child_case c on c.id = d.case_id
            left join staff_member s on s.id = coalesce(c.coordinator_id, d.coordinator_id)
            union all
            select 'EVACUATION_PLAN', p.business_key, p.process_instance_id, p.status, null, p.created_at, p.closed_at,
                   m.code, m.name, m.region_id, c.id, c.label, s.user_id
            from evacuation_plan p join municipality m on m.code = p.municipality_code
            join child_case c on c.id = p.case_id
            left join staff_member s on s.id = c.coordinator_id
            union all
            select 'REGIONAL', a.business_key, a.process_instance_id, a.status, null, a.created_at, a.closed_at,
                   cast(null as varchar(6)), r.name || '圏域', a.region_id, null, null, cast(null as varchar(64))
            from regional_activity a join region r on r.id = a.region_id
            union all
            select 'ADVICE', a.business_key, cast(null as varchar(64)), a.channel, null, a.recorded_at,
                   cast(null as timestamp with time zone), m.code, m.name, a.region_id, c.id, c.label, cast(null as varchar(64))
            from adhoc_advice a join municipality m on m.code = a.municipality_code
            left join child_case c on c.id = a.case_id
            """;

    /**
     * A regional activity is read by the municipalities it is for, beside its region's advisers
     * (as report.ActivityQueries reads its records); it has no coordinator. A consultation is read
     * by its municipality and its region's advisers, never by a coordinator (advice.AdviceAccess).
     */
    private static final String FOR_MUNICIPALITIES = "exists (select 1 from regional_activity_municipality ram"
            + " where ram.business_key = x.business_key and ram.municipality_code in (%s))";

    private final NamedParameterJdbcTemplate jdbc;
    private final TaskService tasks;

    public Search(NamedParameterJdbcTemplate jdbc, TaskService tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    public Answer find(String text, AccessScope scope) {
        // ０２２０８０ is 022080, ＣＡＳＥ is CASE: people type full-width as often as not
        String query = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        if (query.length() > MAX_QUERY) {
            throw new InvalidInputException("検索語は" + MAX_QUERY + "文字以内で入力してください。");
        }
        ScopeCondition visible = ScopeCondition.of(scope, "x.municipality_code", FOR_MUNICIPALITIES,
                List.of("x.home_region_id"), "x.coordinator_user_id");
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        parameters.put("upper", "%" + escapeLike(query.toUpperCase(Locale.ROOT)) + "%");
        parameters.put("text", "%" + escapeLike(query) + "%");
        parameters.put("exact", query);
        String sql = "select * from (" + ALL + ") x where " + visible.sql()
                + " and (upper(x.business_key) like :upper escape '\\' or upper(x.case_id) like :upper escape '\\'"
                + " or x.case_label like :text escape '\\' or x.municipality_name like :text escape '\\'"
                + " or x.municipality_code = :exact)"
                + " order by x.created_at desc, x.business_key desc limit " + (MAX_RESULTS + 1);
        List<Result> found = jdbc.query(sql, parameters, (rs, n) -> result(rs, scope.everything()));
        return new Answer(query, found.stream().limit(MAX_RESULTS).toList(), found.size() > MAX_RESULTS);
    }

    private Result result(ResultSet rs, boolean usesCockpit) throws SQLException {
        Flow flow = Flow.valueOf(rs.getString("flow"));
        String businessKey = rs.getString("business_key");
        String instanceId = rs.getString("process_instance_id");
        // a consultation is no flow: nothing to close, no task, no instance
        boolean closed = instanceId == null || rs.getObject("closed_at", OffsetDateTime.class) != null;
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new Result(flow, businessKey, statusLabel(flow, rs.getString("status"), rs.getString("outcome")), rs.getString("municipality_name"),
                rs.getString("case_id"), rs.getString("case_label"),
                JapaneseDates.day(created.atZone(EngineTime.JAPAN).toLocalDate()), closed,
                closed ? null : tasklistUrl(instanceId),
                usesCockpit && !closed ? Dashboard.COCKPIT_INSTANCE + instanceId + "/runtime" : null,
                flow == Flow.EVACUATION_PLAN ? "/evacuation-plans/" + businessKey + "/print" : null,
                flow == Flow.ADVICE ? ADVICE_PAGE : null);
    }

    /** The oldest open task of the instance that the user may see (the engine checks), if any. */
    private String tasklistUrl(String processInstanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskCreateTime().asc().listPage(0, 1);
        return open.isEmpty() ? null : Dashboard.TASKLIST_TASK + open.get(0).getId();
    }

    /** 完了（支援センターが対応）: a closed request says how it ended. */
    static String statusLabel(Flow flow, String status, String outcome) {
        return switch (flow) {
            case DISPATCH -> DispatchStatus.valueOf(status) == DispatchStatus.CLOSED && outcome != null
                    ? DispatchStatus.CLOSED.label() + "（" + DispatchOutcome.valueOf(outcome).label() + "）"
                    : DispatchStatus.valueOf(status).label();
            case DISCHARGE -> DischargeStatus.valueOf(status).label();
            case EVACUATION_PLAN -> PlanStatus.valueOf(status).label();
            case REGIONAL -> RegionalActivityStatus.valueOf(status).label();
            case ADVICE -> "記録済み（" + AdviceChannel.valueOf(status).label() + "）";
            case OTHER -> status;
        };
    }

    /** The user's text is matched literally: % and _ are not wildcards. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
