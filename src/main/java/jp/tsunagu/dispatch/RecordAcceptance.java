package jp.tsunagu.dispatch;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;

/**
 * ServiceTask_RecordAcceptance: the adviser who completed UserTask_AdviserAcceptance takes the
 * request; the visits are assigned to them from now on ({@code acceptedBy}).
 */
@Component("recordAcceptance")
public class RecordAcceptance implements JavaDelegate {

    private final DispatchRequestRepository requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RecordAcceptance(DispatchRequestRepository requests, CurrentUser currentUser, Clock clock) {
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate scheduled = DispatchVariables.SCHEDULED_DATE.required(execution);
        String adviser = currentUser.userId().orElseThrow(() -> new InvalidInputException(
                "受諾はログインした圏域アドバイザーが行ってください。"));
        DispatchVariables.ACCEPTED_BY.set(execution, adviser);
        requests.require(execution.getProcessBusinessKey()).accepted(adviser, scheduled, clock.instant());
    }
}
