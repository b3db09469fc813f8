package jp.tsunagu.activity;

import java.time.LocalDate;

/** One activity as recorded from a task of any flow. */
public record NewActivity(
        String businessKey,
        String processInstanceId,
        String caseId,
        String regionId,
        String recordedBy,
        LocalDate date,
        ActivityKind kind,
        String participantRoles,
        int participantCount,
        /** 「多数」: not counted; participantCount is then 0. */
        boolean participantsMany,
        String content,
        String notes) {
}
