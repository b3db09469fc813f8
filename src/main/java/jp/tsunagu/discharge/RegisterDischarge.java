package jp.tsunagu.discharge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.casework.MedicalCareItem;
import jp.tsunagu.casework.NewChildCase;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.EngineTime;
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
        Inputs inputs = Inputs.of(execution);
        Municipality home = municipalities.require(inputs.requiredText(ProcessVariables.MUNICIPALITY_CODE, "お住まいの市町村", 6));
        Hospital hospital = new Hospital(
                inputs.requiredText(DischargeVariables.HOSPITAL_NAME, "病院名", 200),
                inputs.requiredText(DischargeVariables.WARD_CONTACT, "病棟の連絡先", 200),
                inputs.requiredText(DischargeVariables.HOSPITAL_REGION, "病院の圏域", 32));
        routing.advisersOfRegion(hospital.regionId());  // refuses an unknown region
        LocalDate expected = inputs.requiredDateFromToday(DischargeVariables.EXPECTED_DISCHARGE_DATE, "退院予定日",
                EngineTime.today());
        String continuingCare = inputs.requiredText(DischargeVariables.CONTINUING_CARE, "在宅で続く医療的ケア・医療機器", 2000);
        ChildCase childCase = inputs.optionalText(ProcessVariables.CASE_ID, "ケース番号", 16)
                .map(id -> existingCaseOf(id, home)).orElseGet(() -> newCase(inputs, execution, home));

        String businessKey = businessKeys.next(BusinessKeyPrefix.DISCHARGE);
        execution.setProcessBusinessKey(businessKey);
        execution.setVariable(ProcessVariables.CASE_ID, childCase.getId());
        execution.setVariable(ProcessVariables.MUNICIPALITY_CODE, home.getCode());
        execution.setVariable(ProcessVariables.REGION, home.getRegion().getId());
        execution.setVariable(DischargeVariables.EXPECTED_DISCHARGE_DATE, expected.toString());
        execution.setVariable(ProcessVariables.COORDINATOR_USER_ID,
                childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId());
        Discharge discharge = new Discharge(businessKey, execution.getProcessInstanceId(), childCase.getId(),
                home.getCode(), hospital, expected, continuingCare, clock.instant());
        Destination destination = inputs.optionalText(DischargeVariables.DESTINATION, "退院後の行き先", 32)
                .map(given -> inputs.requiredChoice(DischargeVariables.DESTINATION, "退院後の行き先", Destination.class))
                .orElse(Destination.HOME);
        discharge.goesTo(destination, destination == Destination.FACILITY ? facility(inputs) : null,
                inputs.flag(DischargeVariables.TEMPORARY_STAY_GOAL, "一時帰宅を目標にする"), home.getRegion().getId());
        discharges.save(discharge);
    }

    /** 施設入所: the facility's name and municipality; its region is the municipality's. */
    private Facility facility(Inputs inputs) {
        Municipality place = municipalities.require(
                inputs.requiredText(DischargeVariables.FACILITY_MUNICIPALITY_CODE, "入所する施設の市町村", 6));
        return new Facility(inputs.requiredText(DischargeVariables.FACILITY_NAME, "入所する施設の名前", 200),
                place.getCode(), place.getRegion().getId());
    }

    private ChildCase existingCaseOf(String caseId, Municipality home) {
        ChildCase childCase = startRights.nameableCase(caseId);
        if (!childCase.getHomeMunicipality().getCode().equals(home.getCode())) {
            throw new InvalidInputException("ケース「" + caseId + "」のお子さんは「" + childCase.getHomeMunicipality().getName()
                    + "」にお住まいです。市町村を確認してください。");
        }
        return childCase;
    }

    private ChildCase newCase(Inputs inputs, DelegateExecution execution, Municipality home) {
        String label = inputs.requiredText(DischargeVariables.CASE_LABEL, "ケースの呼び名（新しいケース）", 64);
        String birth = inputs.requiredText(DischargeVariables.CASE_BIRTH_MONTH, "生年月（例: 2024-03）", 7);
        YearMonth birthMonth;
        try {
            birthMonth = YearMonth.parse(birth);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("生年月は「2024-03」のように入力してください。");
        }
        Set<MedicalCareItem> items = EnumSet.noneOf(MedicalCareItem.class);
        for (MedicalCareItem item : MedicalCareItem.values()) {
            if (inputs.flag(DischargeVariables.CARE_ITEM_PREFIX + item.name(), item.label())) {
                items.add(item);
            }
        }
        Integer score = inputs.optionalInteger(DischargeVariables.PHYSICIAN_SCORE, "医療的ケア判定スコア", 0, 200).orElse(null);
        return cases.open(new NewChildCase(label, birthMonth, home.getCode(), items, score));
    }
}
