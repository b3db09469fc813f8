package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Flow_AdviserAnswered (taken when UserTask_AdviserAcceptance is completed): the answer must be
 * one the gateway knows, and a hand-over names the region; otherwise the completion is refused
 * and the task stays open. On the flow rather than on the task, because a task listener's
 * exception reaches the caller wrapped (HTTP 500) and a task's end also fires when its timer cancels it.
 */
@Component("checkAcceptance")
public class CheckAcceptance implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (DispatchVariables.ACCEPT_DECISION.required(execution) == AcceptDecision.HAND_OVER) {
            DispatchVariables.TARGET_REGION.required(execution);
        }
    }
}
