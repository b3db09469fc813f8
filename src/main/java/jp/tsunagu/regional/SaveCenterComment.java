package jp.tsunagu.regional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/**
 * ServiceTask_SaveCenterComment: the center has read the plan (UserTask_CenterReview) and may
 * have commented; it informs, it does not approve: the meetings go on meanwhile.
 */
@Component("saveCenterComment")
public class SaveCenterComment implements JavaDelegate {

    static final int MAX_COMMENT = 2000;

    private final RegionalActivityRepository activities;

    public SaveCenterComment(RegionalActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = Inputs.of(execution).optionalText(RegionalVariables.CENTER_COMMENT, "支援センターからのコメント", MAX_COMMENT)
                .orElse(null);
        activities.require(execution.getProcessBusinessKey()).commented(comment);
    }
}
