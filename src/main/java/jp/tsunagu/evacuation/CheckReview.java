package jp.tsunagu.evacuation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/** Flow_Reviewed (taken when UserTask_Review is completed): the answer must be one the gateway knows. */
@Component("checkReview")
public class CheckReview implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        Inputs.of(execution).requiredChoice(EvacuationVariables.REVIEW_DECISION, "見直しの結果", ReviewDecision.class);
    }
}
