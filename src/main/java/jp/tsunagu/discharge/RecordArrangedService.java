package jp.tsunagu.discharge;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.process.Variable;

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
        ServiceKind kind = DischargeVariables.SERVICE_KIND.required(execution);
        String by = currentUser.userId().orElseThrow(() -> new InvalidInputException("ログインした担当者が記録してください。"));
        services.save(new ArrangedService(execution.getProcessBusinessKey(),
                ProcessVariables.CASE.stored(execution).orElse(null), kind,
                DischargeVariables.PROVIDER.required(execution),
                DischargeVariables.SERVICE_START_DATE.optional(execution).orElse(null),
                DischargeVariables.PROVIDER_VISITED.required(execution),
                DischargeVariables.SERVICE_NOTE.optional(execution).orElse(null),
                by, clock.instant()));
        // The parallel instances share these names; clear them so the next form starts empty.
        Variable.removeAll(execution, DischargeVariables.PROVIDER, DischargeVariables.SERVICE_START_DATE,
                DischargeVariables.PROVIDER_VISITED, DischargeVariables.SERVICE_NOTE);
    }
}
