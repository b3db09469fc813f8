package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * Flow_Approved (taken when UserTask_Approve is completed): a plan is approved only with a
 * destination and at least one supporter; otherwise the approval is refused and the task stays.
 */
@Component("checkApproval")
public class CheckApproval implements ExecutionListener {

    private final EvacuationPlanVersionRepository versions;

    public CheckApproval(EvacuationPlanVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        ApprovalDecision decision = EvacuationVariables.APPROVAL_DECISION.required(execution);
        if (decision == ApprovalDecision.SEND_BACK) {
            return;
        }
        EvacuationPlanVersion latest = versions.latest(execution.getProcessBusinessKey());
        if (latest.getDestination() == null) {
            throw new InvalidInputException("避難先が決まっていない計画は承認できません。「計画の作成に戻す」を選んでください。");
        }
        if (latest.getSupporters().isEmpty()) {
            throw new InvalidInputException("避難支援者のいない計画は承認できません。「計画の作成に戻す」を選んでください。");
        }
    }
}
