package jp.tsunagu.web.pages;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.activity.ActivityRecord;
import jp.tsunagu.activity.ActivityRecords;
import jp.tsunagu.audit.AuditAction;
import jp.tsunagu.audit.AuditLog;
import jp.tsunagu.casework.ChildCase;
import jp.tsunagu.casework.ChildCaseRepository;
import jp.tsunagu.common.NotVisibleException;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.process.ProcessKeys;
import jp.tsunagu.web.PageCsrf;

/**
 * A child's case page, /cases/{caseId}: the case's facts, the flows the reader may see and
 * their activity records. A reader sees only the instances the engine lets them read (a
 * municipality the child moved away from sees what it handled, nothing new); every read is
 * audited. A case the reader may not see does not exist for them (404).
 */
@Controller
public class CasePageController {

    private final ChildCaseRepository cases;
    private final CaseAccess access;
    private final ActivityRecords activities;
    private final AuditLog audit;
    private final PageCsrf csrf;

    public CasePageController(ChildCaseRepository cases, CaseAccess access, ActivityRecords activities, AuditLog audit,
            PageCsrf csrf) {
        this.csrf = csrf;
        this.cases = cases;
        this.access = access;
        this.activities = activities;
        this.audit = audit;
    }

    /** One flow of the case as the page lists it. */
    public record FlowRow(String businessKey, String flowName, String processInstanceId, boolean running,
            LocalDate startedOn, LocalDate endedOn, boolean evacuationPlan) {
    }

    @GetMapping("/cases/{caseId}")
    @Transactional(readOnly = true)
    public String show(@PathVariable String caseId, Model model, HttpServletRequest request) {
        ChildCase childCase = access.requireVisible(cases.findById(caseId).orElseThrow(NotVisibleException::new));
        audit.recordRead(AuditAction.CASE_VIEWED, childCase.getId(), "/cases/" + childCase.getId());
        List<FlowRow> flows = access.visibleInstancesOf(childCase.getId()).stream().map(CasePageController::row).toList();
        List<ActivityRecord> records = flows.stream().flatMap(flow -> activities.of(flow.businessKey()).stream()).toList();
        model.addAttribute("childCase", childCase);
        model.addAttribute("flows", flows);
        model.addAttribute("activities", records);
        model.addAttribute("participantsOf", activities.participantsText(records));
        model.addAttribute("seesEverything", access.scope().everything());
        model.addAttribute("mayReportChange", access.mayReportChange(childCase));
        model.addAttribute("csrf", csrf.token(request));
        return "casework/case";
    }

    private static FlowRow row(HistoricProcessInstance instance) {
        return new FlowRow(instance.getBusinessKey(), instance.getProcessDefinitionName(), instance.getId(),
                instance.getEndTime() == null, day(instance.getStartTime()), day(instance.getEndTime()),
                ProcessKeys.EVACUATION_PLAN.equals(instance.getProcessDefinitionKey()));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(EngineTime.JAPAN).toLocalDate();
    }
}
