package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/**
 * UserTask_AdviserAcceptance, on complete: the answer must be one the gateway knows, and a
 * hand-over names the region; otherwise the completion is refused and the task stays open.
 */
@Component("checkAcceptance")
public class CheckAcceptance implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Inputs inputs = Inputs.of(task);
        if (inputs.requiredChoice(DispatchVariables.ACCEPT_DECISION, "対応", AcceptDecision.class) == AcceptDecision.HAND_OVER) {
            inputs.requiredText(DispatchVariables.TARGET_REGION, "引継ぎ先の圏域", 32);
        }
    }
}
