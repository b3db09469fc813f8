package jp.tsunagu.report;

import java.time.LocalDate;

import jp.tsunagu.activity.ActivityKind;
import jp.tsunagu.dispatch.RequestKind;
import jp.tsunagu.dispatch.RequesterRole;

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
        String participantRoles,
        int participantCount,
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
        String voice) {
}
