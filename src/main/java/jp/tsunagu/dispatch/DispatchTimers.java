package jp.tsunagu.dispatch;

import java.util.Date;

import org.springframework.stereotype.Component;

import jp.tsunagu.process.EngineTime;

/** Due dates and timers of adviser-dispatch, called from the BPMN as ${dispatchTimers...}. */
@Component("dispatchTimers")
public class DispatchTimers {

    private final DispatchProperties properties;

    public DispatchTimers(DispatchProperties properties) {
        this.properties = properties;
    }

    /** UserTask_Triage's due date. */
    public Date triageDue() {
        return EngineTime.afterWorkingDays(properties.triageWorkingDays());
    }

    /** UserTask_AdviserAcceptance's due date and Timer_AcceptanceOverdue. */
    public Date acceptanceDue() {
        return EngineTime.afterWorkingDays(properties.acceptanceWorkingDays());
    }

    /** UserTask_Feedback's due date: when Timer_FeedbackTimeout closes the request without it. */
    public Date feedbackDue() {
        return Date.from(EngineTime.now().plus(properties.feedbackTimeout()).toInstant());
    }

    /** Timer_FeedbackTimeout, as an ISO-8601 duration. */
    public String feedbackTimeout() {
        return properties.feedbackTimeout().toString();
    }
}
