package jp.tsunagu.discharge;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_CloseDischarge: the transition is complete; why no plan was started is kept. */
@Component("closeDischarge")
public class CloseDischarge implements JavaDelegate {

    private final DischargeRepository discharges;
    private final Clock clock;

    public CloseDischarge(DischargeRepository discharges, Clock clock) {
        this.discharges = discharges;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = DischargeVariables.NO_PLAN_REASON.optional(execution).orElse(null);
        discharges.require(execution.getProcessBusinessKey()).closed(reason, clock.instant());
    }
}
