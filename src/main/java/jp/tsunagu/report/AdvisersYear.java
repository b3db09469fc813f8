package jp.tsunagu.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.report.DashboardQueries.AdviceWork;
import jp.tsunagu.report.DashboardQueries.AdviserWork;
import jp.tsunagu.report.DashboardQueries.MunicipalityCoordinators;
import jp.tsunagu.report.RegionDirectory.Adviser;
import jp.tsunagu.report.RegionDirectory.RegionInfo;

/**
 * 圏域アドバイザーの1年: per fiscal year, per region and per adviser, what the advisers did
 * ({@link DashboardQueries#adviserWork}): activities by kind, 延べ参加者 (the sum of the counts;
 * records of 「多数」 are counted apart, their visitors in no sum), dispatch visits, regional
 * activities' meetings, discharge and evacuation plan meetings the adviser attended (their
 * participants include 圏域アドバイザー), ad-hoc consultations (随時相談, counted apart: they are
 * no activity record, so not in 活動件数, the kinds or the months), and the municipalities of
 * each region without a coordinator's office (the staff records). The dashboard shows it, the
 * CSV exports it.
 *
 * <p>An adviser's row holds what they recorded themselves (visits, regional meetings,
 * consultations) and the discharge and plan meetings of the regions they cover: those meetings
 * name a kind of participant, not a person. A region's row holds the consultations about its
 * municipalities, whoever recorded them (an adviser or the center).
 */
@Service
public class AdvisersYear {

    /** The year as the page and the CSV show it. */
    public record Year(FiscalYear fiscalYear, List<String> kinds, List<String> months, List<RegionYear> regions,
            List<AdviserYear> advisers, Figures total) {

        /** Activities per month stacked by region, as server-side SVG. */
        public String monthlyChart() {
            return SvgCharts.stackedColumns(fiscalYear.label() + " 月別の活動件数（圏域別）", months,
                    regions.stream().map(region -> new SvgCharts.Series(region.regionName(),
                            region.figures().months().stream().map(Integer::longValue).toList())).toList());
        }

        /** Activities of the year by kind, as server-side SVG. */
        public String kindsChart() {
            return SvgCharts.bars(fiscalYear.label() + " 活動の種類別の件数", kinds,
                    total.byKind().stream().map(Integer::longValue).toList(), "件");
        }

        /** 延べ参加者 per region, as server-side SVG. */
        public String participantsChart() {
            return SvgCharts.bars(fiscalYear.label() + " 延べ参加者（圏域別、「多数」を除く）",
                    regions.stream().map(RegionYear::regionName).toList(),
                    regions.stream().map(region -> (long) region.figures().participants()).toList(), "名");
        }
    }

    /**
     * What was counted: activities, by kind (in {@link ActivityKind} order), 延べ参加者, records of
     * 「多数」, dispatch visits, regional meetings, discharge and plan meetings attended, per month;
     * and the ad-hoc consultations (随時相談), which are no activity record.
     */
    public record Figures(int activities, List<Integer> byKind, int participants, int many, int dispatches, int regional,
            int meetingsAttended, List<Integer> months, int consultations) {

        /** The same figures with this many consultations. */
        Figures with(int consultationCount) {
            return new Figures(activities, byKind, participants, many, dispatches, regional, meetingsAttended, months,
                    consultationCount);
        }
    }

    public record RegionYear(String regionId, String regionName, Figures figures, int municipalities,
            List<String> withoutCoordinator) {
    }

    public record AdviserYear(String userId, String name, List<String> regionNames, Figures figures) {
    }

    private final DashboardQueries queries;
    private final RegionDirectory regions;
    private final ReportYears years;

    public AdvisersYear(DashboardQueries queries, RegionDirectory regions, ReportYears years) {
        this.queries = queries;
        this.regions = regions;
        this.years = years;
    }

    /** The year asked (within the data, else 400), or the current one. */
    public Year of(Optional<FiscalYear> asked) {
        FiscalYear year = asked.map(years::requireWithinData).orElseGet(years::current);
        List<AdviserWork> work = queries.adviserWork(year.period());
        List<AdviceWork> advice = queries.adviceWork(year.period());
        List<RegionInfo> regionList = regions.regions();
        Map<String, List<MunicipalityCoordinators>> towns = queries.coordinatorsPerMunicipality().stream()
                .collect(Collectors.groupingBy(MunicipalityCoordinators::regionId, LinkedHashMap::new, Collectors.toList()));
        List<RegionYear> regionYears = regionList.stream().map(region -> {
            List<MunicipalityCoordinators> ofRegion = towns.getOrDefault(region.id(), List.of());
            return new RegionYear(region.id(), region.name(), figures(year, work, w -> w.regionId().equals(region.id()))
                    .with(count(advice, a -> a.regionId().equals(region.id()))),
                    ofRegion.size(), ofRegion.stream().filter(town -> town.coordinators() == 0)
                            .map(MunicipalityCoordinators::name).toList());
        }).toList();
        return new Year(year, List.of(ActivityKind.values()).stream().map(ActivityKind::label).toList(), Dashboard.months(year),
                regionYears, adviserYears(year, work, advice, regionList), figures(year, work, w -> true).with(advice.size()));
    }

    private static List<AdviserYear> adviserYears(FiscalYear year, List<AdviserWork> work, List<AdviceWork> advice,
            List<RegionInfo> regionList) {
        Map<String, Adviser> advisers = new LinkedHashMap<>();
        Map<String, Set<String>> covered = new LinkedHashMap<>();
        for (RegionInfo region : regionList) {
            for (Adviser adviser : region.advisers()) {
                advisers.putIfAbsent(adviser.userId(), adviser);
                covered.computeIfAbsent(adviser.userId(), id -> new HashSet<>()).add(region.id());
            }
        }
        List<AdviserYear> rows = new ArrayList<>();
        advisers.forEach((userId, adviser) -> rows.add(new AdviserYear(userId, adviser.name(), adviser.regionNames(),
                figures(year, work, w -> userId.equals(w.recordedBy())
                        || (attended(w) && covered.get(userId).contains(w.regionId())))
                        .with(count(advice, a -> userId.equals(a.recordedBy()))))));
        return rows;
    }

    /** A discharge or evacuation plan meeting with the adviser among its participants. */
    static boolean attended(AdviserWork work) {
        return work.adviserPresent() && (work.flow() == Flow.DISCHARGE || work.flow() == Flow.EVACUATION_PLAN);
    }

    static Figures figures(FiscalYear year, List<AdviserWork> work, Predicate<AdviserWork> counted) {
        int[] byKind = new int[ActivityKind.values().length];
        int[] months = new int[12];
        int activities = 0;
        int participants = 0;
        int many = 0;
        int dispatches = 0;
        int regional = 0;
        int attended = 0;
        for (AdviserWork w : work) {
            if (!counted.test(w)) {
                continue;
            }
            activities++;
            byKind[w.kind().ordinal()]++;
            months[(int) ChronoUnit.MONTHS.between(year.firstDay().withDayOfMonth(1), w.date().withDayOfMonth(1))]++;
            participants += w.participantCount();
            many += w.participantsMany() ? 1 : 0;
            dispatches += w.flow() == Flow.DISPATCH ? 1 : 0;
            regional += w.flow() == Flow.REGIONAL ? 1 : 0;
            attended += attended(w) ? 1 : 0;
        }
        return new Figures(activities, list(byKind), participants, many, dispatches, regional, attended, list(months), 0);
    }

    private static int count(List<AdviceWork> advice, Predicate<AdviceWork> counted) {
        return (int) advice.stream().filter(counted).count();
    }

    private static List<Integer> list(int[] values) {
        List<Integer> list = new ArrayList<>(values.length);
        for (int value : values) {
            list.add(value);
        }
        return Collections.unmodifiableList(list);
    }
}
