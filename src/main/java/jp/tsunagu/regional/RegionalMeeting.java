package jp.tsunagu.regional;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One meeting of a regional activity: its planned date and, once held, what the adviser
 * recorded (participants with a count or 「多数」, content, 工夫したこと, participants' voices).
 */
@Entity
@Table(name = "regional_meeting")
public class RegionalMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_key")
    private RegionalActivity activity;

    private int seq;

    private LocalDate plannedDate;

    private LocalDate heldDate;

    private String participants;

    private Integer participantCount;

    private boolean participantsMany;

    private String content;

    private String notes;

    private String voices;

    private String recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected RegionalMeeting() {
    }

    RegionalMeeting(RegionalActivity activity, int seq, LocalDate plannedDate) {
        this.activity = activity;
        this.seq = seq;
        this.plannedDate = plannedDate;
    }

    void recorded(MeetingRecord record, String recordedBy, Instant recordedAt) {
        this.heldDate = record.heldDate();
        this.participants = record.participants();
        this.participantCount = record.participantCount();
        this.participantsMany = record.participantsMany();
        this.content = record.content();
        this.notes = record.notes();
        this.voices = record.voices();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public LocalDate getHeldDate() {
        return heldDate;
    }

    public String getParticipants() {
        return participants;
    }

    /** Empty when 「多数」. */
    public Integer getParticipantCount() {
        return participantCount;
    }

    public boolean isParticipantsMany() {
        return participantsMany;
    }

    public String getContent() {
        return content;
    }

    public String getNotes() {
        return notes;
    }

    public String getVoices() {
        return voices;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
