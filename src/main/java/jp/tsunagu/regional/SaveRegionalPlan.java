package jp.tsunagu.regional;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.grants.InstanceGrants;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.routing.Routing;

/**
 * ServiceTask_SavePlan: checks the plan entered in UserTask_Plan against our tables (a kind of
 * the table, municipalities of the activity's region), stores it with one meeting per date, and
 * lets the region's advisers and the municipalities it is for read the instance (the center and
 * the prefecture read everything). Writes the plan as text for the center's and the record forms.
 */
@Component("saveRegionalPlan")
public class SaveRegionalPlan implements JavaDelegate {

    static final int MAX_MEETINGS = 24;

    private final RegionalActivityRepository activities;
    private final RegionalActivityKindRepository kinds;
    private final Municipalities municipalities;
    private final MunicipalityRepository municipalityRows;
    private final InstanceGrants grants;
    private final Routing routing;

    public SaveRegionalPlan(RegionalActivityRepository activities, RegionalActivityKindRepository kinds,
            Municipalities municipalities, MunicipalityRepository municipalityRows, InstanceGrants grants, Routing routing) {
        this.activities = activities;
        this.kinds = kinds;
        this.municipalities = municipalities;
        this.municipalityRows = municipalityRows;
        this.grants = grants;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegionalActivity activity = activities.require(execution.getProcessBusinessKey());
        String regionId = activity.getRegion().getId();
        String kindCode = RegionalVariables.KIND.required(execution);
        RegionalActivityKind kind = kinds.findById(kindCode).filter(RegionalActivityKind::isActive)
                .orElseThrow(() -> new InvalidInputException("「" + RegionalVariables.KIND.label() + "」の選択「" + kindCode
                        + "」は選べません。一覧から選んでください。"));
        List<LocalDate> dates = meetingDates(execution);
        boolean online = RegionalVariables.ONLINE.required(execution);
        String place = RegionalVariables.PLACE.optional(execution).orElse(null);
        if (place == null && !online) {
            throw new InvalidInputException("「" + RegionalVariables.PLACE.label() + "」を入力するか、「"
                    + RegionalVariables.ONLINE.label() + "」にチェックしてください。");
        }
        String coHosts = RegionalVariables.CO_HOSTS.optional(execution).orElse(null);
        boolean wholeRegion = RegionalVariables.WHOLE_REGION.required(execution);
        List<String> codes = wholeRegion
                ? municipalityRows.findByRegionIdOrderByCode(regionId).stream().map(Municipality::getCode).toList()
                : chosenMunicipalities(execution, regionId, activity.getRegion().getName());
        Integer expected = RegionalVariables.EXPECTED_COUNT.optional(execution).orElse(null);

        activity.planned(new Plan(kind, dates, place, online, coHosts, wholeRegion, codes, expected));
        String instanceId = execution.getProcessInstanceId();
        grants.grantGroup(instanceId, routing.advisersOfRegion(regionId));
        codes.forEach(code -> grants.grantGroup(instanceId, routing.municipalityGroup(code)));
        RegionalVariables.PLAN_SUMMARY.set(execution, summary(activity));
    }

    /** The first date and the further ones of a series, one per line; sorted, each once. */
    private static List<LocalDate> meetingDates(VariableScope scope) {
        Set<LocalDate> dates = new TreeSet<>();
        dates.add(RegionalVariables.FIRST_MEETING_DATE.required(scope));
        String more = RegionalVariables.MORE_MEETING_DATES.optional(scope).orElse("");
        for (String line : more.split("[\\r\\n,、]+")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            LocalDate date = parse(text);
            if (!dates.add(date)) {
                throw new InvalidInputException("「2回目以降の開催日」の「" + text + "」は、ほかの開催日と同じ日です。");
            }
        }
        if (dates.size() > MAX_MEETINGS) {
            throw new InvalidInputException("開催日は" + MAX_MEETINGS + "回までです。続きは別の活動として開始してください。");
        }
        return new ArrayList<>(dates);
    }

    private static LocalDate parse(String text) {
        try {
            // strict: 2026/2/30 is refused, never read as another day
            return JapaneseDates.parseDay(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("「2回目以降の開催日」の「" + text + "」は存在しない日付か、日付ではありません。"
                    + "1行に1日ずつ、例: 2026-07-15 のように入力してください。");
        }
    }

    private List<String> chosenMunicipalities(VariableScope scope, String regionId, String regionName) {
        Set<String> codes = new LinkedHashSet<>();
        for (int number = 1; number <= RegionalVariables.TARGET_MUNICIPALITY_FIELDS; number++) {
            RegionalVariables.targetMunicipality(number).optional(scope).ifPresent(code -> {
                Municipality municipality = municipalities.require(code);
                if (!municipality.getRegion().getId().equals(regionId)) {
                    throw new InvalidInputException("「" + municipality.getName() + "」は" + regionName
                            + "圏域の市町村ではありません。圏域の市町村から選んでください。");
                }
                codes.add(municipality.getCode());
            });
        }
        if (codes.isEmpty()) {
            throw new InvalidInputException("「対象の市町村」を選ぶか、「圏域全体が対象」にチェックしてください。");
        }
        return List.copyOf(codes);
    }

    /** e.g. 「勉強会「TEAMつなぐ」 青森圏域全体 ／ 開催日: 2026年7月15日(水)、2026年10月14日(水) ／ 場所: ...」: the days as our screens write them. */
    static String summary(RegionalActivity activity) {
        StringBuilder text = new StringBuilder();
        text.append("種類: ").append(activity.getKind().getLabel()).append('\n');
        text.append("テーマ・名称: ").append(activity.getTheme()).append('\n');
        text.append("圏域: ").append(activity.getRegion().getName()).append('\n');
        text.append("開催日: ").append(String.join("、", activity.getMeetings().stream()
                .map(meeting -> JapaneseDates.day(meeting.getPlannedDate())).toList())).append('\n');
        text.append("場所: ").append(activity.getPlace() == null ? "" : activity.getPlace())
                .append(activity.isOnline() ? "（オンライン）" : "").append('\n');
        if (activity.getCoHosts() != null) {
            text.append("共催・協力: ").append(activity.getCoHosts()).append('\n');
        }
        text.append("対象: ").append(activity.isWholeRegion() ? activity.getRegion().getName() + "圏域全体"
                : activity.getMunicipalityCodes().size() + "市町村").append('\n');
        if (activity.getExpectedCount() != null) {
            text.append("参加予定: ").append(activity.getExpectedCount()).append("名\n");
        }
        return text.toString().strip();
    }
}
