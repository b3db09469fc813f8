package jp.tsunagu.regional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.organization.Region;

/**
 * 圏域の活動: one plan of a region's adviser (a study group, a series of coordinator meetings, a
 * panel exhibition ...), the municipalities it is for and its meetings. Who sees the instance and
 * where its tasks go is read from here, never from a variable a caller could write.
 */
@Entity
@Table(name = "regional_activity")
public class RegionalActivity {

    @Id
    private String businessKey;

    private String processInstanceId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "region_id")
    private Region region;

    private String theme;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "kind_code")
    private RegionalActivityKind kind;

    private String place;

    private boolean online;

    private String coHosts;

    private boolean wholeRegion;

    private Integer expectedCount;

    private String startedBy;

    private String centerComment;

    @Enumerated(EnumType.STRING)
    private RegionalActivityStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "regional_activity_municipality", joinColumns = @JoinColumn(name = "business_key"))
    @Column(name = "municipality_code")
    private Set<String> municipalityCodes = new LinkedHashSet<>();

    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("seq")
    private List<RegionalMeeting> meetings = new ArrayList<>();

    private Instant createdAt;

    private Instant closedAt;

    @Version
    private long version;

    protected RegionalActivity() {
    }

    RegionalActivity(String businessKey, String processInstanceId, Region region, String theme, String startedBy,
            Instant createdAt) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.region = region;
        this.theme = theme;
        this.startedBy = startedBy;
        this.status = RegionalActivityStatus.PLANNING;
        this.createdAt = createdAt;
    }

    /** The plan as the adviser entered it (UserTask_Plan); the meetings follow the dates in order. */
    void planned(Plan plan) {
        this.kind = plan.kind();
        this.place = plan.place();
        this.online = plan.online();
        this.coHosts = plan.coHosts();
        this.wholeRegion = plan.wholeRegion();
        this.expectedCount = plan.expectedCount();
        this.municipalityCodes = new LinkedHashSet<>(plan.municipalityCodes());
        this.meetings.clear();
        int seq = 1;
        for (var date : plan.meetingDates()) {
            meetings.add(new RegionalMeeting(this, seq++, date));
        }
        this.status = RegionalActivityStatus.RUNNING;
    }

    void commented(String comment) {
        this.centerComment = comment;
    }

    void closed(Instant at) {
        this.status = RegionalActivityStatus.CLOSED;
        this.closedAt = at;
    }

    /** The n-th meeting, counted from 0 as the multi-instance loop counts. */
    RegionalMeeting meeting(int index) {
        if (index < 0 || index >= meetings.size()) {
            throw new IllegalStateException("no meeting " + index + " in " + businessKey);
        }
        return meetings.get(index);
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Region getRegion() {
        return region;
    }

    public String getTheme() {
        return theme;
    }

    public RegionalActivityKind getKind() {
        return kind;
    }

    public String getPlace() {
        return place;
    }

    public boolean isOnline() {
        return online;
    }

    public String getCoHosts() {
        return coHosts;
    }

    public boolean isWholeRegion() {
        return wholeRegion;
    }

    public Integer getExpectedCount() {
        return expectedCount;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getCenterComment() {
        return centerComment;
    }

    public RegionalActivityStatus getStatus() {
        return status;
    }

    /** The municipalities it is for: all of the region's when planned for the whole region. */
    public Set<String> getMunicipalityCodes() {
        return Collections.unmodifiableSet(municipalityCodes);
    }

    public List<RegionalMeeting> getMeetings() {
        return Collections.unmodifiableList(meetings);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
