package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.Inputs;

/**
 * ServiceTask_RecordMunicipalConfirmation: the home municipality confirms residence and names its
 * contact (often the public-health nurse, the family's near contact where there is no coordinator).
 */
@Component("recordMunicipalConfirmation")
public class RecordMunicipalConfirmation implements JavaDelegate {

    private final DischargeRepository discharges;

    public RecordMunicipalConfirmation(DischargeRepository discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inputs inputs = Inputs.of(execution);
        if (!inputs.flag(DischargeVariables.RESIDENCE_CONFIRMED, "住所の確認")) {
            throw new InvalidInputException("お住まいを確認してから完了してください。"
                    + "住民でない場合は、支援センターに連絡して転居の手続きをしてください。");
        }
        String contact = inputs.requiredText(DischargeVariables.MUNICIPAL_CONTACT, "市町村の担当者（例: 保健師）", 200);
        discharges.require(execution.getProcessBusinessKey()).confirmedByMunicipality(contact,
                inputs.flag(DischargeVariables.MUNICIPALITY_PLACES_COORDINATOR, "市町村がコーディネーターを配置する"));
    }
}
