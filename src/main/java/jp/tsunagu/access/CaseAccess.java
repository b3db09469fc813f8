package jp.tsunagu.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

import jp.tsunagu.casework.CaseInstances;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.common.NotAllowedException;
import jp.tsunagu.common.NotVisibleException;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.routing.GroupIds;

/**
 * The one place that says who may see a child's case (DOMAIN.md, "Privacy"): the center, the
 * prefecture and administrators all cases; a municipality the children living in it; an adviser
 * the cases of the regions they cover; a coordinator the cases assigned to them. Our pages ask
 * here; a case a user may not see answers 404, as if it did not exist.
 */
@Service
public class CaseAccess {

    private final CurrentUser currentUser;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final List<CaseInstances> caseInstances;

    public CaseAccess(CurrentUser currentUser, HistoryService history, RuntimeService runtime,
            List<CaseInstances> caseInstances) {
        this.currentUser = currentUser;
        this.history = history;
        this.runtime = runtime;
        this.caseInstances = caseInstances;
    }

    /**
     * The case is the user's by its facts (home, region, coordinator), or the user may read one
     * of its running instances: a request handed to their region. The engine's own grants answer
     * the second question. A municipality the family moved away from keeps only the history of
     * what it handled (Camunda's history grants), not this page, which shows the case as it is now.
     */
    public boolean maySee(ChildCase childCase) {
        return isTheirs(childCase) || hasVisibleRunningInstance(childCase.getId());
    }

    /** The case is the current user's by its facts: home municipality, home region, coordinator. */
    public boolean isTheirs(ChildCase childCase) {
        String coordinator = childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId();
        return scope().covers(childCase.getHomeMunicipality().getCode(),
                childCase.getHomeMunicipality().getRegion().getId(), coordinator);
    }

    private boolean hasVisibleRunningInstance(String caseId) {
        Set<String> ids = CaseInstances.allOf(caseInstances, caseId);
        return currentUser.userId().isPresent() && !ids.isEmpty()
                && runtime.createProcessInstanceQuery().processInstanceIds(ids).count() > 0;
    }

    /**
     * The instances of the case (any flow, running or ended) that the current user may read:
     * which instances are the case's comes from our records, which of them the user may read from
     * the engine's grants.
     */
    public List<HistoricProcessInstance> visibleInstancesOf(String caseId) {
        Set<String> ids = CaseInstances.allOf(caseInstances, caseId);
        if (currentUser.userId().isEmpty() || ids.isEmpty()) {
            return List.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(ids)
                .orderByProcessInstanceStartTime().asc().list();
    }


    /** What the current user may see; {@link AccessScope#NOTHING} when nobody is logged in. */
    public AccessScope scope() {
        Optional<String> user = currentUser.userId();
        if (user.isEmpty()) {
            return AccessScope.NOTHING;
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.PREFECTURE)
                || groups.contains(GroupIds.ADMIN)) {
            return AccessScope.all();
        }
        Set<String> municipalities = Set.copyOf(GroupIds.municipalityCodes(groups));
        Set<String> regions = groups.stream().filter(GroupIds::isAdviserGroup)
                .map(GroupIds::regionOfAdviserGroup).collect(Collectors.toUnmodifiableSet());
        String coordinator = groups.contains(GroupIds.COORDINATOR) ? user.get() : null;
        return new AccessScope(false, municipalities, regions, coordinator);
    }

    /** The case if the current user may see it; otherwise {@link NotVisibleException} (HTTP 404). */
    public ChildCase requireVisible(ChildCase childCase) {
        if (!maySee(childCase)) {
            throw new NotVisibleException();
        }
        return childCase;
    }

    /**
     * Who may report a change in the child's life that calls for a new plan: the home
     * municipality (which owns the plan), the case's coordinator and the center. The prefecture
     * only reads; advisers advise.
     */
    public boolean mayReportChange(ChildCase childCase) {
        List<String> groups = currentUser.groupIds();
        String coordinator = childCase.getCoordinator() == null ? null : childCase.getCoordinator().getUserId();
        return groups.contains(GroupIds.SUPPORT_CENTER)
                || groups.contains(GroupIds.municipality(MunicipalityCode.of(childCase.getHomeMunicipality().getCode())))
                || (coordinator != null && coordinator.equals(currentUser.userId().orElse(null)));
    }

    public void requireMayReportChange(ChildCase childCase) {
        if (!mayReportChange(childCase)) {
            throw new NotAllowedException("見直しの依頼は、お住まいの市町村、担当コーディネーター、支援センターができます。");
        }
    }

    /** Reference data (the region of a municipality) is changed by administrators only. */
    public void requireAdministrator() {
        if (!currentUser.groupIds().contains(GroupIds.ADMIN)) {
            throw new NotAllowedException("この操作は管理者だけができます。");
        }
    }

    /**
     * Staff records (coordinators' training history) are kept by the center, which knows who
     * finished 養成研修・育成研修; administrators may correct them. The prefecture only reads.
     */
    public boolean mayEditStaffRecords() {
        List<String> groups = currentUser.groupIds();
        return groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.ADMIN);
    }

    public void requireStaffRecordsEditor() {
        if (!mayEditStaffRecords()) {
            throw new NotAllowedException("職員の研修歴は支援センター（または管理者）が編集します。");
        }
    }

    /** Pages over all children (audit log, dashboard) are for the center, the prefecture and administrators. */
    public void requireOverview() {
        if (!scope().everything()) {
            throw new NotAllowedException();
        }
    }

    /**
     * Who registers a child's case directly (ケース登録, a child already at home): the center for
     * any child, a municipality for its own residents. Decided from the person's groups (the
     * identity records), never from what a form says about them.
     */
    public boolean mayRegisterCase(String municipalityCode) {
        List<String> groups = currentUser.groupIds();
        return currentUser.userId().isPresent() && (groups.contains(GroupIds.SUPPORT_CENTER)
                || groups.contains(GroupIds.municipality(MunicipalityCode.of(municipalityCode))));
    }

    /** Whether the person registers cases at all (the center, a municipality): the page is theirs. */
    public boolean mayRegisterCases() {
        List<String> groups = currentUser.groupIds();
        return currentUser.userId().isPresent() && (groups.contains(GroupIds.SUPPORT_CENTER)
                || groups.stream().anyMatch(GroupIds::isMunicipalityGroup));
    }

    public void requireMayRegisterCases() {
        if (!mayRegisterCases()) {
            throw new NotAllowedException(REGISTRATION_REFUSED);
        }
    }

    public void requireMayRegisterCase(String municipalityCode) {
        if (!mayRegisterCase(municipalityCode)) {
            throw new NotAllowedException(REGISTRATION_REFUSED);
        }
    }

    /** Why a registration is refused (the page and the plan's start alike). */
    public static final String REGISTRATION_REFUSED =
            "ケース登録は、お住まいの市町村（その市町村に住むお子さん）と支援センターができます。";
}
