package jp.tsunagu.discharge;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.grants.InstanceGrants;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.routing.Routing;

/**
 * ServiceTask_RecordPlannedMove (message DischargeMovePlanned): the family will probably move
 * (the seed's 上十三 case: 「現居住自治体及び転居予定先自治体双方に情報提供を行い、受入れ体制整備」).
 * The future municipality and the expected date are kept on the discharge row; from that row the
 * future municipality may read the running discharge, and both municipalities get a task to
 * prepare (UserTask_PrepareMoveCurrent, UserTask_PrepareMoveFuture). The move itself comes later
 * as DischargeCaseMoved.
 */
@Component("recordPlannedMove")
public class RecordPlannedMove implements JavaDelegate {

    private final Municipalities municipalities;
    private final DischargeRepository discharges;
    private final InstanceGrants grants;
    private final Routing routing;

    public RecordPlannedMove(Municipalities municipalities, DischargeRepository discharges, InstanceGrants grants,
            Routing routing) {
        this.municipalities = municipalities;
        this.discharges = discharges;
        this.grants = grants;
        this.routing = routing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Municipality future = municipalities.require(DischargeVariables.PLANNED_MUNICIPALITY_CODE.required(execution));
        LocalDate date = DischargeVariables.PLANNED_MOVE_DATE.required(execution);
        Discharge discharge = discharges.require(execution.getProcessBusinessKey());
        if (future.getCode().equals(discharge.getMunicipalityCode())) {
            throw new InvalidInputException("転居予定先が今の市町村と同じです。");
        }
        discharge.movePlanned(future.getCode(), date);
        grants.grantGroup(execution.getProcessInstanceId(), routing.municipalityGroup(discharge.getPlannedMunicipalityCode()));
        DischargeVariables.PLANNED_MUNICIPALITY_CODE.setLocal(execution, future.getCode());
        DischargeVariables.PLANNED_MOVE_DATE.setLocal(execution, date);
    }
}
