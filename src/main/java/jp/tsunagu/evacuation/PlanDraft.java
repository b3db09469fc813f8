package jp.tsunagu.evacuation;

import java.time.LocalDate;
import java.util.List;

/** What the coordinator and the municipality write in UserTask_DraftPlan, already checked. */
public record PlanDraft(
        String personName,
        LocalDate personBirthDate,
        String personAddress,
        String personPhone,
        String emergencyContacts,
        String needsHelpReason,
        String carePoints,
        List<Supporter> supporters,
        String destination,
        String route,
        Integer travelMinutes,
        String transport,
        String warningMethod,
        String receivingHospital,
        String receivingHospitalPhone,
        String homeDoctor,
        String homeDoctorPhone,
        String municipalityPhone,
        List<Device> devices,
        String powerPlan,
        String medicinesAndSupplies,
        String safetyConfirmation) {
}
