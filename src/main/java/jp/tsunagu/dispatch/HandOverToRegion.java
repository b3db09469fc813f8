package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.routing.Routing;

/**
 * ServiceTask_HandOverRegion: the request goes to the advisers of {@code targetRegion} (an adviser
 * hands it over, e.g. the child is in hospital there, or the center reassigns it after the
 * acceptance deadline). The record keeps every region involved.
 */
@Component("handOverToRegion")
public class HandOverToRegion implements JavaDelegate {

    private final DispatchRequestRepository requests;
    private final Routing routing;

    public HandOverToRegion(DispatchRequestRepository requests, Routing routing) {
        this.requests = requests;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String target = DispatchVariables.TARGET_REGION.required(execution);
        routing.advisersOfRegion(target);  // refuses an unknown region
        if (DispatchVariables.ADVISER_REGION.stored(execution).filter(target::equals).isPresent()) {
            throw new InvalidInputException("引継ぎ先には今と別の圏域を選んでください。");
        }
        DispatchVariables.ADVISER_REGION.set(execution, target);
        DispatchVariables.TARGET_REGION.remove(execution);
        requests.require(execution.getProcessBusinessKey()).handedTo(target);
    }
}
