package jp.tsunagu.access;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.OperationRefusedException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.MunicipalityCode;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.routing.GroupIds;

/**
 * Who may start which flow for whom (issue "who may see and do what"). Camunda's grant on the
 * process definition says whether a group may start a flow at all; this says for which child:
 * a municipality only for its own residents, a coordinator an evacuation plan only for a case
 * assigned to them. Whoever names a child's case must be someone the case is theirs to see by
 * its facts (CaseAccess): naming a case is no way into another municipality's children.
 * A flow started by another flow (the discharge starting the plan) was
 * decided by that flow, and timers and jobs run with nobody logged in: both pass.
 */
@Component
public class StartRights {

    private static final ThreadLocal<Boolean> BY_FLOW = ThreadLocal.withInitial(() -> false);

    private final CurrentUser currentUser;
    private final ChildCases cases;
    private final Municipalities municipalities;
    private final CaseAccess caseAccess;

    public StartRights(CurrentUser currentUser, ChildCases cases, Municipalities municipalities, CaseAccess caseAccess) {
        this.currentUser = currentUser;
        this.cases = cases;
        this.municipalities = municipalities;
        this.caseAccess = caseAccess;
    }

    /** Runs a start that a flow decided on, not the person whose task led to it. */
    public static <T> T onBehalfOfFlow(Supplier<T> start) {
        boolean outer = BY_FLOW.get();
        BY_FLOW.set(true);
        try {
            return start.get();
        } finally {
            BY_FLOW.set(outer);
        }
    }

    /** Refuses (HTTP 403) a start the current user may not make for this municipality and case. */
    public void check(String processKey, String municipalityCode, String caseId) {
        if (BY_FLOW.get() || currentUser.userId().isEmpty()) {
            return;
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER)) {
            return;
        }
        boolean ownResident = municipalityCode != null
                && groups.contains(GroupIds.municipality(MunicipalityCode.of(municipalityCode)));
        boolean mayStart = switch (processKey) {
            case ProcessKeys.ADVISER_DISPATCH -> ownResident || groups.contains(GroupIds.COORDINATOR)
                    || groups.stream().anyMatch(GroupIds::isAdviserGroup);
            // whether it is the coordinator's own case is the case rule's question, below
            case ProcessKeys.EVACUATION_PLAN -> ownResident || groups.contains(GroupIds.COORDINATOR);
            case ProcessKeys.DISCHARGE_TRANSITION -> ownResident;
            // which region is checkRegionalActivity's question, asked by the flow's start listener
            case ProcessKeys.REGIONAL_ACTIVITY -> groups.stream().anyMatch(GroupIds::isAdviserGroup);
            default -> false;
        };
        if (!mayStart) {
            throw new OperationRefusedException(refusal(processKey, municipalityCode));
        }
        if (caseId != null && !caseId.isBlank()) {
            nameableCase(caseId);
        }
    }

    /**
     * Refuses (HTTP 403) a start that opens a new case (a plan for a child at home without a case
     * number) by someone who may not register one for this municipality: only its own officers
     * and the center (CaseAccess#mayRegisterCase).
     */
    public void checkNewCase(String municipalityCode) {
        if (BY_FLOW.get() || currentUser.userId().isEmpty() || caseAccess.mayRegisterCase(municipalityCode)) {
            return;
        }
        throw new OperationRefusedException(CaseAccess.REGISTRATION_REFUSED
                + "担当のケースの計画は、ケース番号を入力して開始してください。");
    }

    /**
     * Refuses (HTTP 403) a regional activity (regional-activity) the current user may not start
     * for this region: an adviser starts it for a region they cover, the center for any region;
     * municipalities, coordinators and the prefecture do not start it.
     */
    public void checkRegionalActivity(String regionId) {
        if (BY_FLOW.get() || currentUser.userId().isEmpty()) {
            return;
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER) || groups.contains(GroupIds.advisersOf(regionId))) {
            return;
        }
        throw new OperationRefusedException(refusal(ProcessKeys.REGIONAL_ACTIVITY, null));
    }

    /**
     * The case a start names, when the current person may name it: the case is theirs by its
     * facts (CaseAccess). A case that does not exist and one of another municipality answer alike
     * (403, the same sentence), so that a start is no way to learn which case numbers exist or
     * where a child lives. The flows' start listeners look the case up here, before they compare
     * it with the rest of the form.
     */
    public ChildCase nameableCase(String caseId) {
        if (BY_FLOW.get() || currentUser.userId().isEmpty() || caseAccess.scope().everything()) {
            return cases.require(caseId);
        }
        return cases.find(caseId).filter(caseAccess::isTheirs).orElseThrow(() -> new OperationRefusedException(
                "ケース「" + caseId.strip() + "」は見つからないか、指定して手続きを開始する権限がありません。"
                        + "お住まいの市町村、担当のコーディネーター、その圏域のアドバイザー、支援センターが指定できます。"));
    }

    private String refusal(String processKey, String municipalityCode) {
        if (ProcessKeys.REGIONAL_ACTIVITY.equals(processKey)) {
            return "圏域の活動を開始する権限がありません（その圏域の圏域アドバイザーまたは支援センターが開始できます）。";
        }
        if (ProcessKeys.EVACUATION_PLAN.equals(processKey)) {
            return "このお子さんの個別避難計画を開始する権限がありません（お住まいの市町村、担当コーディネーター、支援センターが開始できます）。";
        }
        String name = municipalityCode == null ? "その市町村" : municipalities.require(municipalityCode).getName();
        return "「" + name + "」についての手続きは開始できません。" + name + "または支援センターが開始します。";
    }
}
