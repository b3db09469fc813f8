package jp.tsunagu.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import jp.tsunagu.access.AccessScope;
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.dispatch.RequesterRole;
import jp.tsunagu.report.RegionDirectory.Adviser;
import jp.tsunagu.report.RegionDirectory.RegionInfo;

/**
 * 活動事例集: the yearly report of the advisers' work, built from the activity records. Per
 * region, one entry per request or flow instance (事例) with its 概要, its 経過 (the activities
 * of the fiscal year), what the adviser did or took care with, and the requester's voice.
 */
@Service
public class CaseCollection {

    /** The whole collection of a fiscal year as the page shows it. */
    public record Page(FiscalYear fiscalYear, String title, String periodLabel, List<RegionSection> regions,
            int activityCount, int participantTotal, boolean hasPrevious, boolean hasNext) {
    }

    public record RegionSection(String regionId, String regionName, List<Adviser> advisers, List<CaseEntry> cases,
            int activityCount, int participantTotal) {
    }

    public record CaseEntry(String businessKey, String title, String caseLabel, String municipalityName,
            String summary, List<Line> progress, List<String> adviserNotes, Voice voice) {
    }

    /**
     * One row of 経過: R5.7月 and the kind, participants with their count (or 多数), by kind of
     * organization, the remark on them, online or not, content.
     */
    public record Line(String month, String kind, String participants, String participantsByKind, String participantRoles,
            boolean online, String content) {
    }

    /** 派遣申込者の声: who spoke, by role, and what they said. */
    public record Voice(String speaker, String text) {
    }

    private final ActivityQueries activities;
    private final RegionDirectory regionDirectory;
    private final ReportYears years;

    public CaseCollection(ActivityQueries activities, RegionDirectory regionDirectory, ReportYears years) {
        this.activities = activities;
        this.regionDirectory = regionDirectory;
        this.years = years;
    }

    public Page of(FiscalYear year, Optional<String> regionId, AccessScope scope) {
        years.requireWithinData(year);
        List<RegionInfo> regions = regionId.map(id -> List.of(regionDirectory.require(id)))
                .orElseGet(regionDirectory::regions);
        Map<String, List<ActivityRow>> byRegion = new LinkedHashMap<>();
        activities.of(year.period(), regionId, scope)
                .forEach(row -> byRegion.computeIfAbsent(row.regionId(), id -> new ArrayList<>()).add(row));
        List<RegionSection> sections = regions.stream()
                .map(region -> section(region, byRegion.getOrDefault(region.id(), List.of()))).toList();
        String periodLabel = JapaneseDates.longMonth(year.firstDay()) + "〜" + JapaneseDates.longMonth(year.lastDay());
        return new Page(year, year.label() + " 青森県医療的ケア児等圏域アドバイザー活動事例集", periodLabel, sections,
                sections.stream().mapToInt(RegionSection::activityCount).sum(),
                sections.stream().mapToInt(RegionSection::participantTotal).sum(),
                years.withinData(year.previous()), years.withinData(year.next()));
    }

    private static RegionSection section(RegionInfo region, List<ActivityRow> rows) {
        Map<String, List<ActivityRow>> byCase = new LinkedHashMap<>();
        rows.forEach(row -> byCase.computeIfAbsent(row.businessKey(), key -> new ArrayList<>()).add(row));
        List<CaseEntry> cases = byCase.values().stream().map(CaseCollection::entry).toList();
        return new RegionSection(region.id(), region.name(), region.advisers(), cases, rows.size(),
                rows.stream().mapToInt(ActivityRow::participantCount).sum());
    }

    private static CaseEntry entry(List<ActivityRow> rows) {
        ActivityRow first = rows.get(0);
        List<Line> progress = rows.stream().map(row -> new Line(JapaneseDates.shortMonth(row.date()),
                row.kind().label(), row.participants(), row.participantsByKind(), row.participantRoles(), row.online(),
                row.content())).toList();
        List<String> written = rows.stream().map(ActivityRow::adviserNotes)
                .filter(note -> note != null && !note.isBlank()).toList();
        List<String> notes = IntStream.range(0, written.size())
                .mapToObj(i -> numbered(i + 1) + " " + written.get(i)).toList();
        return new CaseEntry(first.businessKey(), title(first), first.caseLabel(), first.municipalityName(),
                summary(first), progress, notes, voice(first));
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
            case OTHER -> "その他の活動";
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
            case OTHER -> "";
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

    private static Voice voice(ActivityRow row) {
        if (row.voice() == null || row.voice().isBlank() || row.requesterRole() == null) {
            return null;
        }
        return new Voice(speaker(row.requesterRole()), row.voice());
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
