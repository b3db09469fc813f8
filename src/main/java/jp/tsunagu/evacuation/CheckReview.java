package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Flow_Reviewed (taken when UserTask_Review is completed): the answer must be one the gateway knows. */
@Component("checkReview")
public class CheckReview implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        EvacuationVariables.REVIEW_DECISION.required(execution);
    }
}
