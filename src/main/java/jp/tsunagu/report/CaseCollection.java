package jp.tsunagu.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.dispatch.RequesterRole;
import jp.tsunagu.report.RegionDirectory.Adviser;
import jp.tsunagu.report.RegionDirectory.RegionInfo;

/**
 * 活動事例集: the document the prefecture publishes about the advisers' work, over a period of
 * months. Per region (in the prefecture's order) its advisers, the cases the support center chose
 * to publish (掲載する) in the order it chose, and the region's 今後の方向性. A case is one flow
 * instance (dispatch request, discharge, evacuation plan, regional activity) by its business key,
 * with its theme title, adviser, 概要, the 経過 of its activity records in the period, the headed
 * points ①②③ and every voice with its speaker. The center's texts ({@link CollectionTexts}) come
 * first; where it wrote none, the title, 概要 and points are made from what the flows recorded.
 * No child's name ever appears (a case label at most), nor free text about health beyond what
 * the editor writes.
 */
@Service
public class CaseCollection {

    static final String TITLE = "青森県医療的ケア児等圏域アドバイザー活動事例集";
    static final String DISPATCH_VOICES = "圏域アドバイザー派遣申込者の声";
    static final String STUDY_GROUP_VOICES = "勉強会参加者の声";
    static final String MEETING_VOICES = "会議参加者の声";
    /** The headings a voice the center adds may stand under, as the seed heads them. */
    public static final List<String> VOICE_HEADINGS = List.of(DISPATCH_VOICES, STUDY_GROUP_VOICES, MEETING_VOICES);

    /** The whole collection of a period as the page and the PDF show it. */
    public record Page(CollectionPeriod period, FiscalYear fiscalYear, String title, String periodLabel,
            List<RegionSection> regions, int activityCount, int participantTotal, boolean hasPrevious, boolean hasNext) {

        public int caseCount() {
            return regions.stream().mapToInt(region -> region.cases().size()).sum();
        }
    }

    public record RegionSection(String regionId, String regionName, List<Adviser> advisers, List<CaseEntry> cases,
            String direction, int activityCount, int participantTotal) {
    }

    /** One case; {@code published} and {@code position} are the center's choice (the editor's list shows them). */
    public record CaseEntry(String businessKey, Flow flow, String title, String adviser, String caseLabel,
            String municipalityName, String summary, List<Line> progress, List<Point> points, List<Voice> voices,
            boolean published, Integer position) {
    }

    /**
     * One row of 経過: R5.7月 and the kind, participants with their count (or 多数), by kind of
     * organization, the remark on them, online or not, content.
     */
    public record Line(String month, String kind, String participants, String participantsByKind, String participantRoles,
            boolean online, String content) {
    }

    /** ① and its heading (empty where the point comes from a record's notes) and text. */
    public record Point(String number, String heading, String text) {
    }

    /** A voice under its heading (派遣申込者の声 …): who spoke, by role, and what they said. */
    public record Voice(String heading, String speaker, String text) {
    }

    private final ActivityQueries activities;
    private final RegionDirectory regionDirectory;
    private final ReportYears years;
    private final CollectionTexts texts;

    public CaseCollection(ActivityQueries activities, RegionDirectory regionDirectory, ReportYears years,
            CollectionTexts texts) {
        this.activities = activities;
        this.regionDirectory = regionDirectory;
        this.years = years;
        this.texts = texts;
    }

    /** The collection of a fiscal year (令和5年度): the period of its April to its March. */
    public Page of(FiscalYear year, Optional<String> regionId, AccessScope scope) {
        years.requireWithinData(year);
        return build(CollectionPeriod.of(year), regionId, scope, true);
    }

    /** The published cases of the period that the scope covers. */
    public Page of(CollectionPeriod period, Optional<String> regionId, AccessScope scope) {
        years.requireWithinData(period);
        return build(period, regionId, scope, true);
    }

    /** Every case with records in the period, published or not: what the center chooses from. */
    public Page draft(CollectionPeriod period) {
        years.requireWithinData(period);
        return build(period, Optional.empty(), AccessScope.all(), false);
    }

    private Page build(CollectionPeriod period, Optional<String> regionId, AccessScope scope, boolean publishedOnly) {
        List<RegionInfo> regions = regionId.map(id -> List.of(regionDirectory.require(id)))
                .orElseGet(regionDirectory::regions);
        Map<String, List<ActivityRow>> byCase = new LinkedHashMap<>();
        activities.of(period.days(), Optional.empty(), scope)
                .forEach(row -> byCase.computeIfAbsent(row.businessKey(), key -> new ArrayList<>()).add(row));
        Map<String, CollectionTexts.CaseTexts> written = texts.of(byCase.keySet());
        Map<String, List<Voice>> recordedVoices = activities.meetingVoices(byCase.values().stream()
                .flatMap(List::stream).filter(row -> row.flow() == Flow.REGIONAL).map(ActivityRow::id).toList());
        Map<String, String> directions = texts.directions(period);

        Map<String, List<CaseEntry>> casesByRegion = new LinkedHashMap<>();
        byCase.forEach((key, rows) -> {
            CollectionTexts.CaseTexts caseTexts = written.getOrDefault(key, CollectionTexts.CaseTexts.none(key));
            if (!publishedOnly || caseTexts.published()) {
                RegionInfo region = RegionDirectory.find(regions, rows.get(0).regionId()).orElse(null);
                if (region != null) {
                    casesByRegion.computeIfAbsent(region.id(), id -> new ArrayList<>())
                            .add(entry(rows, caseTexts, region, recordedVoices.getOrDefault(key, List.of())));
                }
            }
        });
        List<RegionSection> sections = regions.stream().map(region -> section(region,
                casesByRegion.getOrDefault(region.id(), List.of()), byCase, directions.get(region.id()))).toList();
        Optional<FiscalYear> year = period.fiscalYear();
        String title = year.map(fiscal -> fiscal.label() + " " + TITLE).orElse(TITLE);
        return new Page(period, year.orElse(null), title, period.label(), sections,
                sections.stream().mapToInt(RegionSection::activityCount).sum(),
                sections.stream().mapToInt(RegionSection::participantTotal).sum(),
                year.map(fiscal -> years.withinData(fiscal.previous())).orElse(false),
                year.map(fiscal -> years.withinData(fiscal.next())).orElse(false));
    }

    /** The region's cases in the center's order; those it gave no place follow by their first record. */
    private static RegionSection section(RegionInfo region, List<CaseEntry> cases, Map<String, List<ActivityRow>> rows,
            String direction) {
        List<CaseEntry> ordered = cases.stream()
                .sorted(Comparator.comparing(CaseEntry::position, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<ActivityRow> shown = ordered.stream().flatMap(entry -> rows.get(entry.businessKey()).stream()).toList();
        return new RegionSection(region.id(), region.name(), region.advisers(), ordered, direction, shown.size(),
                shown.stream().mapToInt(ActivityRow::participantCount).sum());
    }

    private static CaseEntry entry(List<ActivityRow> rows, CollectionTexts.CaseTexts written, RegionInfo region,
            List<Voice> meetingVoices) {
        ActivityRow first = rows.get(0);
        List<Line> progress = rows.stream().map(row -> new Line(JapaneseDates.shortMonth(row.date()),
                row.kind().label(), row.participants(), row.participantsByKind(), row.participantRoles(), row.online(),
                row.content())).toList();
        List<Voice> voices = new ArrayList<>();
        requesterVoice(first).ifPresent(voices::add);
        voices.addAll(meetingVoices);
        written.voices().forEach(voice -> voices.add(new Voice(voice.heading(), voice.speaker(), voice.text())));
        return new CaseEntry(first.businessKey(), first.flow(), orElse(written.title(), title(first)),
                adviser(rows, region), first.caseLabel(), first.municipalityName(), orElse(written.summary(), summary(first)),
                progress, points(rows, written), List.copyOf(voices), written.published(), written.position());
    }

    /** The center's headed points, or else the notes the records carry (工夫したこと), numbered. */
    private static List<Point> points(List<ActivityRow> rows, CollectionTexts.CaseTexts written) {
        if (!written.points().isEmpty()) {
            return IntStream.range(0, written.points().size()).mapToObj(i -> new Point(numbered(i + 1),
                    written.points().get(i).heading(), written.points().get(i).text())).toList();
        }
        List<String> notes = rows.stream().map(ActivityRow::adviserNotes).filter(note -> note != null && !note.isBlank())
                .toList();
        return IntStream.range(0, notes.size()).mapToObj(i -> new Point(numbered(i + 1), "", notes.get(i))).toList();
    }

    /**
     * 圏域アドバイザー：成田 豊: the region's advisers who recorded the case's activities, or else
     * the region's advisers (a coordinator records a plan's meetings).
     */
    private static String adviser(List<ActivityRow> rows, RegionInfo region) {
        Set<String> recorders = rows.stream().map(ActivityRow::recordedBy).collect(Collectors.toSet());
        List<Adviser> recorded = region.advisers().stream().filter(adviser -> recorders.contains(adviser.userId())).toList();
        List<Adviser> named = recorded.isEmpty() ? region.advisers() : recorded;
        return named.stream().map(Adviser::name).collect(Collectors.joining("、"));
    }

    private static String orElse(String written, String made) {
        return written == null || written.isBlank() ? made : written;
    }

    /** ① to ⑳ as the seed numbers its points, (21) after. */
    static String numbered(int number) {
        return number <= 20 ? String.valueOf((char) ('①' + number - 1)) : "(" + number + ")";
    }

    private static String title(ActivityRow row) {
        return switch (row.flow()) {
            case DISPATCH -> row.requestKind().label();
            case DISCHARGE -> "退院から在宅への移行支援";
            case EVACUATION_PLAN -> "災害時個別避難計画の作成";
            case REGIONAL -> row.facts().regionalTheme();
            case ADVICE, OTHER -> "その他の活動";
        };
    }

    /** 概要: the request in the requester's words; for the other flows, what their records say. */
    static String summary(ActivityRow row) {
        ActivityRow.CaseFacts facts = row.facts();
        return switch (row.flow()) {
            case DISPATCH -> row.requestDetail();
            case DISCHARGE -> dischargeSummary(row, facts);
            case EVACUATION_PLAN -> planSummary(facts);
            case REGIONAL -> "圏域アドバイザーが企画した" + (facts.regionalKind() == null ? "活動" : facts.regionalKind())
                    + "（" + row.regionName() + "圏域）。";
            case ADVICE, OTHER -> "";
        };
    }

    /** 津軽圏域の病院からむつ市の自宅への退院（R5.7月予定）に向けて…; no free text about the child's health. */
    private static String dischargeSummary(ActivityRow row, ActivityRow.CaseFacts facts) {
        StringBuilder text = new StringBuilder();
        text.append(facts.hospitalRegionName() == null ? "病院" : facts.hospitalRegionName() + "圏域の病院")
                .append("から").append(row.municipalityName() == null ? "" : row.municipalityName() + "の")
                .append("自宅への退院");
        if (facts.expectedDischarge() != null) {
            text.append("（").append(JapaneseDates.shortMonth(facts.expectedDischarge())).append("予定）");
        }
        text.append("に向けて、関係者と在宅生活の準備を進めた。");
        if (Boolean.TRUE.equals(facts.noCoordinator())) {
            text.append("地域にコーディネーターがいないため、圏域アドバイザーと支援センターが対応した。");
        }
        return text.toString();
    }

    /** 災害時個別避難計画の作成（第2版・登録済み）。… */
    private static String planSummary(ActivityRow.CaseFacts facts) {
        StringBuilder text = new StringBuilder("当事者や市町村を交えた会議で、災害時個別避難計画の作成を支えた");
        if (facts.planVersions() != null && facts.planStatus() != null) {
            text.append("（第").append(facts.planVersions()).append("版・").append(facts.planStatus().label()).append("）");
        }
        text.append("。");
        if (facts.batteryShortfall()) {
            text.append("医療機器のバッテリーが避難先までの移動時間に足りないことを会議で取り上げた。");
        }
        return text.toString();
    }

    private static Optional<Voice> requesterVoice(ActivityRow row) {
        if (row.voice() == null || row.voice().isBlank() || row.requesterRole() == null) {
            return Optional.empty();
        }
        return Optional.of(new Voice(DISPATCH_VOICES, speaker(row.requesterRole()), row.voice()));
    }

    /** The requester as the seed names the speakers of the voices. */
    static String speaker(RequesterRole role) {
        return switch (role) {
            case MUNICIPALITY -> "市町村担当者";
            case COORDINATOR -> "相談支援専門員（コーディネーター）";
            case CENTER -> "支援センター職員";
            case ADVISER -> "圏域アドバイザー";
            case SYSTEM -> "派遣申込者";
        };
    }
}
