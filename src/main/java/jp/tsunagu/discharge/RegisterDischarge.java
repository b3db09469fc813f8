package jp.tsunagu.discharge;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.NewCaseFields;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.Routing;

/**
 * StartEvent_DischargeAnnounced: a discharge for an existing case, or a new case opened here;
 * checks what the hospital told (date in the future, the hospital's region), who announces it
 * (a municipality only for its own residents), where the child goes (home, a facility, a hospital
 * stay aiming at 一時帰宅: the other regions it concerns are kept on the discharge row), and gives the business key DIS-&lt;year&gt;-&lt;seq&gt;.
 */
@Component("registerDischarge")
public class RegisterDischarge implements ExecutionListener {

    private final Municipalities municipalities;
    private final ChildCases cases;
    private final StartRights startRights;
    private final Routing routing;
    private final BusinessKeys businessKeys;
    private final DischargeRepository discharges;
    private final Clock clock;

    public RegisterDischarge(Municipalities municipalities, ChildCases cases, StartRights startRights, Routing routing,
            BusinessKeys businessKeys, DischargeRepository discharges, Clock clock) {
        this.municipalities = municipalities;
        this.cases = cases;
        this.startRights = startRights;
        this.routing = routing;
        this.businessKeys = businessKeys;
        this.discharges = discharges;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Municipality home = municipalities.require(DischargeVariables.HOME_MUNICIPALITY.required(execution));
        Hospital hospital = new Hospital(
                DischargeVariables.HOSPITAL_NAME.required(execution),
                DischargeVariables.WARD_CONTACT.required(execution),
                DischargeVariables.HOSPITAL_REGION.required(execution));
        routing.advisersOfRegion(hospital.regionId());  // refuses an unknown region
        LocalDate expected = DischargeVariables.EXPECTED_DISCHARGE_DATE.required(execution);
        String continuingCare = DischargeVariables.CONTINUING_CARE.required(execution);
        ChildCase childCase = ProcessVariables.CASE.optional(execution)
                .map(id -> existingCaseOf(id, home)).orElseGet(() -> newCase(execution, home));

        String businessKey = businessKeys.next(BusinessKeyPrefix.DISCHARGE);
        execution.setProcessBusinessKey(businessKey);
        ProcessVariables.CASE.set(execution, childCase.getId());
        ProcessVariables.MUNICIPALITY.set(execution, home.getCode());
        ProcessVariables.REGION_ID.set(execution, home.getRegion().getId());
        DischargeVariables.EXPECTED_DISCHARGE_DATE.set(execution, expected);
        ProcessVariables.COORDINATOR.set(execution,
                childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId());
        Discharge discharge = new Discharge(businessKey, execution.getProcessInstanceId(), childCase.getId(),
                home.getCode(), hospital, expected, continuingCare, clock.instant());
        Destination destination = DischargeVariables.DESTINATION.optional(execution).orElse(Destination.HOME);
        discharge.goesTo(destination, destination == Destination.FACILITY ? facility(execution) : null,
                DischargeVariables.TEMPORARY_STAY_GOAL.required(execution), home.getRegion().getId());
        discharges.save(discharge);
    }

    /** 施設入所: the facility's name and municipality; its region is the municipality's. */
    private Facility facility(DelegateExecution execution) {
        Municipality place = municipalities.require(DischargeVariables.FACILITY_MUNICIPALITY_CODE.required(execution));
        return new Facility(DischargeVariables.FACILITY_NAME.required(execution), place.getCode(), place.getRegion().getId());
    }

    private ChildCase existingCaseOf(String caseId, Municipality home) {
        ChildCase childCase = startRights.nameableCase(caseId);
        if (!childCase.getHomeMunicipality().getCode().equals(home.getCode())) {
            throw new InvalidInputException("ケース「" + caseId + "」のお子さんは「" + childCase.getHomeMunicipality().getName()
                    + "」にお住まいです。市町村を確認してください。");
        }
        return childCase;
    }

    private ChildCase newCase(DelegateExecution execution, Municipality home) {
        return cases.open(NewCaseFields.read(Inputs.of(execution), NewCaseFields.CARE_ITEMS.ticked(execution), home.getCode()));
    }
}
