package jp.tsunagu.evacuation;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 災害時個別避難計画 of one child, owned by the home municipality. Its content lives in
 * {@link EvacuationPlanVersion}s; {@code currentVersion} is the approved one in force.
 */
@Entity
@Table(name = "evacuation_plan")
public class EvacuationPlan {

    @Id
    private String businessKey;

    private String processInstanceId;

    private String caseId;

    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private Integer currentVersion;

    private String regionalInformation;

    private Instant createdAt;

    private Instant closedAt;

    @Version
    private long version;

    protected EvacuationPlan() {
    }

    EvacuationPlan(String businessKey, String processInstanceId, String caseId, String municipalityCode, Instant createdAt) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.caseId = caseId;
        this.municipalityCode = municipalityCode;
        this.status = PlanStatus.DRAFTING;
        this.createdAt = createdAt;
    }

    void regionalInformation(String information) {
        this.regionalInformation = information;
    }

    void approved(int versionNumber) {
        this.currentVersion = versionNumber;
        this.status = PlanStatus.APPROVED;
    }

    void reviewing() {
        this.status = PlanStatus.IN_REVIEW;
    }

    void closed(Instant at) {
        this.status = PlanStatus.CLOSED;
        this.closedAt = at;
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

    /** The family moved: the new home municipality owns the plan from now on. */
    void movedTo(String newMunicipalityCode) {
        this.municipalityCode = newMunicipalityCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public Integer getCurrentVersion() {
        return currentVersion;
    }

    public String getRegionalInformation() {
        return regionalInformation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
