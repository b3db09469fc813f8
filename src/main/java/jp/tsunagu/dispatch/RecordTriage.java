package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;

/** ServiceTask_RecordTriage: checks the center's decision (a decline needs a reason) and records it. */
@Component("recordTriage")
public class RecordTriage implements JavaDelegate {

    private final DispatchRequestRepository requests;

    public RecordTriage(DispatchRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inputs inputs = Inputs.of(execution);
        TriageDecision decision = inputs.requiredChoice(DispatchVariables.TRIAGE_DECISION, "受付結果", TriageDecision.class);
        String reason = inputs.optionalText(DispatchVariables.DECLINE_REASON, "お断りの理由", 1000).orElse(null);
        if (decision == TriageDecision.DECLINED && reason == null) {
            throw new InvalidInputException("お断りする場合は「お断りの理由」を入力してください。申込者に表示されます。");
        }
        requests.require(execution.getProcessBusinessKey())
                .triaged(decision, decision == TriageDecision.DECLINED ? reason : null);
    }
}
