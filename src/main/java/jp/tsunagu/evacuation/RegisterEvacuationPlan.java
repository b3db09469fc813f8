package jp.tsunagu.evacuation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

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

/**
 * StartEvent_PlanRequested: a plan for a child's case, started by the home municipality (which
 * owns it by law), the center, the case's coordinator, or the discharge flow; without a case
 * number (a child already at home) the municipality or the center opens the case from the start
 * form's child fields, as the discharge's start does. One active plan
 * flow per child: a second start is refused and names the one that exists.
 */
@Component("registerEvacuationPlan")
public class RegisterEvacuationPlan implements ExecutionListener {

    static final EnumSet<PlanStatus> ACTIVE = EnumSet.of(PlanStatus.DRAFTING, PlanStatus.APPROVED, PlanStatus.IN_REVIEW);

    private final Municipalities municipalities;
    private final ChildCases cases;
    private final StartRights startRights;
    private final EvacuationPlanRepository plans;
    private final BusinessKeys businessKeys;
    private final Clock clock;

    public RegisterEvacuationPlan(Municipalities municipalities, ChildCases cases, StartRights startRights, EvacuationPlanRepository plans,
            BusinessKeys businessKeys, Clock clock) {
        this.municipalities = municipalities;
        this.cases = cases;
        this.startRights = startRights;
        this.plans = plans;
        this.businessKeys = businessKeys;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        // Locked: two starts for the same child at once must not both find no active plan.
        Optional<String> named = ProcessVariables.MUNICIPALITY.optional(execution);
        String caseId = ProcessVariables.CASE.optional(execution).orElseGet(() -> newCase(execution, named).getId());
        startRights.nameableCase(caseId); // an unknown case and another's answer alike, before any comparison
        ChildCase childCase = cases.requireLocked(caseId);
        Municipality home = childCase.getHomeMunicipality();
        if (named.isPresent() && !municipalities.require(named.get()).getCode().equals(home.getCode())) {
            throw new InvalidInputException("ケース「" + childCase.getId() + "」のお子さんは「" + home.getName()
                    + "」にお住まいです。個別避難計画はお住まいの市町村で作成します。");
        }
        String coordinator = childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId();
        List<EvacuationPlan> active = plans.findByCaseIdAndStatusIn(childCase.getId(), ACTIVE);
        if (!active.isEmpty()) {
            throw new InvalidInputException("ケース「" + childCase.getId() + "」には作成中または登録済みの個別避難計画「"
                    + active.get(0).getBusinessKey() + "」があります。見直しはその計画で行ってください。");
        }

        String businessKey = businessKeys.next(BusinessKeyPrefix.EVACUATION_PLAN);
        execution.setProcessBusinessKey(businessKey);
        ProcessVariables.CASE.set(execution, childCase.getId());
        ProcessVariables.MUNICIPALITY.set(execution, home.getCode());
        ProcessVariables.REGION_ID.set(execution, home.getRegion().getId());
        ProcessVariables.COORDINATOR.set(execution, coordinator);
        EvacuationVariables.PRINTABLE_PLAN.set(execution, "/evacuation-plans/" + businessKey + "/print");
        plans.save(new EvacuationPlan(businessKey, execution.getProcessInstanceId(), childCase.getId(),
                home.getCode(), clock.instant()));
    }

    /**
     * A child already at home has no case yet (no discharge opened one): the start form's child
     * fields open it, for the municipality named, by its own officers or the center only.
     */
    private ChildCase newCase(DelegateExecution execution, Optional<String> municipalityCode) {
        Municipality home = municipalities.require(municipalityCode.orElseThrow(() -> new InvalidInputException(
                "ケース番号を入力するか、新しいケースのお住まいの市町村を選んでください。")));
        startRights.checkNewCase(home.getCode());
        if (NewCaseFields.LABEL.optional(execution).isEmpty() && NewCaseFields.BIRTH_MONTH.optional(execution).isEmpty()) {
            throw new InvalidInputException("ケース番号（CASE-年-番号）を入力してください。在宅のお子さんでケースがまだない場合は、"
                    + "新しいケースの呼び名と生年月を入力してください。");
        }
        return cases.open(NewCaseFields.read(Inputs.of(execution), NewCaseFields.CARE_ITEMS.ticked(execution), home.getCode()));
    }
}
