package jp.tsunagu.dispatch;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CloseRequest: closes the request with the requester's voice (派遣申込者の声) when it
 * was given; a request closed by Timer_FeedbackTimeout simply has none.
 */
@Component("closeDispatchRequest")
public class CloseDispatchRequest implements JavaDelegate {

    private final DispatchRequestRepository requests;
    private final Clock clock;

    public CloseDispatchRequest(DispatchRequestRepository requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Integer rating = DispatchVariables.FEEDBACK_RATING.optional(execution).orElse(null);
        String comment = DispatchVariables.FEEDBACK_COMMENT.optional(execution).orElse(null);
        requests.require(execution.getProcessBusinessKey()).closed(rating, comment, clock.instant());
    }
}
