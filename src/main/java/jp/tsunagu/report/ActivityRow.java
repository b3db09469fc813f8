package jp.tsunagu.report;

import java.time.LocalDate;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.dispatch.RequesterRole;
import jp.tsunagu.evacuation.PlanStatus;

/**
 * One activity record with what reports show beside it: its region, the flow and request it
 * belongs to, the child's case label (never a name) and the requester's voice, if any.
 */
public record ActivityRow(
        long id,
        String businessKey,
        Flow flow,
        LocalDate date,
        ActivityKind kind,
        /** The optional remark on who took part (the free text older records had); may be null. */
        String participantRoles,
        int participantCount,
        /** 「多数」: nobody counted (a panel exhibition's visitors); participantCount is then 0. */
        boolean participantsMany,
        /** By kind of organization with counts: 「本人・家族 3名、圏域アドバイザー 1名」 (empty when none). */
        String participantsByKind,
        /** Held online or partly online. */
        boolean online,
        String content,
        String adviserNotes,
        String regionId,
        String regionName,
        String municipalityName,
        String caseLabel,
        String recordedBy,
        RequestKind requestKind,
        String requestDetail,
        RequesterRole requesterRole,
        String voice,
        CaseFacts facts) {

    /** How the participants read in the collection: 「多数」 or 「5名」. */
    public String participants() {
        return participantsMany ? "多数" : participantCount + "名";
    }

    /**
     * What the discharge or plan the record belongs to says about the work, for 概要: never the
     * child's or family's personal details, nor free text about the child's health (those stay
     * on the case and the plan, for those allowed to see them). Empty for requests.
     */
    public record CaseFacts(String hospitalRegionName, LocalDate expectedDischarge, Boolean noCoordinator, PlanStatus planStatus,
            Integer planVersions, boolean batteryShortfall, String regionalTheme, String regionalKind) {

        public static final CaseFacts NONE = new CaseFacts(null, null, null, null, null, false, null, null);

        /** A discharge's or a plan's facts (a regional activity has none of these). */
        public CaseFacts(String hospitalRegionName, LocalDate expectedDischarge, Boolean noCoordinator, PlanStatus planStatus,
                Integer planVersions, boolean batteryShortfall) {
            this(hospitalRegionName, expectedDischarge, noCoordinator, planStatus, planVersions, batteryShortfall, null, null);
        }
    }
}
