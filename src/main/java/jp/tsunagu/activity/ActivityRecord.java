package jp.tsunagu.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * 活動記録: what happened on one date for one request or case (kind, who took part by kind of
 * organization and how many, online or not, what was done, what the adviser took care with). The yearly case collection is built from these.
 */
@Entity
@Table(name = "activity_record")
public class ActivityRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;

    private String processInstanceId;

    private String caseId;

    private String regionId;

    private String recordedBy;

    private LocalDate activityDate;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String participantRoles;

    private int participantCount;

    private boolean participantsMany;

    /** By kind, in the order they were entered (the kinds' order); their sum is participantCount unless 「多数」. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "activity_participant", joinColumns = @JoinColumn(name = "activity_record_id"))
    private List<ActivityParticipant> participants = new ArrayList<>();

    private boolean online;

    private String content;

    private String notes;

    private Instant recordedAt;

    protected ActivityRecord() {
    }

    ActivityRecord(NewActivity activity, Instant recordedAt) {
        this.businessKey = activity.businessKey();
        this.processInstanceId = activity.processInstanceId();
        this.caseId = activity.caseId();
        this.regionId = activity.regionId();
        this.recordedBy = activity.recordedBy();
        this.activityDate = activity.date();
        this.kind = activity.kind();
        this.participantRoles = activity.participantRoles();
        this.participantCount = activity.participantCount();
        this.participantsMany = activity.participantsMany();
        activity.participants().forEach(participant -> this.participants.add(new ActivityParticipant(participant)));
        this.online = activity.online();
        this.content = activity.content();
        this.notes = activity.notes();
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getRegionId() {
        return regionId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getActivityDate() {
        return activityDate;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getParticipantRoles() {
        return participantRoles;
    }

    public int getParticipantCount() {
        return participantCount;
    }

    /** 「多数」: nobody counted; {@link #getParticipantCount()} is then 0. */
    public boolean isParticipantsMany() {
        return participantsMany;
    }

    public List<ParticipantCount> getParticipants() {
        return participants.stream().map(ActivityParticipant::toCount).toList();
    }

    /** Held online or partly online. */
    public boolean isOnline() {
        return online;
    }

    public String getContent() {
        return content;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
