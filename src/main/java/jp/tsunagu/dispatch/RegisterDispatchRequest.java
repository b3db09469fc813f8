package jp.tsunagu.dispatch;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.StartRights;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCases;
import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.OperationRefusedException;
import jp.tsunagu.organization.Municipalities;
import jp.tsunagu.organization.Municipality;
import jp.tsunagu.organization.StaffMember;
import jp.tsunagu.organization.StaffMembers;
import jp.tsunagu.process.BusinessKeyPrefix;
import jp.tsunagu.process.BusinessKeys;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.ProcessVariables;
import jp.tsunagu.routing.GroupIds;

/**
 * StartEvent_DispatchRequested: checks the request (the start form validates too, but REST
 * bypasses it), gives the business key DSP-&lt;year&gt;-&lt;seq&gt;, derives the region and the
 * requester's role, and stores the request. Any refusal rolls the whole start back.
 */
@Component("registerDispatchRequest")
public class RegisterDispatchRequest implements ExecutionListener {

    private final Municipalities municipalities;
    private final ChildCases cases;
    private final StartRights startRights;
    private final StaffMembers staff;
    private final BusinessKeys businessKeys;
    private final DispatchRequestRepository requests;
    private final CurrentUser currentUser;
    private final Clock clock;

    public RegisterDispatchRequest(Municipalities municipalities, ChildCases cases, StartRights startRights, StaffMembers staff,
            BusinessKeys businessKeys, DispatchRequestRepository requests, CurrentUser currentUser, Clock clock) {
        this.municipalities = municipalities;
        this.cases = cases;
        this.startRights = startRights;
        this.staff = staff;
        this.businessKeys = businessKeys;
        this.requests = requests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Municipality municipality = municipalities.require(ProcessVariables.MUNICIPALITY.required(execution));
        Requester requester = requester(municipality);
        RequestKind kind = DispatchVariables.REQUEST_KIND.required(execution);
        String detail = DispatchVariables.REQUEST_DETAIL.required(execution);
        LocalDate wished = DispatchVariables.WISHED_DATE.required(execution);
        String wishedNote = DispatchVariables.WISHED_DATES_NOTE.optional(execution).orElse(null);
        ChildCase childCase = ProcessVariables.CASE.optional(execution)
                .map(id -> requireCaseOf(id, municipality)).orElse(null);
        String caseId = childCase == null ? null : childCase.getId();
        StaffMember coordinator = ProcessVariables.COORDINATOR.optional(execution)
                .map(staff::requireCoordinator).orElse(null);
        // The coordinator named may read the request, and through it the case: only the case's own.
        if (childCase != null && coordinator != null && childCase.getCoordinator() != null
                && !childCase.getCoordinator().getUserId().equals(coordinator.getUserId())) {
            throw new InvalidInputException("「担当コーディネーター」には、このケースの担当コーディネーターを指定するか、空欄にしてください。");
        }

        String businessKey = businessKeys.next(BusinessKeyPrefix.DISPATCH);
        execution.setProcessBusinessKey(businessKey);
        String region = municipality.getRegion().getId();
        ProcessVariables.MUNICIPALITY.set(execution, municipality.getCode());
        ProcessVariables.REGION_ID.set(execution, region);
        DispatchVariables.ADVISER_REGION.set(execution, region);
        DispatchVariables.REQUESTER_ROLE.set(execution, requester.role());
        DispatchVariables.VISIT_COUNT.set(execution, 0);
        requests.save(new DispatchRequest(businessKey, execution.getProcessInstanceId(), requester, municipality,
                kind, detail, wished, wishedNote, caseId, coordinator, clock.instant()));
    }

    /**
     * The requester's role comes from their groups; nobody logged in means another flow or the
     * application started it.
     */
    private Requester requester(Municipality municipality) {
        Optional<String> userId = currentUser.userId();
        if (userId.isEmpty()) {
            return new Requester(null, RequesterRole.SYSTEM);
        }
        List<String> groups = currentUser.groupIds();
        if (groups.contains(GroupIds.SUPPORT_CENTER)) {
            return new Requester(userId.get(), RequesterRole.CENTER);
        }
        if (groups.contains(GroupIds.COORDINATOR)) {
            return new Requester(userId.get(), RequesterRole.COORDINATOR);
        }
        if (groups.stream().anyMatch(GroupIds::isAdviserGroup)) {
            return new Requester(userId.get(), RequesterRole.ADVISER);
        }
        List<String> ownMunicipalities = GroupIds.municipalityCodes(groups);
        // Whether this municipality may ask for that one is StartRights' decision (403).
        if (!ownMunicipalities.isEmpty()) {
            return new Requester(userId.get(), RequesterRole.MUNICIPALITY);
        }
        throw new OperationRefusedException("派遣申込ができるのは市町村、コーディネーター、支援センター、圏域アドバイザーの方です。");
    }

    private ChildCase requireCaseOf(String caseId, Municipality municipality) {
        ChildCase childCase = startRights.nameableCase(caseId);
        if (!childCase.getHomeMunicipality().getCode().equals(municipality.getCode())) {
            throw new InvalidInputException("ケース「" + caseId + "」は「" + municipality.getName()
                    + "」のケースではありません。市町村にはお子さんのお住まいの市町村を選んでください。");
        }
        return childCase;
    }
}
