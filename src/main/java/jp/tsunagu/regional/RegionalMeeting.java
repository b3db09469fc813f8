package jp.tsunagu.regional;

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

import jp.tsunagu.activity.ActivityRecord;

/**
 * One meeting of a regional activity: its planned date and, once held, its activity record
 * (date, participants with a count or 「多数」, content, 工夫したこと) and the participants' voices.
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

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "activity_record_id")
    private ActivityRecord activityRecord;

    private String voices;

    @Version
    private long version;

    protected RegionalMeeting() {
    }

    RegionalMeeting(RegionalActivity activity, int seq, LocalDate plannedDate) {
        this.activity = activity;
        this.seq = seq;
        this.plannedDate = plannedDate;
    }

    void recorded(ActivityRecord record, String voices) {
        this.activityRecord = record;
        this.voices = voices;
    }

    public int getSeq() {
        return seq;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    /** Empty until the meeting is recorded. */
    public ActivityRecord getActivityRecord() {
        return activityRecord;
    }

    public String getVoices() {
        return voices;
    }
}
