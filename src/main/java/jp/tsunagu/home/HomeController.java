package jp.tsunagu.home;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.tsunagu.common.JapaneseDates;
import jp.tsunagu.dispatch.MyRequests;
import jp.tsunagu.identity.Names;
import jp.tsunagu.process.CurrentUser;
import jp.tsunagu.process.EngineTime;
import jp.tsunagu.report.Dashboard;

/**
 * The front door: "/" and /home, the Japanese home page of つなぐ after login. Per user: their
 * open tasks and their count (assigned to them or offered to their groups, asked of the engine
 * with their own authentication so its grants apply, as in Tasklist), their latest requests and
 * the pages their role opens.
 */
@Controller
public class HomeController {

    static final int TASKS_SHOWN = 10;
    static final int REQUESTS_SHOWN = 5;

    /** An open task as the home page lists it. */
    public record TaskRow(String name, String created, String due, String tasklistUrl) {
    }

    private final CurrentUser currentUser;
    private final TaskService tasks;
    private final MyRequests myRequests;
    private final PageLinks links;
    private final Names names;

    public HomeController(CurrentUser currentUser, TaskService tasks, MyRequests myRequests, PageLinks links,
            Names names) {
        this.currentUser = currentUser;
        this.tasks = tasks;
        this.myRequests = myRequests;
        this.links = links;
        this.names = names;
    }

    @GetMapping("/")
    public String root() {
        return "redirect:/home";
    }

    @GetMapping("/home")
    public String home(Model model) {
        String userId = currentUser.userId().orElseThrow();
        List<String> groups = currentUser.groupIds();
        model.addAttribute("userName", names.person(userId));
        model.addAttribute("roles", names.groups(groups));
        TaskQuery open = myOpenTasks(userId, groups);
        model.addAttribute("taskCount", open.count());
        model.addAttribute("tasks", open.orderByTaskCreateTime().desc().listPage(0, TASKS_SHOWN).stream()
                .map(HomeController::row).toList());
        model.addAttribute("mayRequest", myRequests.currentUserMayRequest());
        List<MyRequests.Row> requests = myRequests.ofCurrentUser();
        model.addAttribute("requestCount", requests.size());
        model.addAttribute("requests", requests.subList(0, Math.min(REQUESTS_SHOWN, requests.size())));
        model.addAttribute("links", links.forCurrentUser());
        return "home/home";
    }

    /** Tasks assigned to the user or offered to one of their groups, that the user may read. */
    private TaskQuery myOpenTasks(String userId, List<String> groups) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (groups.isEmpty()) {
            return query.taskAssignee(userId);
        }
        return query.or().taskAssignee(userId).taskCandidateGroupIn(new ArrayList<>(groups)).endOr();
    }

    private static TaskRow row(Task task) {
        return new TaskRow(task.getName(), date(task.getCreateTime()),
                task.getDueDate() == null ? "—" : date(task.getDueDate()), Dashboard.TASKLIST_TASK + task.getId());
    }

    private static String date(java.util.Date at) {
        return at == null ? "—" : JapaneseDates.day(at.toInstant().atZone(EngineTime.JAPAN).toLocalDate());
    }
}
