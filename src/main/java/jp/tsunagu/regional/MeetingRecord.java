package jp.tsunagu.regional;

import java.time.LocalDate;

/** What the adviser entered for one meeting, as checked. */
record MeetingRecord(LocalDate heldDate, String participants, Integer participantCount, boolean participantsMany,
        String content, String notes, String voices) {
}
