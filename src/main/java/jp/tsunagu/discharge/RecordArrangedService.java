package jp.tsunagu.discharge;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.Inputs;
import jp.tsunagu.process.ProcessVariables;

/** ServiceTask_RecordService (one per service, in parallel): the arranged service on the case. */
@Component("recordArrangedService")
public class RecordArrangedService implements JavaDelegate {

    private final ArrangedServiceRepository services;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RecordArrangedService(ArrangedServiceRepository services, CurrentUser currentUser, Clock clock) {
        this.services = services;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Inputs inputs = Inputs.of(execution);
        ServiceKind kind = inputs.requiredChoice(DischargeVariables.SERVICE_KIND, "サービスの種類", ServiceKind.class);
        String by = currentUser.userId().orElseThrow(() -> new InvalidInputException("ログインした担当者が記録してください。"));
        services.save(new ArrangedService(execution.getProcessBusinessKey(),
                (String) execution.getVariable(ProcessVariables.CASE_ID), kind,
                inputs.requiredText(DischargeVariables.PROVIDER, "事業所・機関名", 200),
                execution.getVariable(DischargeVariables.SERVICE_START_DATE) == null ? null
                        : inputs.requiredDate(DischargeVariables.SERVICE_START_DATE, "利用開始日"),
                inputs.flag(DischargeVariables.PROVIDER_VISITED, "事業所訪問をした"),
                inputs.optionalText(DischargeVariables.SERVICE_NOTE, "メモ", 1000).orElse(null),
                by, clock.instant()));
        // The parallel instances share these names; clear them so the next form starts empty.
        execution.removeVariables(List.of(DischargeVariables.PROVIDER, DischargeVariables.SERVICE_START_DATE,
                DischargeVariables.PROVIDER_VISITED, DischargeVariables.SERVICE_NOTE));
    }
}
