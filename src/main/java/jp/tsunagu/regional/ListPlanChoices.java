package jp.tsunagu.regional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.process.JsonListVariables;

/**
 * UserTask_Plan (create): the plan form's selects read their options from task-local JSON lists:
 * the kinds of activity from the table regional_activity_kind (an administrator adds kinds there),
 * and the municipalities of the activity's region as the administrator has assigned them.
 * SaveRegionalPlan checks the choices against the tables again, since REST bypasses the form.
 */
@Component("listPlanChoices")
public class ListPlanChoices implements TaskListener {

    private final RegionalActivityKindRepository kinds;
    private final RegionalActivityRepository activities;
    private final MunicipalityRepository municipalities;

    public ListPlanChoices(RegionalActivityKindRepository kinds, RegionalActivityRepository activities,
            MunicipalityRepository municipalities) {
        this.kinds = kinds;
        this.activities = activities;
        this.municipalities = municipalities;
    }

    @Override
    public void notify(DelegateTask task) {
        RegionalActivity activity = activities.require(task.getExecution().getProcessBusinessKey());
        task.setVariableLocal(RegionalVariables.KIND_OPTIONS, JsonListVariables.of(kinds.findByActiveTrueOrderBySortOrderAscCodeAsc()
                .stream().map(kind -> new Option(kind.getLabel(), kind.getCode())).toList()));
        task.setVariableLocal(RegionalVariables.MUNICIPALITY_OPTIONS, JsonListVariables.of(
                municipalities.findByRegionIdOrderByCode(activity.getRegion().getId()).stream()
                        .map(m -> new Option(m.getName() + "（" + m.getCode() + "）", m.getCode())).toList()));
    }
}
