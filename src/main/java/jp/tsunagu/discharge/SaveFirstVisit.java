package jp.tsunagu.discharge;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;
import jp.tsunagu.process.Inputs;

/**
 * ServiceTask_SaveFirstVisit: the first home visit with the adviser (同行) as an activity record,
 * and which services the family needs; each is then arranged in parallel.
 */
@Component("saveFirstVisit")
public class SaveFirstVisit implements JavaDelegate {

    private final ActivityRecorder activities;
    private final DischargeRepository discharges;

    public SaveFirstVisit(ActivityRecorder activities, DischargeRepository discharges) {
        this.activities = activities;
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        activities.record(execution);
        // the first of the visits the adviser goes along on (SaveAfterDischargeVisit counts on)
        discharges.require(execution.getProcessBusinessKey()).visitAccompanied();
        Inputs inputs = Inputs.of(execution);
        List<String> needed = new ArrayList<>();
        for (ServiceKind kind : ServiceKind.values()) {
            String checkbox = DischargeVariables.SERVICE_PREFIX + kind.name();
            if (inputs.flag(checkbox, kind.label())) {
                needed.add(kind.name());
            }
            execution.removeVariable(checkbox);
        }
        execution.setVariable(DischargeVariables.SERVICES_NEEDED, String.join(",", needed));
    }
}
