package jp.tsunagu.grants;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's grants for whoever a task goes to, without their history twins. With historic
 * instance permissions on, Camunda writes for every candidate and assignee a grant on the task
 * and a second one on its history (HISTORIC_TASK). Everyone a task goes to also holds a read grant
 * on the history of its whole instance, made by {@link FlowAccess} (the municipality a child moved
 * away from keeps its own), and that grant alone lets them read the task's history; the twin
 * only cost two statements per task and made the grant table a third larger.
 */
class TaskGrants extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity[] createOrUpdateAuthorizations(Task task, String first, String second) {
        // Camunda's own method passes its two ids to createOrUpdateAuthorization in this order
        return new AuthorizationEntity[] {createOrUpdateAuthorization(task, second, first, Resources.TASK, false,
                getRuntimePermissions(isEnforceSpecificVariablePermission()))};
    }
}
