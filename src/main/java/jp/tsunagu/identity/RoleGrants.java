package jp.tsunagu.identity;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.organization.MunicipalityRepository;
import jp.tsunagu.organization.RegionRepository;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.routing.GroupIds;

/**
 * Group-level grants made at start-up: which web apps each role may open (everyone who works on
 * cases uses Tasklist; the center and the prefecture also watch in Cockpit), who may start a
 * dispatch request, an evacuation plan or a regional activity, and that the center and the prefecture read everything. Task-level access comes from the flows themselves: the engine grants a
 * task to exactly the candidate groups and assignee that routing names. Administrators get
 * everything with their group ({@link IdentitySetup#ensureAdministratorsGroup()}).
 * Grants are per group id, so they hold whether the group entity comes from the demo profile or
 * an administrator creates it later.
 */
@Component
public class RoleGrants extends AbstractProcessEnginePlugin {

    static final String TASKLIST = "tasklist";
    public static final String COCKPIT = "cockpit";

    private final MunicipalityRepository municipalities;
    private final RegionRepository regions;

    public RoleGrants(MunicipalityRepository municipalities, RegionRepository regions) {
        this.municipalities = municipalities;
        this.regions = regions;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentitySetup setup = new IdentitySetup(engine.getIdentityService(), engine.getAuthorizationService());
        for (String group : caseWorkerGroups()) {
            setup.ensureGroupGrant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        }
        setup.ensureGroupGrant(GroupIds.PREFECTURE, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        for (String group : List.of(GroupIds.SUPPORT_CENTER, GroupIds.PREFECTURE)) {
            setup.ensureGroupGrant(group, Resources.APPLICATION, COCKPIT, Permissions.ACCESS);
        }
        for (String group : caseWorkerGroups()) {
            // Working on a task reads its definition (form, diagram in Tasklist).
            for (String processKey : List.of(ProcessKeys.ADVISER_DISPATCH, ProcessKeys.DISCHARGE_TRANSITION,
                    ProcessKeys.EVACUATION_PLAN, ProcessKeys.REGIONAL_ACTIVITY)) {
                setup.ensureGroupGrant(group, Resources.PROCESS_DEFINITION, processKey, Permissions.READ);
            }
            mayStart(setup, group, ProcessKeys.ADVISER_DISPATCH);
            // Regional activities: advisers plan and record them (StartRights: for their region only).
            if (GroupIds.isAdviserGroup(group) || GroupIds.SUPPORT_CENTER.equals(group)) {
                mayStart(setup, group, ProcessKeys.REGIONAL_ACTIVITY);
            }
        }
        // Advisers support plans but do not start them: the municipality owns the plan by law.
        // Coordinators start plans for their own cases (StartRights checks which), not discharges.
        for (String group : caseWorkerGroups()) {
            if (!GroupIds.isAdviserGroup(group)) {
                mayStart(setup, group, ProcessKeys.EVACUATION_PLAN);
            }
            if (!GroupIds.isAdviserGroup(group) && !GroupIds.COORDINATOR.equals(group)) {
                mayStart(setup, group, ProcessKeys.DISCHARGE_TRANSITION);
            }
        }
        // The center reports moves, date changes, readmissions and review requests (messages).
        for (String processKey : List.of(ProcessKeys.DISCHARGE_TRANSITION, ProcessKeys.EVACUATION_PLAN)) {
            setup.ensureGroupGrant(GroupIds.SUPPORT_CENTER, Resources.PROCESS_DEFINITION, processKey,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE);
        }
        // The center may take over any task (claim, reassign, complete).
        for (var permission : List.of(Permissions.UPDATE, TaskPermissions.TASK_ASSIGN, TaskPermissions.TASK_WORK)) {
            setup.ensureGroupGrant(GroupIds.SUPPORT_CENTER, Resources.TASK, Authorization.ANY, permission);
        }
        for (String group : List.of(GroupIds.SUPPORT_CENTER, GroupIds.PREFECTURE)) {
            mayReadEverything(setup, group);
        }
        // Tasklist names a task's candidate groups only where the reader may read the group, else it
        // shows the id (municipality-022080). A group is an organization (むつ市, 下北圏域アドバイザー):
        // its id, name and type are no one's personal data, so every logged-in user reads every
        // group. People are named in Tasklist by security.TasklistPeopleNames, not by a grant on users.
        setup.ensureGlobalGrant(Resources.GROUP, Authorization.ANY, Permissions.READ);
    }

    /** The center and the prefecture see every instance, task and its history (Cockpit, reports). */
    private static void mayReadEverything(IdentitySetup setup, String group) {
        for (var permission : List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK)) {
            setup.ensureGroupGrant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, permission);
        }
        setup.ensureGroupGrant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
        setup.ensureGroupGrant(group, Resources.TASK, Authorization.ANY, Permissions.READ);
        setup.ensureGroupGrant(group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
        setup.ensureGroupGrant(group, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
        setup.ensureGroupGrant(group, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
        setup.ensureGroupGrant(group, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    }

    private static void mayStart(IdentitySetup setup, String group, String processKey) {
        setup.ensureGroupGrant(group, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE);
        setup.ensureGroupGrant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    /** The center, coordinators, every region's advisers and every municipality's officers. */
    private List<String> caseWorkerGroups() {
        List<String> groups = new ArrayList<>(List.of(GroupIds.SUPPORT_CENTER, GroupIds.COORDINATOR));
        regions.findAll().forEach(region -> groups.add(GroupIds.advisersOf(region.getId())));
        municipalities.findAll().forEach(m -> groups.add(GroupIds.municipality(MunicipalityCode.of(m.getCode()))));
        return groups;
    }
}
