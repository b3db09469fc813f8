package jp.tsunagu.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.activity.ActivityRecorder;
import jp.tsunagu.common.InvalidInputException;

/**
 * ServiceTask_SaveActivityRecord (an adviser's visit) and ServiceTask_SaveCenterRecord (the
 * center's own answer): stores the activity record in the task completion's transaction, counts
 * the visits and, for accompaniment (伴走支援), asks from the third visit on why another is needed:
 * the goal is the coordinator working alone (コーディネーターの自立).
 */
@Component("saveActivityRecord")
public class SaveActivityRecord implements JavaDelegate {

    /** From this visit on the adviser is reminded of the coordinator's independence. */
    static final int REMINDER_FROM_VISIT = 3;

    private final ActivityRecorder activities;
    private final DispatchRequestRepository requests;

    public SaveActivityRecord(ActivityRecorder activities, DispatchRequestRepository requests) {
        this.activities = activities;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DispatchRequest request = requests.require(execution.getProcessBusinessKey());
        String region = DispatchVariables.ADVISER_REGION.stored(execution).orElse(null);
        activities.record(execution, request.getCaseId(), region, request.getAcceptedBy());
        int visits = request.recorded();
        DispatchVariables.VISIT_COUNT.set(execution, visits);

        boolean more = DispatchVariables.MORE_VISITS.required(execution);
        boolean accompanying = request.getRequestKind() == RequestKind.ACCOMPANY;
        // The task of the third visit (and later) shows the reminder, and asks on the same task
        // why another visit is needed.
        if (more && accompanying && visits >= REMINDER_FROM_VISIT
                && DispatchVariables.MORE_VISITS_REASON.optional(execution).isEmpty()) {
            throw new InvalidInputException("伴走支援の" + (visits + 1) + "回目の派遣には「追加の派遣が必要な理由」を入力してください。"
                    + "伴走の目標はコーディネーターが一人で対応できるようになることです。");
        }
        DispatchVariables.MORE_VISITS.set(execution, more);
        DispatchVariables.ACCOMPANIMENT_REMINDER.set(execution, more && accompanying && visits + 1 >= REMINDER_FROM_VISIT);
        if (!more) {
            request.waitingForFeedback();
        }
    }
}
