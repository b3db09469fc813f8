package jp.tsunagu.grants;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jp.tsunagu.identity.IdentitySetup;
import jp.tsunagu.routing.GroupIds;

/**
 * Read grants on one process instance, made by the flows as they name the parties: the instance
 * itself (Tasklist, Cockpit, REST) and its history (enableHistoricInstancePermissions is on).
 * Groups that see everything (center, prefecture, administrators) hold grants on ANY instead.
 * <p>
 * Every new task names parties, most of whom already hold their grants, so the grants of an
 * instance are read once per transaction (one query for both resources) and kept for the rest
 * of it; an instance started in this transaction has none to read.
 */
@Component
public class InstanceGrants {

    private static final Resource RUNTIME = Resources.PROCESS_INSTANCE;
    private static final Resource HISTORY = Resources.HISTORIC_PROCESS_INSTANCE;

    private final AuthorizationService authorizations;
    private final IdentitySetup setup;

    public InstanceGrants(IdentityService identity, AuthorizationService authorizations) {
        this.authorizations = authorizations;
        this.setup = new IdentitySetup(identity, authorizations);
    }

    /** The instance was started in this transaction: nobody holds a grant on it yet. */
    public void instanceStarted(String processInstanceId) {
        Map<String, Known> instances = knownInThisTransaction();
        if (instances != null) {
            instances.put(processInstanceId, new Known());
        }
    }

    public void grantGroup(String processInstanceId, String groupId) {
        if (!seesEverything(groupId)) {
            grant(processInstanceId, new Party(groupId, null));
        }
    }

    public void grantUser(String processInstanceId, String userId) {
        grant(processInstanceId, new Party(null, userId));
    }

    /**
     * The group no longer sees the running instance (the child moved away); it keeps the history
     * of what it handled, and nothing new reaches it.
     */
    public void withdrawRuntimeRead(String processInstanceId, String groupId) {
        setup.revokeGroupGrant(groupId, RUNTIME, processInstanceId);
        Map<String, Known> instances = knownInThisTransaction();
        if (instances != null && instances.containsKey(processInstanceId)) {
            instances.get(processInstanceId).grants.remove(new Held(new Party(groupId, null), RUNTIME.resourceType()));
        }
    }

    /** As {@link #withdrawRuntimeRead(String, String)}, for one person's own grant. */
    public void withdrawRuntimeReadOfUser(String processInstanceId, String userId) {
        setup.revokeUserGrant(userId, RUNTIME, processInstanceId);
        Map<String, Known> instances = knownInThisTransaction();
        if (instances != null && instances.containsKey(processInstanceId)) {
            instances.get(processInstanceId).grants.remove(new Held(new Party(null, userId), RUNTIME.resourceType()));
        }
    }

    /** The people holding a grant of their own on the running instance (assignees, the initiator). */
    public java.util.List<String> usersWithRuntimeRead(String processInstanceId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(RUNTIME).resourceId(processInstanceId).list().stream()
                .map(Authorization::getUserId).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** A person no longer works on the task (it went to another group); Camunda keeps their grant otherwise. */
    public void withdrawTaskOfUser(String taskId, String userId) {
        setup.revokeUserGrant(userId, Resources.TASK, taskId);
    }

    /** Removing a candidate group leaves the engine's grant on the task (it has no history twin: TaskGrants). */
    public void withdrawTask(String taskId, String groupId) {
        setup.revokeGroupGrant(groupId, Resources.TASK, taskId);
    }

    private void grant(String processInstanceId, Party party) {
        Known known = known(processInstanceId);
        ensure(known, party, RUNTIME, processInstanceId, Permissions.READ);
        ensure(known, party, HISTORY, processInstanceId, HistoricProcessInstancePermissions.READ);
    }

    private void ensure(Known known, Party party, Resource resource, String instanceId, Permission permission) {
        Held held = new Held(party, resource.resourceType());
        known.grants.put(held, setup.addToGrant(known.grants.get(held), Authorization.AUTH_TYPE_GRANT,
                party.groupId(), party.userId(), resource, instanceId, permission));
    }

    /**
     * The engine writes new grants when its command ends, so a query later in the same command
     * does not see them: grants read or made in this transaction are remembered until it ends.
     */
    private Known known(String processInstanceId) {
        Map<String, Known> instances = knownInThisTransaction();
        Known known = instances == null ? null : instances.get(processInstanceId);
        if (known == null) {
            known = new Known();
            for (Authorization grant : authorizations.createAuthorizationQuery()
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceId(processInstanceId).list()) {
                if (grant.getResourceType() == RUNTIME.resourceType() || grant.getResourceType() == HISTORY.resourceType()) {
                    known.grants.put(new Held(new Party(grant.getGroupId(), grant.getUserId()), grant.getResourceType()),
                            grant);
                }
            }
            if (instances != null) {
                instances.put(processInstanceId, known);
            }
        }
        return known;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Known> knownInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Known> instances =
                (Map<String, Known>) TransactionSynchronizationManager.getResource(InstanceGrants.class);
        if (instances == null) {
            Map<String, Known> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(InstanceGrants.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(InstanceGrants.class);
                }
            });
            return created;
        }
        return instances;
    }

    static boolean seesEverything(String groupId) {
        return GroupIds.SUPPORT_CENTER.equals(groupId) || GroupIds.PREFECTURE.equals(groupId)
                || GroupIds.ADMIN.equals(groupId);
    }

    /** A group or a person. */
    private record Party(String groupId, String userId) {
    }

    private record Held(Party party, int resourceType) {
    }

    /** The grants on one instance as this transaction knows them. */
    private static final class Known {
        private final Map<Held, Authorization> grants = new HashMap<>();
    }
}
