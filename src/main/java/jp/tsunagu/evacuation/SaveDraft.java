package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * ServiceTask_SaveDraft: checks and stores the draft in the latest version. A draft saved by
 * someone else since this form was opened is not overwritten: the second saver is told.
 * A device whose battery is shorter than the way to the destination flags the plan for the
 * second meeting.
 */
@Component("saveDraft")
public class SaveDraft implements JavaDelegate {

    private final EvacuationPlanVersionRepository versions;

    public SaveDraft(EvacuationPlanVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvacuationPlanVersion latest = versions.latest(execution.getProcessBusinessKey());
        Object revision = execution.getVariable(PlanForm.REVISION);
        if (revision != null && ((Number) revision).longValue() != latest.getVersion()) {
            throw new InvalidInputException("この計画は、画面を開いた後に他の方が更新しました。"
                    + "もう一度開き直して、最新の内容に入力し直してください。");
        }
        if (latest.getStatus() != VersionStatus.DRAFT) {
            throw new IllegalStateException("version " + latest.getNumber() + " of " + latest.getBusinessKey() + " is not a draft");
        }
        latest.revise(PlanForm.read(execution));
        versions.saveAndFlush(latest);
        execution.removeVariables(PlanForm.names());
        EvacuationVariables.BATTERY_SHORTFALL.set(execution, latest.isBatteryShortfall());
    }
}
