package jp.tsunagu.security;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.tsunagu.routing.GroupIds;

/**
 * Read grants on one process instance, made by the flows as they name the parties: the instance
 * itself (Tasklist, Cockpit, REST) and its history (enableHistoricInstancePermissions is on).
 * Groups that see everything (center, prefecture, administrators) hold grants on ANY instead.
 */
@Component
public class InstanceGrants {

    private final IdentitySetup setup;

    public InstanceGrants(IdentityService identity, AuthorizationService authorizations) {
        this.setup = new IdentitySetup(identity, authorizations);
    }

    public void grantGroup(String processInstanceId, String groupId) {
        if (seesEverything(groupId) || !firstInThisTransaction("group:" + groupId, processInstanceId)) {
            return;
        }
        setup.ensureGroupGrant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        setup.ensureGroupGrant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }

    public void grantUser(String processInstanceId, String userId) {
        if (!firstInThisTransaction("user:" + userId, processInstanceId)) {
            return;
        }
        setup.ensureUserGrant(userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        setup.ensureUserGrant(userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                HistoricProcessInstancePermissions.READ);
    }

    /**
     * The group no longer sees the running instance (the child moved away); it keeps the history
     * of what it handled, and nothing new reaches it.
     */
    public void withdrawRuntimeRead(String processInstanceId, String groupId) {
        setup.revokeGroupGrant(groupId, Resources.PROCESS_INSTANCE, processInstanceId);
    }

    /** Removing a candidate group leaves the engine's grant on the task; this removes it. */
    public void withdrawTask(String taskId, String groupId) {
        setup.revokeGroupGrant(groupId, Resources.TASK, taskId);
        setup.revokeGroupGrant(groupId, Resources.HISTORIC_TASK, taskId);
    }

    /**
     * The engine writes new grants when its command ends, so a second query in the same command
     * does not see the first grant and would insert a duplicate (a start that also creates the
     * municipality's first task grants twice). Grants made in this transaction are remembered.
     */
    private static boolean firstInThisTransaction(String party, String processInstanceId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Set<String> granted = (Set<String>) TransactionSynchronizationManager.getResource(InstanceGrants.class);
        if (granted == null) {
            granted = new HashSet<>();
            TransactionSynchronizationManager.bindResource(InstanceGrants.class, granted);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(InstanceGrants.class);
                }
            });
        }
        return granted.add(party + "@" + processInstanceId);
    }

    static boolean seesEverything(String groupId) {
        return GroupIds.SUPPORT_CENTER.equals(groupId) || GroupIds.PREFECTURE.equals(groupId)
                || GroupIds.ADMIN.equals(groupId);
    }
}
