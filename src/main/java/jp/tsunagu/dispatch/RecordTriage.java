package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/** ServiceTask_RecordTriage: checks the center's decision (a decline needs a reason) and records it. */
@Component("recordTriage")
public class RecordTriage implements JavaDelegate {

    private final DispatchRequestRepository requests;

    public RecordTriage(DispatchRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TriageDecision decision = DispatchVariables.TRIAGE_DECISION.required(execution);
        String reason = DispatchVariables.DECLINE_REASON.optional(execution).orElse(null);
        if (decision == TriageDecision.DECLINED && reason == null) {
            throw new InvalidInputException("お断りする場合は「お断りの理由」を入力してください。申込者に表示されます。");
        }
        requests.require(execution.getProcessBusinessKey())
                .triaged(decision, decision == TriageDecision.DECLINED ? reason : null);
    }
}
