package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.process.Inputs;

/** UserTask_Escalation, on complete: a reassignment names the region; otherwise the center answers. */
@Component("checkEscalation")
public class CheckEscalation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Inputs inputs = Inputs.of(task);
        if (inputs.requiredChoice(DispatchVariables.ESCALATION_DECISION, "対応方法", EscalationDecision.class)
                == EscalationDecision.REASSIGN) {
            inputs.requiredText(DispatchVariables.TARGET_REGION, "依頼先の圏域", 32);
        }
    }
}
