package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.evacuation.EvacuationPlans;
import jp.tsunagu.grants.HomeMove;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.process.ProcessVariables;

/**
 * ServiceTask_MoveCase (message DischargeCaseMoved): the family moves to another municipality.
 * The case and the discharge follow the new home, and so does every running flow of the child
 * (HomeMove): open tasks of the old municipality go to the new one, so nobody completes work for
 * a child who left. Both municipalities then get a task (UserTask_NotifyPreviousMunicipality,
 * UserTask_WelcomeFamily).
 */
@Component("moveCase")
public class MoveCase implements JavaDelegate {

    private final Municipalities municipalities;
    private final ChildCases cases;
    private final DischargeRepository discharges;
    private final HomeMove homeMove;
    private final EvacuationPlans evacuationPlans;

    public MoveCase(Municipalities municipalities, ChildCases cases, DischargeRepository discharges, HomeMove homeMove,
            EvacuationPlans evacuationPlans) {
        this.evacuationPlans = evacuationPlans;
        this.municipalities = municipalities;
        this.cases = cases;
        this.discharges = discharges;
        this.homeMove = homeMove;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Municipality to = municipalities.require(DischargeVariables.NEW_MUNICIPALITY_CODE.required(execution));
        String from = ProcessVariables.MUNICIPALITY.stored(execution).orElse(null);
        if (to.getCode().equals(from)) {
            throw new InvalidInputException("転居先が今の市町村と同じです。");
        }
        String caseId = ProcessVariables.CASE.stored(execution).orElse(null);
        cases.moveTo(caseId, to.getCode());
        discharges.require(execution.getProcessBusinessKey()).movedTo(to.getCode());
        DischargeVariables.PREVIOUS_MUNICIPALITY_CODE.setLocal(execution, from);
        evacuationPlans.followHome(caseId, to.getCode());
        homeMove.follow(caseId, municipalities.require(from), to);
    }
}
