package jp.tsunagu.dispatch;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** /my-requests 「申込の状況」: the requests the logged-in user made, and nobody else's. */
@Controller
public class MyRequestsController {

    private final MyRequests myRequests;

    public MyRequestsController(MyRequests myRequests) {
        this.myRequests = myRequests;
    }

    @GetMapping("/my-requests")
    public String show(Model model) {
        model.addAttribute("requests", myRequests.ofCurrentUser());
        return "dispatch/my-requests";
    }
}
