package jp.tsunagu.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import jp.tsunagu.routing.GroupIds;

/**
 * Idempotent identity and authorization writes used at start-up (first administrator, demo
 * accounts, web app access). Each method creates what is missing and leaves the rest alone, so
 * that an administrator's later changes survive a restart.
 */
public final class IdentitySetup {

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    public IdentitySetup(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    public void ensureGroup(String groupId, String name, String type) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    /** Creates the user with this password when absent; an existing user's password is never reset. */
    public void ensureUser(String userId, String firstName, String lastName, String password) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            User user = identity.newUser(userId);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    public void ensureMembership(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    /**
     * Grants the permission to the group on the resource. Camunda keeps one grant row per group
     * and resource, so a further permission is added to the existing row.
     */
    public void ensureGroupGrant(String groupId, Resource resource, String resourceId, Permission permission) {
        ensureGrant(groupId, null, resource, resourceId, permission);
    }

    /** As {@link #ensureGroupGrant}, for one person. */
    public void ensureUserGrant(String userId, Resource resource, String resourceId, Permission permission) {
        ensureGrant(null, userId, resource, resourceId, permission);
    }

    /** Removes the group's grant on the resource, whatever permissions it holds. */
    public void revokeGroupGrant(String groupId, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    /** Removes the person's grant on the resource, whatever permissions it holds. */
    public void revokeUserGrant(String userId, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(userId).resourceType(resource).resourceId(resourceId).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    private void ensureGrant(String groupId, String userId, Resource resource, String resourceId, Permission permission) {
        AuthorizationQuery query = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .resourceType(resource)
                .resourceId(resourceId);
        Authorization grant = (groupId != null ? query.groupIdIn(groupId) : query.userIdIn(userId)).singleResult();
        addToGrant(grant, Authorization.AUTH_TYPE_GRANT, groupId, userId, resource, resourceId, permission);
    }

    /**
     * The one create-or-add of a grant: Camunda keeps one row per party (group or user) and
     * resource, so the permission is added to the existing row, or a row is made when there is
     * none yet. Returns the grant as saved, or as it was when it held the permission already.
     */
    public Authorization addToGrant(Authorization existing, int type, String groupId, String userId,
            Resource resource, String resourceId, Permission permission) {
        Authorization grant = existing;
        if (grant == null) {
            grant = authorizations.createNewAuthorization(type);
            grant.setGroupId(groupId);
            grant.setUserId(userId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        } else if (grant.isPermissionGranted(permission)) {
            return grant;
        }
        grant.addPermission(permission);
        return authorizations.saveAuthorization(grant);
    }

    /** Takes permissions away from the group's grant on the resource, if it holds them. */
    public void withdrawFromGroupGrant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (grant == null) {
            return;
        }
        boolean changed = false;
        for (Permission permission : permissions) {
            if (grant.isPermissionGranted(permission)) {
                grant.removePermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(grant);
        }
    }

    /** Grants the permission on the resource to every logged-in user. */
    public void removeGlobalGrant(Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).list()
                .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
    }

    public void ensureGlobalGrant(Resource resource, String resourceId, Permission permission) {
        Authorization grant = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        addToGrant(grant, Authorization.AUTH_TYPE_GLOBAL, null, Authorization.ANY, resource, resourceId, permission);
    }

    /**
     * The administrators' group with every permission on every resource, as Camunda's own set-up
     * does, except doing the case work (completing tasks).
     */
    public void ensureAdministratorsGroup() {
        ensureGroup(GroupIds.ADMIN, "システム管理者", "SYSTEM");
        for (Resources resource : Resources.values()) {
            ensureGroupGrant(GroupIds.ADMIN, resource, Authorization.ANY, Permissions.ALL);
        }
        // Administrators administer (Cockpit, Admin) and may reassign; the case work is not theirs.
        withdrawFromGroupGrant(GroupIds.ADMIN, Resources.TASK, Authorization.ANY,
                Permissions.UPDATE, TaskPermissions.TASK_WORK);
        withdrawFromGroupGrant(GroupIds.ADMIN, Resources.PROCESS_DEFINITION, Authorization.ANY,
                ProcessDefinitionPermissions.UPDATE_TASK, ProcessDefinitionPermissions.TASK_WORK);
    }
}
