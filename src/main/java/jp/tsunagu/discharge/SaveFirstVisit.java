package jp.tsunagu.discharge;

import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;

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
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        discharge.requireVisitAfterDischarge(DischargeVariables.VISIT_DATE.required(execution));
        activities.record(execution);
        // the first of the visits the adviser goes along on (SaveAfterDischargeVisit counts on)
        discharge.visitAccompanied();
        String needed = DischargeVariables.SERVICES.ticked(execution).stream().map(ServiceKind::name)
                .collect(Collectors.joining(","));
        DischargeVariables.SERVICES.remove(execution);
        DischargeVariables.SERVICES_NEEDED.set(execution, needed);
    }
}
