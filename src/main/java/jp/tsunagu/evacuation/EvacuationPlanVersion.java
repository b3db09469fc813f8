package jp.tsunagu.evacuation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One version of an evacuation plan. A draft is written at the first meeting (daily life,
 * devices, power) and completed in drafting; approval makes it the plan in force; a review opens
 * the next version as a copy, and the approved one stays readable.
 * {@code version} detects two people saving the same draft at once.
 */
@Entity
@Table(name = "evacuation_plan_version")
public class EvacuationPlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String businessKey;

    private int number;

    @Enumerated(EnumType.STRING)
    private VersionStatus status;

    private String dailyLife;
    private String candidateDestinations;
    private String personName;
    private LocalDate personBirthDate;
    private String personAddress;
    private String personPhone;
    private String emergencyContacts;
    private String needsHelpReason;
    private String carePoints;
    private String destination;
    private String route;
    private Integer travelMinutes;
    private String transport;
    private String warningMethod;
    private String receivingHospital;
    private String receivingHospitalPhone;
    private String homeDoctor;
    private String homeDoctorPhone;
    private String municipalityPhone;
    private String powerPlan;
    private String medicinesAndSupplies;
    private String safetyConfirmation;
    private boolean batteryShortfall;
    private Boolean consentGiven;
    private String sharedWith;
    private String approvedBy;
    private Instant approvedAt;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evacuation_plan_supporter", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<Supporter> supporters = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "evacuation_plan_device", joinColumns = @JoinColumn(name = "plan_version_id"))
    @OrderColumn(name = "position")
    private List<Device> devices = new ArrayList<>();

    @Version
    private long version;

    protected EvacuationPlanVersion() {
    }

    /** Version 1, from the first case meeting. */
    EvacuationPlanVersion(String businessKey, String dailyLife, List<Device> devices, String powerPlan,
            String candidateDestinations, Instant createdAt) {
        this.businessKey = businessKey;
        this.number = 1;
        this.status = VersionStatus.DRAFT;
        this.dailyLife = dailyLife;
        this.devices = new ArrayList<>(devices);
        this.powerPlan = powerPlan;
        this.candidateDestinations = candidateDestinations;
        this.createdAt = createdAt;
    }

    /** The next version, starting as a copy of this one. */
    EvacuationPlanVersion nextDraft(Instant at) {
        EvacuationPlanVersion next = new EvacuationPlanVersion(businessKey, dailyLife, devices, powerPlan,
                candidateDestinations, at);
        next.number = number + 1;
        next.revise(draftOfThis());
        return next;
    }

    void revise(PlanDraft draft) {
        personName = draft.personName();
        personBirthDate = draft.personBirthDate();
        personAddress = draft.personAddress();
        personPhone = draft.personPhone();
        emergencyContacts = draft.emergencyContacts();
        needsHelpReason = draft.needsHelpReason();
        carePoints = draft.carePoints();
        supporters = new ArrayList<>(draft.supporters());
        destination = draft.destination();
        route = draft.route();
        travelMinutes = draft.travelMinutes();
        transport = draft.transport();
        warningMethod = draft.warningMethod();
        receivingHospital = draft.receivingHospital();
        receivingHospitalPhone = draft.receivingHospitalPhone();
        homeDoctor = draft.homeDoctor();
        homeDoctorPhone = draft.homeDoctorPhone();
        municipalityPhone = draft.municipalityPhone();
        devices = new ArrayList<>(draft.devices());
        powerPlan = draft.powerPlan();
        medicinesAndSupplies = draft.medicinesAndSupplies();
        safetyConfirmation = draft.safetyConfirmation();
        batteryShortfall = travelMinutes != null && devices.stream().anyMatch(d -> d.runsOutWithin(travelMinutes));
    }

    PlanDraft draftOfThis() {
        return new PlanDraft(personName, personBirthDate, personAddress, personPhone, emergencyContacts,
                needsHelpReason, carePoints, supporters, destination, route, travelMinutes, transport,
                warningMethod, receivingHospital, receivingHospitalPhone, homeDoctor, homeDoctorPhone,
                municipalityPhone, devices, powerPlan, medicinesAndSupplies, safetyConfirmation);
    }

    void consent(boolean given, String sharedWith) {
        this.consentGiven = given;
        this.sharedWith = given ? sharedWith : null;
    }

    void approve(String approvedBy, Instant at) {
        this.status = VersionStatus.APPROVED;
        this.approvedBy = approvedBy;
        this.approvedAt = at;
    }

    void supersede() {
        this.status = VersionStatus.SUPERSEDED;
    }

    public Long getId() {
        return id;
    }

    public String getBusinessKey() {
        return businessKey;
    }

    public int getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getDailyLife() {
        return dailyLife;
    }

    public String getCandidateDestinations() {
        return candidateDestinations;
    }

    public String getPersonName() {
        return personName;
    }

    public LocalDate getPersonBirthDate() {
        return personBirthDate;
    }

    public String getPersonAddress() {
        return personAddress;
    }

    public String getPersonPhone() {
        return personPhone;
    }

    public String getEmergencyContacts() {
        return emergencyContacts;
    }

    public String getNeedsHelpReason() {
        return needsHelpReason;
    }

    public String getCarePoints() {
        return carePoints;
    }

    public List<Supporter> getSupporters() {
        return Collections.unmodifiableList(supporters);
    }

    public String getDestination() {
        return destination;
    }

    public String getRoute() {
        return route;
    }

    public Integer getTravelMinutes() {
        return travelMinutes;
    }

    public String getTransport() {
        return transport;
    }

    public String getWarningMethod() {
        return warningMethod;
    }

    public String getReceivingHospital() {
        return receivingHospital;
    }

    public String getReceivingHospitalPhone() {
        return receivingHospitalPhone;
    }

    /** かかりつけ医: the clinic or hospital and the doctor's name. */
    public String getHomeDoctor() {
        return homeDoctor;
    }

    public String getHomeDoctorPhone() {
        return homeDoctorPhone;
    }

    /** The municipality's desk for the plan (防災・福祉の担当窓口). */
    public String getMunicipalityPhone() {
        return municipalityPhone;
    }

    public List<Device> getDevices() {
        return Collections.unmodifiableList(devices);
    }

    public String getPowerPlan() {
        return powerPlan;
    }

    public String getMedicinesAndSupplies() {
        return medicinesAndSupplies;
    }

    public String getSafetyConfirmation() {
        return safetyConfirmation;
    }

    /** A device's battery is shorter than the way to the destination: flagged for the meeting. */
    public boolean isBatteryShortfall() {
        return batteryShortfall;
    }

    public Boolean getConsentGiven() {
        return consentGiven;
    }

    public String getSharedWith() {
        return sharedWith;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
