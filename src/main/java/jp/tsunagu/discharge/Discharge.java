package jp.tsunagu.discharge;

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

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.StaffMember;

/** 退院から在宅への移行 of one child: who prepares what before and after the discharge date. */
@Entity
@Table(name = "discharge")
public class Discharge {

    @Id
    private String businessKey;
    private String processInstanceId;
    private String caseId;
    private String municipalityCode;
    private String hospitalName;
    private String wardContact;
    private String hospitalRegionId;
    private LocalDate expectedDate;
    private String continuingCare;
    private String municipalContact;
    private Boolean municipalityPlacesCoordinator;
    private String coordinatorAdvice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_id")
    private StaffMember coordinator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_coordinator_id")
    private StaffMember previousCoordinator;

    private String selectionReasons;
    private boolean noCoordinator;
    private LocalDate conferencePlannedDate;
    private String conferencePlace;
    private String conferenceInvited;

    @Enumerated(EnumType.STRING)
    private DischargeStatus status;

    private String familySituation;
    private String evacuationPlanKey;
    private String noEvacuationPlanReason;
    private Instant createdAt;
    private Instant closedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discharge_municipality", joinColumns = @JoinColumn(name = "business_key"))
    @Column(name = "municipality_code")
    private Set<String> municipalitiesInvolved = new LinkedHashSet<>();

    @Version
    private long version;

    protected Discharge() {
    }

    Discharge(String businessKey, String processInstanceId, String caseId, String municipalityCode, Hospital hospital,
            LocalDate expectedDate, String continuingCare, Instant createdAt) {
        this.businessKey = businessKey;
        this.processInstanceId = processInstanceId;
        this.caseId = caseId;
        this.municipalityCode = municipalityCode;
        this.municipalitiesInvolved.add(municipalityCode);
        this.hospitalName = hospital.name();
        this.wardContact = hospital.wardContact();
        this.hospitalRegionId = hospital.regionId();
        this.expectedDate = expectedDate;
        this.continuingCare = continuingCare;
        this.status = DischargeStatus.ANNOUNCED;
        this.createdAt = createdAt;
    }

    void confirmedByMunicipality(String contact, boolean placesCoordinator) {
        this.municipalContact = contact;
        this.municipalityPlacesCoordinator = placesCoordinator;
        this.status = DischargeStatus.PREPARING;
    }

    void coordinatorSelected(StaffMember selected, StaffMember previous, String reasons, String advice) {
        this.coordinator = selected;
        this.previousCoordinator = previous;
        this.selectionReasons = reasons;
        this.coordinatorAdvice = advice;
        this.noCoordinator = false;
    }

    /** The seed's 下北 path: no coordinator in the area; the adviser and the center cover. */
    void noCoordinatorAvailable(String advice) {
        this.coordinatorAdvice = advice;
        this.noCoordinator = true;
    }

    void movedTo(String newMunicipalityCode) {
        this.municipalityCode = newMunicipalityCode;
        this.municipalitiesInvolved.add(newMunicipalityCode);
    }

    /** The conference is planned before the discharge, where it can prepare it. */
    void conferencePlanned(LocalDate date, String place, String invited) {
        if (date.isAfter(expectedDate)) {
            throw new InvalidInputException("退院時カンファレンスは退院予定日（" + expectedDate + "）までの日付にしてください。");
        }
        this.conferencePlannedDate = date;
        this.conferencePlace = place;
        this.conferenceInvited = invited;
    }

    void rescheduled(LocalDate newDate) {
        this.expectedDate = newDate;
        if (status == DischargeStatus.READMITTED) {
            this.status = DischargeStatus.PREPARING;
        }
    }

    void readmitted() {
        this.status = DischargeStatus.READMITTED;
    }

    void followedUp(String familySituation) {
        this.familySituation = familySituation;
        this.status = DischargeStatus.FOLLOW_UP;
    }

    void evacuationPlanStarted(String planKey) {
        this.evacuationPlanKey = planKey;
    }

    void closed(String noPlanReason, Instant at) {
        this.noEvacuationPlanReason = noPlanReason;
        this.status = DischargeStatus.CLOSED;
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

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    /** The first home municipality first, then those the family moved to. */
    public List<String> getMunicipalitiesInvolved() {
        return Collections.unmodifiableList(new ArrayList<>(municipalitiesInvolved));
    }

    public String getHospitalName() {
        return hospitalName;
    }

    public String getWardContact() {
        return wardContact;
    }

    public String getHospitalRegionId() {
        return hospitalRegionId;
    }

    public LocalDate getConferencePlannedDate() {
        return conferencePlannedDate;
    }

    public String getConferencePlace() {
        return conferencePlace;
    }

    public String getConferenceInvited() {
        return conferenceInvited;
    }

    public LocalDate getExpectedDate() {
        return expectedDate;
    }

    public String getContinuingCare() {
        return continuingCare;
    }

    public String getMunicipalContact() {
        return municipalContact;
    }

    public Boolean getMunicipalityPlacesCoordinator() {
        return municipalityPlacesCoordinator;
    }

    public String getCoordinatorAdvice() {
        return coordinatorAdvice;
    }

    public StaffMember getCoordinator() {
        return coordinator;
    }

    public StaffMember getPreviousCoordinator() {
        return previousCoordinator;
    }

    public String getSelectionReasons() {
        return selectionReasons;
    }

    public boolean isNoCoordinator() {
        return noCoordinator;
    }

    public DischargeStatus getStatus() {
        return status;
    }

    public String getFamilySituation() {
        return familySituation;
    }

    public String getEvacuationPlanKey() {
        return evacuationPlanKey;
    }

    public String getNoEvacuationPlanReason() {
        return noEvacuationPlanReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
