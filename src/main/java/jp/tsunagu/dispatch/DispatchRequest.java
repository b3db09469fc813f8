package jp.tsunagu.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.StaffMember;

/** 圏域アドバイザー派遣申込: the request as the reports and the requester see it. */
@Entity
@Table(name = "dispatch_request")
public class DispatchRequest {

    @Id
    private String businessKey;

    private String processInstanceId;

    private String requesterUserId;

    @Enumerated(EnumType.STRING)
    private RequesterRole requesterRole;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_code")
    private Municipality municipality;

    private String homeRegionId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dispatch_request_region", joinColumns = @JoinColumn(name = "business_key"))
    @Column(name = "region_id")
    private Set<String> regionsInvolved = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    private RequestKind requestKind;

    private String requestDetail;

    private LocalDate wishedDate;

    private String wishedDatesNote;

    private String caseId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private StaffMember coordinator;

    @Enumerated(EnumType.STRING)
    private DispatchStatus status;

    private String declineReason;

    @Enumerated(EnumType.STRING)
    private TriageDecision triageDecision;

    @Enumerated(EnumType.STRING)
    private DispatchOutcome outcome;

    private String acceptedBy;

    private Instant acceptedAt;

    private LocalDate scheduledDate;

    private int visitCount;

    private Integer feedbackRating;

    private String feedbackComment;

    private Instant createdAt;

    private Instant closedAt;

    @Version
    private long version;

    protected DispatchRequest() {
    }

    DispatchRequest(String businessKey, String processInstanceId, Requester requester, Municipality municipality,
            RequestKind requestKind, String requestDetail, LocalDate wishedDate, String wishedDatesNote,
            String caseId, StaffMember coordinator, Instant createdAt) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.requesterUserId = requester.userId();
        this.requesterRole = requester.role();
        this.municipality = municipality;
        this.homeRegionId = municipality.getRegion().getId();
        this.regionsInvolved.add(homeRegionId);
        this.requestKind = requestKind;
        this.requestDetail = requestDetail;
        this.wishedDate = wishedDate;
        this.wishedDatesNote = wishedDatesNote;
        this.caseId = caseId;
        this.coordinator = coordinator;
        this.status = DispatchStatus.TRIAGE;
        this.createdAt = createdAt;
    }

    void triaged(TriageDecision decision, String declineReason) {
        this.status = switch (decision) {
            case ADVISER -> DispatchStatus.WAITING_FOR_ADVISER;
            case CENTER -> DispatchStatus.CENTER_RESPONDING;
            case DECLINED -> DispatchStatus.DECLINED;
        };
        this.triageDecision = decision;
        this.declineReason = declineReason;
    }

    /** The request goes to another region's advisers; the record keeps every region involved. */
    void handedTo(String regionId) {
        this.regionsInvolved.add(regionId);
    }

    void accepted(String adviserUserId, LocalDate scheduledDate, Instant at) {
        this.acceptedBy = adviserUserId;
        this.acceptedAt = at;
        this.scheduledDate = scheduledDate;
        this.status = DispatchStatus.IN_PROGRESS;
    }

    /** An activity was recorded: an adviser's visit counts, the center's own answer does not. */
    int recorded() {
        if (status == DispatchStatus.IN_PROGRESS) {
            visitCount++;
        }
        return visitCount;
    }

    void waitingForFeedback() {
        this.status = DispatchStatus.WAITING_FOR_FEEDBACK;
    }

    void closed(Integer rating, String comment, Instant at) {
        this.feedbackRating = rating;
        this.feedbackComment = comment;
        this.outcome = triageDecision == null ? null : DispatchOutcome.of(triageDecision);
        if (status != DispatchStatus.DECLINED) {
            this.status = DispatchStatus.CLOSED;
        }
        this.closedAt = at;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getRequesterUserId() {
        return requesterUserId;
    }

    public RequesterRole getRequesterRole() {
        return requesterRole;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getHomeRegionId() {
        return homeRegionId;
    }

    /** Home region first, then the other regions it was handed to (alphabetically). */
    public List<String> getRegionsInvolved() {
        List<String> regions = new ArrayList<>(List.of(homeRegionId));
        regionsInvolved.stream().filter(region -> !region.equals(homeRegionId)).sorted().forEach(regions::add);
        return Collections.unmodifiableList(regions);
    }

    public RequestKind getRequestKind() {
        return requestKind;
    }

    public String getRequestDetail() {
        return requestDetail;
    }

    public LocalDate getWishedDate() {
        return wishedDate;
    }

    public String getWishedDatesNote() {
        return wishedDatesNote;
    }

    public String getCaseId() {
        return caseId;
    }

    public StaffMember getCoordinator() {
        return coordinator;
    }

    public DispatchStatus getStatus() {
        return status;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDate getScheduledDate() {
        return scheduledDate;
    }

    public TriageDecision getTriageDecision() {
        return triageDecision;
    }

    /** Empty until the request closes. */
    public DispatchOutcome getOutcome() {
        return outcome;
    }

    public int getVisitCount() {
        return visitCount;
    }

    public Integer getFeedbackRating() {
        return feedbackRating;
    }

    public String getFeedbackComment() {
        return feedbackComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
