package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;

/**
 * Flow_MunicipalityAnswered (taken when UserTask_MunicipalityAgreesSelection is completed): the
 * home municipality co-signs the adviser's selection, so both stand in the record; asking the
 * adviser to choose again needs a reason, which the adviser reads on the next selection task.
 */
@Component("checkMunicipalAgreement")
public class CheckMunicipalAgreement implements ExecutionListener {

    private final DischargeRepository discharges;
    private final CurrentUser currentUser;

    public CheckMunicipalAgreement(DischargeRepository discharges, CurrentUser currentUser) {
        this.discharges = discharges;
        this.currentUser = currentUser;
    }

    @Override
    public void notify(DelegateExecution execution) {
        MunicipalAgreement answer = DischargeVariables.MUNICIPAL_AGREEMENT.required(execution);
        String note = answer == MunicipalAgreement.RECONSIDER
                ? DischargeVariables.RECONSIDER_REASON.required(execution)
                : DischargeVariables.MUNICIPAL_AGREEMENT_NOTE.optional(execution).orElse(null);
        String officer = currentUser.userId()
                .orElseThrow(() -> new InvalidInputException("同意はログインした市町村の担当者が行ってください。"));
        discharges.require(execution.getProcessBusinessKey()).municipalityAnswered(officer, note);
        DischargeVariables.SELECTION_AGREED.set(execution, answer == MunicipalAgreement.AGREED);
    }
}
