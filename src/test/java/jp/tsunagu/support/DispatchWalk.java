package jp.tsunagu.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Walks adviser-dispatch requests over REST on an {@link AppNode} as the people who work them:
 * the center starts and triages, the region's adviser accepts and records the visit; the
 * requester's feedback is left to its timeout (Timer_FeedbackTimeout, a job), which closes it.
 */
public final class DispatchWalk {

    /** Where request n comes from: municipality and the adviser of its region. */
    public record Place(String municipalityCode, String adviser) {
    }

    static final List<Place> PLACES = List.of(new Place("022080", "adviser.shimokita"),
            new Place("022012", "adviser.aomori"), new Place("022039", "adviser.hachinohe"),
            new Place("022021", "adviser.tsugaru"));
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    private DispatchWalk() {
    }

    public static Place placeOf(int n) {
        return PLACES.get(n % PLACES.size());
    }

    /** Start body of request n, named by the client as {@code clientRequestId}. */
    public static Map<String, Object> startBody(int n, String clientRequestId) {
        return Map.of("variables", RestDriver.variables(
                "municipalityCode", placeOf(n).municipalityCode(),
                "requestKind", "ACCOMPANY",
                "requestDetail", "コーディネーターへの同行支援 #" + n,
                "wishedDate", TODAY.plusDays(7).toString(),
                "clientRequestId", clientRequestId));
    }

    public static NodeRest.Answer start(NodeRest rest, int n, String clientRequestId) {
        return rest.post("center", "/process-definition/key/adviser-dispatch/start", startBody(n, clientRequestId));
    }

    /**
     * Completes the instance's open task as the person who works it. Empty task list: null
     * (the instance waits for a job or has ended).
     */
    public static NodeRest.Answer step(NodeRest rest, String instanceId, int n) {
        return step(rest, instanceId, n, true);
    }

    /** As {@link #step(NodeRest, String, int)}; without feedback the requester leaves it to its timeout. */
    public static NodeRest.Answer step(NodeRest rest, String instanceId, int n, boolean giveFeedback) {
        NodeRest.Answer open = rest.get("admin", "/task?processInstanceId=" + instanceId);
        if (open.status() != 200) {
            return open;
        }
        if (open.list().isEmpty()) {
            return null;
        }
        Map<String, Object> task = open.list().get(0);
        String key = (String) task.get("taskDefinitionKey");
        if (!giveFeedback && "UserTask_Feedback".equals(key)) {
            return null;
        }
        String adviser = placeOf(n).adviser();
        Map<String, Object> input = switch (key) {
            case "UserTask_Triage" -> RestDriver.variables("triageDecision", "ADVISER");
            case "UserTask_AdviserAcceptance" -> RestDriver.variables("acceptDecision", "ACCEPT",
                    "scheduledDate", TODAY.plusDays(3).toString());
            case "UserTask_RecordActivity" -> RestDriver.variables("activityDate", TODAY.toString(),
                    "activityKind", "ACCOMPANIED_VISIT", "participantRoles", "本人、母、コーディネーター、圏域アドバイザー",
                    "participants_OTHER", 4, "activityContent", "初回訪問に同行 #" + n, "moreVisits", false);
            case "UserTask_Feedback" -> RestDriver.variables("feedbackRating", 5);
            case "UserTask_Escalation" -> RestDriver.variables("escalationDecision", "CENTER");
            case "UserTask_CenterResponse" -> RestDriver.variables("activityDate", TODAY.toString(),
                    "activityKind", "CONSULTATION", "participantRoles", "支援センター", "participants_OTHER", 1,
                    "activityContent", "センターが電話で対応 #" + n);
            default -> throw new IllegalStateException("no walk for " + key);
        };
        String worker = switch (key) {
            case "UserTask_AdviserAcceptance", "UserTask_RecordActivity" -> adviser;
            default -> "center";
        };
        return rest.post(worker, "/task/" + task.get("id") + "/complete", Map.of("variables", input));
    }
}
