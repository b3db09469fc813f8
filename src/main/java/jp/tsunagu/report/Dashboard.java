package jp.tsunagu.report;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.identity.Names;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.report.DashboardQueries.LeadTimeFigures;
import jp.tsunagu.report.DashboardQueries.MonthlyCount;
import jp.tsunagu.report.DashboardQueries.PlanCoverage;
import jp.tsunagu.report.DashboardQueries.RegionFlowCount;
import jp.tsunagu.report.EngineFigures.FlowRegionTasks;
import jp.tsunagu.report.EngineFigures.GroupTasks;
import jp.tsunagu.report.EngineFigures.OverdueTask;
import jp.tsunagu.report.RegionDirectory.RegionInfo;
import jp.tsunagu.routing.GroupNames;

/**
 * The managers' view (ダッシュボード): where work stands today and how the fiscal year went, per
 * region and flow. Today's figures (open, overdue) use the engine's clock, as the due dates do.
 */
@Service
public class Dashboard {

    public record Page(FiscalYear fiscalYear, String asOf, List<FlowRow> flows, List<GroupRow> groups,
            List<OverdueRow> overdue, long overdueTotal, List<String> months, List<MonthlyRow> dispatches,
            List<IncidentRow> incidents, List<CoverageRow> plans, long children, long childrenWithPlan) {
    }

    /** One region and flow: open requests and tasks today, lead times (days) of the fiscal year. */
    public record FlowRow(String regionId, String regionName, Flow flow, long openRequests, long openTasks,
            long overdueTasks, long openIncidents, LeadTime toAcceptance, LeadTime toClose) {
    }

    /** Lead time in days; {@code count} 0 means nothing was accepted or closed in the year. */
    public record LeadTime(long count, double averageDays, double p90Days) {

        static final LeadTime NONE = new LeadTime(0, 0, 0);

        public String average() {
            return count == 0 ? "—" : "%.1f日".formatted(averageDays);
        }

        public String p90() {
            return count == 0 ? "—" : "%.1f日".formatted(p90Days);
        }
    }

    public record GroupRow(String groupId, String label, long open, long overdue) {
    }

    public record OverdueRow(String name, String taskDefinitionKey, String businessKey, String due, long daysOverdue,
            String groups, String assignee, String tasklistUrl, String cockpitUrl) {
    }

    public record MonthlyRow(String regionName, List<Long> counts, long total) {
    }

    public record IncidentRow(Flow flow, long open, long createdInYear, long finishedInYear) {
    }

    public record CoverageRow(String regionName, String municipalityName, long children, long withPlan,
            long withoutPlan) {
    }

    public static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/";

    private final DashboardQueries queries;
    private final EngineFigures engine;
    private final RegionDirectory regions;
    private final MunicipalityRepository municipalities;
    private final ReportYears years;
    private final Names names;

    public Dashboard(DashboardQueries queries, EngineFigures engine, RegionDirectory regions,
            MunicipalityRepository municipalities, ReportYears years, Names names) {
        this.queries = queries;
        this.engine = engine;
        this.regions = regions;
        this.municipalities = municipalities;
        this.years = years;
        this.names = names;
    }

    public Page of(Optional<FiscalYear> asked) {
        FiscalYear year = asked.map(years::requireWithinData).orElseGet(years::current);
        Period period = year.period();
        Date now = ClockUtil.getCurrentTime();
        List<RegionInfo> regionList = regions.regions();
        Map<String, String> regionNames = regionList.stream()
                .collect(Collectors.toMap(RegionInfo::id, RegionInfo::name, (a, b) -> a));
        List<OverdueRow> overdue = engine.overdue(now).stream().map(task -> overdueRow(task, now)).toList();
        List<CoverageRow> plans = queries.planCoverage().stream().map(coverage -> coverageRow(coverage, regionNames)).toList();
        return new Page(year, JapaneseDates.day(EngineTime.today()) + " " + EngineTime.now().toLocalTime().withNano(0),
                flowRows(regionList, period, now), groupRows(now, regionNames), overdue, engine.overdueCount(now),
                months(year), dispatchRows(regionList, period), incidentRows(period), plans,
                plans.stream().mapToLong(CoverageRow::children).sum(), plans.stream().mapToLong(CoverageRow::withPlan).sum());
    }

    private List<FlowRow> flowRows(List<RegionInfo> regionList, Period period, Date now) {
        Map<String, Long> open = queries.openRequests().stream()
                .collect(Collectors.toMap(count -> EngineFigures.regionFlowKey(count.regionId(), count.flow()),
                        RegionFlowCount::count));
        Map<String, LeadTimeFigures> accepted = byRegionAndFlow(queries.toAcceptance(period));
        Map<String, LeadTimeFigures> closed = byRegionAndFlow(queries.toClose(period));
        Map<String, FlowRegionTasks> tasks = engine.tasksByFlowAndRegion(now);
        Map<String, Long> incidents = engine.openIncidentsByFlowAndRegion();
        List<FlowRow> rows = new ArrayList<>();
        for (RegionInfo region : regionList) {
            for (Flow flow : Flow.running()) {
                String key = EngineFigures.regionFlowKey(region.id(), flow);
                FlowRegionTasks counted = tasks.getOrDefault(key, new FlowRegionTasks(flow, region.id(), 0, 0));
                rows.add(new FlowRow(region.id(), region.name(), flow, open.getOrDefault(key, 0L), counted.open(),
                        counted.overdue(), incidents.getOrDefault(key, 0L), leadTime(accepted.get(key)),
                        leadTime(closed.get(key))));
            }
        }
        return rows;
    }

    private List<GroupRow> groupRows(Date now, Map<String, String> regionNames) {
        Map<String, String> towns = municipalities.findAll().stream()
                .collect(Collectors.toMap(Municipality::getCode, Municipality::getName));
        return engine.tasksByGroup(now).stream()
                .map(group -> new GroupRow(group.groupId(), groupLabel(group, regionNames, towns), group.open(), group.overdue()))
                .toList();
    }

    /** A group id as people call it: 津軽圏域アドバイザー, むつ市 ... */
    static String groupLabel(GroupTasks group, Map<String, String> regionNames, Map<String, String> towns) {
        return GroupNames.of(group.groupId(), regionNames, towns);
    }

    /** Groups and assignee by their names (issue 24), the due day as our screens write it. */
    private OverdueRow overdueRow(OverdueTask task, Date now) {
        ZonedDateTime due = task.due().toInstant().atZone(EngineTime.JAPAN);
        long days = Duration.between(task.due().toInstant(), now.toInstant()).toDays();
        return new OverdueRow(task.name(), task.taskDefinitionKey(), task.businessKey(),
                JapaneseDates.day(due.toLocalDate()) + " " + due.toLocalTime().withNano(0), days,
                names.groups(task.candidateGroups()), task.assignee() == null ? null : names.person(task.assignee()),
                TASKLIST_TASK + task.taskId(), COCKPIT_INSTANCE + task.processInstanceId() + "/runtime");
    }

    static List<String> months(FiscalYear year) {
        List<String> labels = new ArrayList<>();
        for (LocalDate month = year.firstDay(); !month.isAfter(year.lastDay()); month = month.plusMonths(1)) {
            labels.add(JapaneseDates.shortMonth(month));
        }
        return labels;
    }

    private List<MonthlyRow> dispatchRows(List<RegionInfo> regionList, Period period) {
        Map<String, Long> counts = queries.dispatchesPerMonth(period).stream()
                .collect(Collectors.toMap(count -> count.regionId() + "/" + count.month(), MonthlyCount::count));
        return regionList.stream().map(region -> {
            List<Long> perMonth = new ArrayList<>();
            for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to()));
                    month = month.plusMonths(1)) {
                perMonth.add(counts.getOrDefault(region.id() + "/" + month, 0L));
            }
            return new MonthlyRow(region.name(), perMonth, perMonth.stream().mapToLong(Long::longValue).sum());
        }).toList();
    }

    private List<IncidentRow> incidentRows(Period period) {
        return List.of(Flow.running()).stream().map(flow -> new IncidentRow(flow, engine.openIncidents(flow),
                engine.incidentsCreated(flow, period), engine.finished(flow, period))).toList();
    }

    private static CoverageRow coverageRow(PlanCoverage coverage, Map<String, String> regionNames) {
        return new CoverageRow(regionNames.getOrDefault(coverage.regionId(), coverage.regionId()),
                coverage.municipalityName(), coverage.children(), coverage.withApprovedPlan(), coverage.withoutApprovedPlan());
    }

    private static Map<String, LeadTimeFigures> byRegionAndFlow(List<LeadTimeFigures> figures) {
        return figures.stream().collect(Collectors.toMap(f -> EngineFigures.regionFlowKey(f.regionId(), f.flow()),
                Function.identity()));
    }

    private static LeadTime leadTime(LeadTimeFigures figures) {
        return figures == null ? LeadTime.NONE
                : new LeadTime(figures.count(), figures.averageHours() / 24.0, figures.p90Hours() / 24.0);
    }
}
