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
import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.process.Inputs;

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

    @Enumerated(EnumType.STRING)
    private Destination destination;
    private String facilityName;
    private String facilityMunicipalityCode;
    private String facilityRegionId;
    private Boolean temporaryStayGoal;
    private String selectedBy;
    private Boolean selectedAtConference;
    private String municipalityConsulted;
    private String municipalityAgreedBy;
    private String municipalityAgreementNote;
    private int accompaniedVisits;
    private String accompanimentEndedBy;
    private String plannedMunicipalityCode;
    private LocalDate plannedMoveDate;
    private String movePreparationCurrent;
    private String movePreparationFuture;

    /** Regions besides the home region that this discharge concerns (hospital, facility). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "discharge_region", joinColumns = @JoinColumn(name = "business_key"))
    @Column(name = "region_id")
    private Set<String> regionsInformed = new LinkedHashSet<>();

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

    /**
     * Where the child goes, and so which other regions are informed: the hospital's and the
     * facility's, when they are not the home region.
     */
    void goesTo(Destination destination, Facility facility, boolean temporaryStayGoal, String homeRegionId) {
        this.destination = destination;
        this.temporaryStayGoal = temporaryStayGoal;
        if (facility != null) {
            this.facilityName = facility.name();
            this.facilityMunicipalityCode = facility.municipalityCode();
            this.facilityRegionId = facility.regionId();
        }
        for (String region : new String[] {hospitalRegionId, facilityRegionId}) {
            if (region != null && !region.equals(homeRegionId)) {
                regionsInformed.add(region);
            }
        }
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

    /** Who made the selection (the adviser, or the center taking over), with whom, and where. */
    void selectionMadeBy(String userId, String consulted, boolean atConference) {
        this.selectedBy = userId;
        this.municipalityConsulted = consulted;
        this.selectedAtConference = atConference;
        this.municipalityAgreedBy = null;
        this.municipalityAgreementNote = null;
    }

    void municipalityAnswered(String userId, String note) {
        this.municipalityAgreedBy = userId;
        this.municipalityAgreementNote = note;
    }

    /** One more visit the adviser went along on after discharge; the count so far. */
    int visitAccompanied() {
        return ++accompaniedVisits;
    }

    void accompanimentEnded(String userId) {
        this.accompanimentEndedBy = userId;
    }

    /**
     * One planned move at a time: the planned municipality reads the discharge from this row, so
     * a second plan would leave the first one reading a child who is not coming (and holding its
     * preparation task). A new plan is possible after the move (DischargeCaseMoved) clears it.
     */
    void movePlanned(String municipalityCode, LocalDate date) {
        if (plannedMunicipalityCode != null) {
            throw new InvalidInputException("転居の予定（予定日 " + JapaneseDates.day(plannedMoveDate)
                    + "）は既に連絡されています。別の市町村への転居予定には変えられません。転居の連絡のあとで改めて連絡してください。");
        }
        this.plannedMunicipalityCode = municipalityCode;
        this.plannedMoveDate = date;
        this.municipalitiesInvolved.add(municipalityCode);
    }

    void movePrepared(boolean future, String note) {
        if (future) {
            this.movePreparationFuture = note;
        } else {
            this.movePreparationCurrent = note;
        }
    }

    /** The seed's 下北 path: no coordinator in the area; the adviser and the center cover. */
    void noCoordinatorAvailable(String advice) {
        this.coordinatorAdvice = advice;
        this.noCoordinator = true;
    }

    void movedTo(String newMunicipalityCode) {
        this.municipalityCode = newMunicipalityCode;
        if (newMunicipalityCode.equals(plannedMunicipalityCode)) {
            this.plannedMunicipalityCode = null;
            this.plannedMoveDate = null;
        }
        this.municipalitiesInvolved.add(newMunicipalityCode);
    }

    /** The conference is planned before the discharge, where it can prepare it. */
    void conferencePlanned(LocalDate date, String place, String invited) {
        if (date.isAfter(expectedDate)) {
            throw new InvalidInputException("退院時カンファレンスの予定日（" + JapaneseDates.day(date) + "）が退院予定日（"
                    + JapaneseDates.day(expectedDate) + "）より後になっています。退院予定日までの日付にしてください。");
        }
        this.conferencePlannedDate = date;
        this.conferencePlace = place;
        this.conferenceInvited = invited;
    }

    /**
     * A visit after discharge cannot come before it (a first home visit six weeks before the
     * discharge is a typing mistake): refused with both dates named. The date is the discharge
     * date as last announced (rescheduled included).
     */
    LocalDate requireVisitAfterDischarge(LocalDate visited) {
        return Inputs.notBefore(visited, DischargeVariables.VISIT_DATE.label(), expectedDate, "退院日");
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

    public Destination getDestination() {
        return destination;
    }

    public String getFacilityName() {
        return facilityName;
    }

    public String getFacilityMunicipalityCode() {
        return facilityMunicipalityCode;
    }

    public String getFacilityRegionId() {
        return facilityRegionId;
    }

    public Boolean getTemporaryStayGoal() {
        return temporaryStayGoal;
    }

    public String getSelectedBy() {
        return selectedBy;
    }

    public Boolean getSelectedAtConference() {
        return selectedAtConference;
    }

    public String getMunicipalityConsulted() {
        return municipalityConsulted;
    }

    public String getMunicipalityAgreedBy() {
        return municipalityAgreedBy;
    }

    public String getMunicipalityAgreementNote() {
        return municipalityAgreementNote;
    }

    public int getAccompaniedVisits() {
        return accompaniedVisits;
    }

    public String getAccompanimentEndedBy() {
        return accompanimentEndedBy;
    }

    public String getPlannedMunicipalityCode() {
        return plannedMunicipalityCode;
    }

    public LocalDate getPlannedMoveDate() {
        return plannedMoveDate;
    }

    /** The other regions informed (hospital, facility), sorted. */
    public List<String> getRegionsInformed() {
        return regionsInformed.stream().sorted().toList();
    }

    public String getMovePreparationCurrent() {
        return movePreparationCurrent;
    }

    public String getMovePreparationFuture() {
        return movePreparationFuture;
    }
}
