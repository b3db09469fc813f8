package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * On the complete event of every user task of discharge-transition but UserTask_NewDischargeDate
 * and the two acknowledgements of a move (UserTask_NotifyPreviousMunicipality, UserTask_WelcomeFamily,
 * which are office work about the family's address, not the hospital stay):
 * while the child is back in hospital (再入院中, set by PauseForReadmission) the discharge's work
 * waits, so a conference, a visit, a service or a follow-up recorded for a discharge that is not
 * happening is refused, and the person reads why and when it can go on. Camunda cannot suspend
 * single tasks (only a whole instance, which would also stop the new date from being entered),
 * so the refusal is at completion: the tasks stay visible and open. The discharge's status is the
 * one record of the pause, kept with the discharge it describes.
 * <p>
 * On UserTask_ConfirmMunicipality, UserTask_AdviserSelectsCoordinator, UserTask_MunicipalityAgreesSelection,
 * UserTask_AfterDischargeVisit, UserTask_AdviseCoordinator and UserTask_SelectCoordinator (older versions),
 * UserTask_FindCoordinator, UserTask_CoordinatorReminder, UserTask_HandOver,
 * UserTask_ScheduleConference, UserTask_DischargeConference, UserTask_ConferenceEscalation,
 * UserTask_ArrangeService, UserTask_FirstHomeVisit, UserTask_FollowUp and
 * UserTask_EvacuationPlanDecision.
 */
@Component("refuseWhileReadmitted")
public class RefuseWhileReadmitted implements TaskListener {

    static final String REFUSAL = "お子さんが再入院中のため、この退院の準備は一時停止しています。"
            + "支援センターが新しい退院予定日を入力すると、このタスクを完了できるようになります。";

    private final DischargeRepository discharges;

    public RefuseWhileReadmitted(DischargeRepository discharges) {
        this.discharges = discharges;
    }

    @Override
    public void notify(DelegateTask task) {
        if (discharges.require(task.getExecution().getProcessBusinessKey()).getStatus() == DischargeStatus.READMITTED) {
            throw new InvalidInputException(REFUSAL);
        }
    }
}
