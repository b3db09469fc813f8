package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.Inputs;

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
        Inputs inputs = Inputs.of(execution);
        MunicipalAgreement answer = inputs.requiredChoice(DischargeVariables.MUNICIPAL_AGREEMENT, "市町村の同意",
                MunicipalAgreement.class);
        String note = answer == MunicipalAgreement.RECONSIDER
                ? inputs.requiredText(DischargeVariables.MUNICIPAL_AGREEMENT_NOTE, "選定をやり直す理由", 1000)
                : inputs.optionalText(DischargeVariables.MUNICIPAL_AGREEMENT_NOTE, "市町村の意見", 1000).orElse(null);
        String officer = currentUser.userId()
                .orElseThrow(() -> new InvalidInputException("同意はログインした市町村の担当者が行ってください。"));
        discharges.require(execution.getProcessBusinessKey()).municipalityAnswered(officer, note);
        execution.setVariable(DischargeVariables.SELECTION_AGREED, answer == MunicipalAgreement.AGREED);
    }
}
