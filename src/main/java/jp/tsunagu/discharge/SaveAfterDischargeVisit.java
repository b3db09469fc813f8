package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.Variable;

/**
 * ServiceTask_SaveAfterDischargeVisit (after each UserTask_AfterDischargeVisit): a home visit,
 * a provider visit, the start or the restart (再開) of a service, or a meeting after discharge,
 * recorded as an activity record (the kind follows from what happened), as many as happen. The
 * adviser ends the accompaniment when the coordinator can go on alone (コーディネーターの自立):
 * the seed's practice is two or three visits, so going along a fourth time asks why, as dispatch
 * asks for an accompaniment's further visit. The reason is kept with the visit's record.
 */
@Component("saveAfterDischargeVisit")
public class SaveAfterDischargeVisit implements JavaDelegate {

    /** The first home visit and two more: the seed's 「同行訪問は２～３回のみ」. */
    static final int VISITS_BEFORE_ASKING = 3;

    private final DischargeRepository discharges;
    private final ActivityRecorder activities;
    private final CurrentUser currentUser;

    public SaveAfterDischargeVisit(DischargeRepository discharges, ActivityRecorder activities, CurrentUser currentUser) {
        this.discharges = discharges;
        this.activities = activities;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        AccompanimentStep step = DischargeVariables.ACCOMPANIMENT_STEP.required(execution);
        int visits = discharge.getAccompaniedVisits();
        if (step == AccompanimentStep.END_WITHOUT_VISIT) {
            activities.clear(execution);
        } else {
            visits = recordVisit(execution, discharge, step);
        }
        if (step == AccompanimentStep.CONTINUE) {
            DischargeVariables.ACCOMPANIMENT_CONTINUES.set(execution, true);
        } else {
            discharge.accompanimentEnded(currentUser.userId().orElse(null));
            DischargeVariables.ACCOMPANIMENT_CONTINUES.set(execution, false);
        }
        DischargeVariables.VISIT_COUNT.set(execution, visits);
        Variable.removeAll(execution, DischargeVariables.VISIT_KIND, DischargeVariables.MORE_VISITS_REASON,
                DischargeVariables.ACCOMPANIMENT_STEP);
    }

    private int recordVisit(DelegateExecution execution, Discharge discharge, AccompanimentStep step) {
        VisitKind kind = DischargeVariables.VISIT_KIND.required(execution);
        discharge.requireVisitAfterDischarge(DischargeVariables.VISIT_DATE.required(execution));
        int visits = discharge.visitAccompanied();
        String reason = DischargeVariables.MORE_VISITS_REASON.optional(execution).orElse(null);
        if (step == AccompanimentStep.CONTINUE && visits >= VISITS_BEFORE_ASKING && reason == null) {
            throw new InvalidInputException("同行訪問は" + visits + "回になりました。" + (visits + 1)
                    + "回目の同行には「さらに同行が必要な理由」を入力してください。"
                    + "伴走の目標はコーディネーターが一人で対応できるようになることです。");
        }
        // The record says what happened (e.g. 【サービスの利用再開】) and keeps the reason to go on.
        DischargeVariables.VISIT_ACTIVITY_KIND.set(execution, kind.activityKind());
        DischargeVariables.VISIT_CONTENT.set(execution, "【" + kind.label() + "】" + DischargeVariables.VISIT_CONTENT.required(execution));
        if (reason != null) {
            String notes = DischargeVariables.VISIT_NOTES.optional(execution).orElse("");
            DischargeVariables.VISIT_NOTES.set(execution, (notes.isEmpty() ? "" : notes + "\n") + "さらに同行が必要な理由: " + reason);
        }
        activities.record(execution);
        return visits;
    }
}
