package jp.tsunagu.activity;

import java.time.LocalDate;
import java.util.List;

/** One activity as recorded from a task of any flow. */
public record NewActivity(
        String businessKey,
        String processInstanceId,
        String caseId,
        String regionId,
        String recordedBy,
        LocalDate date,
        ActivityKind kind,
        /** An optional remark on who took part (the free text of before the kinds); may be null. */
        String participantRoles,
        /** The sum of {@code participants}, or 0 when 「多数」. */
        int participantCount,
        /** 「多数」: not counted; participantCount is then 0. */
        boolean participantsMany,
        /** By kind of organization, each at least 1. */
        List<ParticipantCount> participants,
        /** Held online or partly online. */
        boolean online,
        String content,
        String notes) {

    public NewActivity {
        participants = List.copyOf(participants);
    }
}
