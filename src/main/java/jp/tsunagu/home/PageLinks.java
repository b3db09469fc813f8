package jp.tsunagu.home;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import jp.tsunagu.access.CaseAccess;
import jp.tsunagu.advice.AdviceAccess;
import jp.tsunagu.dispatch.MyRequests;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.report.FiscalYear;
import jp.tsunagu.report.ReportAccess;
import jp.tsunagu.routing.GroupIds;

/**
 * The pages the current user may open, for the home page: asked of the same rules the pages
 * themselves apply (ReportAccess, CaseAccess, the engine's application grants of RoleGrants), so
 * a link shown is a page that opens, and a page that would refuse is not linked.
 */
@Component
public class PageLinks {

    /** A page: where, its name, and one line on what it is for. */
    public record Link(String id, String href, String label, String note) {
    }

    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String COCKPIT = "/camunda/app/cockpit/";
    static final String COCKPIT_APPLICATION = "cockpit";

    private final CurrentUser currentUser;
    private final CaseAccess caseAccess;
    private final ReportAccess reportAccess;
    private final MyRequests myRequests;
    private final AuthorizationService authorizations;
    private final AdviceAccess adviceAccess;

    public PageLinks(CurrentUser currentUser, CaseAccess caseAccess, ReportAccess reportAccess, MyRequests myRequests,
            AuthorizationService authorizations, AdviceAccess adviceAccess) {
        this.adviceAccess = adviceAccess;
        this.currentUser = currentUser;
        this.caseAccess = caseAccess;
        this.reportAccess = reportAccess;
        this.myRequests = myRequests;
        this.authorizations = authorizations;
    }

    public List<Link> forCurrentUser() {
        List<Link> links = new ArrayList<>();
        if (currentUser.userId().isEmpty()) {
            return links;
        }
        links.add(new Link("tasklist", TASKLIST, "タスクリスト", "自分とグループのタスク、申込（業務を開始）"));
        if (mayOpenCockpit()) {
            links.add(new Link("cockpit", COCKPIT, "Cockpit", "進行中の手続きとインシデントの監視"));
        }
        if (myRequests.currentUserMayRequest()) {
            links.add(new Link("my-requests", "/my-requests", "申込の状況", "自分が申し込んだ派遣申込の進み具合"));
        }
        if (caseAccess.mayRegisterCases()) {
            links.add(new Link("case-registration", "/cases/new", "ケース登録", "在宅のお子さんのケースを登録（個別避難計画の準備）"));
        }
        if (reportAccess.mayOpenDashboard()) {
            links.add(new Link("dashboard", "/dashboard", "ダッシュボード", "圏域・業務ごとの状況、期限切れのタスク"));
        }
        if (reportAccess.mayOpenReports()) {
            FiscalYear year = FiscalYear.of(EngineTime.today());
            links.add(new Link("case-collection", "/reports/case-collection?fiscalYear=" + year.startYear(),
                    "活動事例集（" + year.label() + "）", "今年度の活動記録のまとめ"));
            links.add(new Link("activities-csv", "/reports/activities.csv?from=" + year.firstDay() + "&to=" + year.lastDay(),
                    "活動記録（CSV、" + year.label() + "）", "今年度の活動記録の表計算用ファイル"));
            links.add(new Link("search", "/search", "検索", "案件番号・ケースでさがす"));
        }
        if (adviceAccess.mayRead()) {
            links.add(new Link("advice", "/advice", "随時相談", adviceAccess.mayRecord()
                    ? "電話・メール・訪問で受けた相談の記録と一覧" : "電話・メール・訪問で受けた相談の一覧"));
        }
        links.add(new Link("mail-settings", "/settings/mail", "メール通知の設定", "タスクのお知らせメールを受け取るか止めるか"));
        if (caseAccess.scope().everything()) {
            links.add(new Link("audit", "/audit", "監査ログ", "だれがいつ何を見て、何をしたか"));
            links.add(new Link("staff", "/staff", "職員名簿と研修歴", "コーディネーターの養成研修・育成研修の修了年"));
        }
        if (isAdministrator()) {
            links.add(new Link("municipalities", "/municipalities", "市町村と圏域", "市町村の圏域の変更（管理者）"));
            links.add(new Link("regional-activity-kinds", "/regional-activity-kinds", "圏域の活動の種類",
                    "勉強会・会議などの種類の追加・名前の変更・使用停止（管理者）"));
        }
        return links;
    }

    private boolean isAdministrator() {
        return currentUser.groupIds().contains(GroupIds.ADMIN);
    }

    /** Cockpit opens for administrators and for whom RoleGrants granted the application. */
    private boolean mayOpenCockpit() {
        return isAdministrator() || authorizations.isUserAuthorized(currentUser.userId().orElseThrow(),
                currentUser.groupIds(), Permissions.ACCESS, Resources.APPLICATION, COCKPIT_APPLICATION);
    }
}
