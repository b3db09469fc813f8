package jp.tsunagu.evacuation;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.process.ProcessVariables;

/** What other flows ask of evacuation plans: does a child have one, and start one. */
@Service
public class EvacuationPlans {

    private final EvacuationPlanRepository plans;
    private final RuntimeService runtime;

    public EvacuationPlans(EvacuationPlanRepository plans, RuntimeService runtime) {
        this.plans = plans;
        this.runtime = runtime;
    }

    /** The business key of the child's plan in drafting, in force or in review. */
    @Transactional(readOnly = true)
    public Optional<String> activePlanOf(String caseId) {
        return plans.findByCaseIdAndStatusIn(caseId, RegisterEvacuationPlan.ACTIVE).stream()
                .map(EvacuationPlan::getBusinessKey).findFirst();
    }

    /** The family moved: the child's plan in drafting, in force or in review belongs to the new home. */
    @Transactional
    public void followHome(String caseId, String municipalityCode) {
        plans.findByCaseIdAndStatusIn(caseId, RegisterEvacuationPlan.ACTIVE).forEach(plan -> plan.movedTo(municipalityCode));
    }

    /** Starts the plan flow for the child; returns its business key (EVP-…). */
    public String start(String caseId, String municipalityCode) {
        return StartRights.onBehalfOfFlow(() -> runtime.startProcessInstanceByKey(ProcessKeys.EVACUATION_PLAN,
                Map.of(ProcessVariables.CASE.name(), caseId, ProcessVariables.MUNICIPALITY.name(), municipalityCode))
                .getBusinessKey());
    }
}
