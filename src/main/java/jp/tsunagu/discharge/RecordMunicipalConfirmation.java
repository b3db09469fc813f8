package jp.tsunagu.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
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
        if (!DischargeVariables.RESIDENCE_CONFIRMED.required(execution)) {
            throw new InvalidInputException("お住まいを確認してから完了してください。"
                    + "住民でない場合は、支援センターに連絡して転居の手続きをしてください。");
        }
        String contact = DischargeVariables.MUNICIPAL_CONTACT.required(execution);
        discharges.require(execution.getProcessBusinessKey()).confirmedByMunicipality(contact,
                DischargeVariables.MUNICIPALITY_PLACES_COORDINATOR.required(execution));
    }
}
