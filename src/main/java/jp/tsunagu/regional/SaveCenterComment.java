package jp.tsunagu.regional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SaveCenterComment: the center has read the plan (UserTask_CenterReview) and may
 * have commented; it informs, it does not approve: the meetings go on meanwhile.
 */
@Component("saveCenterComment")
public class SaveCenterComment implements JavaDelegate {

    private final RegionalActivityRepository activities;

    public SaveCenterComment(RegionalActivityRepository activities) {
        this.activities = activities;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = RegionalVariables.CENTER_COMMENT.optional(execution).orElse(null);
        activities.require(execution.getProcessBusinessKey()).commented(comment);
    }
}
