package jp.tsunagu.process;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jp.tsunagu.common.InvalidInputException;

/**
 * The last start listener of every flow: one request is one instance.
 * <ul>
 * <li>A client (script, another system) names its request with the start variable
 * {@code clientRequestId}; the same id again for the same flow, however late, starts nothing and
 * REST answers with the instance the first one started. A client that lost the answer in a
 * network or server failure just sends the same start again.</li>
 * <li>A person who sends the same start form twice (a double click in Tasklist, a second tab)
 * within {@code tsunagu.start.duplicate-window} gets the first request back. The key is the
 * person and a fingerprint of what was entered, so a different request is never taken for a
 * duplicate.</li>
 * </ul>
 * Starts by the application itself (another flow, nobody logged in, no client id) pass.
 * On each start event {@link #noteInput} runs first, while the variables are what was entered
 * (the flow's own listener then adds derived ones, e.g. a new case id), and this listener runs
 * last, so refused input is refused before anything else and the row carries the business key.
 * Everything is one transaction with the start.
 * <p>
 * On StartEvent_DispatchRequested, StartEvent_DischargeAnnounced, StartEvent_PlanRequested and
 * StartEvent_ActivityPlanned.
 */
@Component("startOnce")
public class StartOnce implements ExecutionListener {

    public static final String CLIENT_REQUEST_ID = "clientRequestId";
    static final int MAX_CLIENT_REQUEST_ID = 100;
    /** Transient: never stored with the instance. */
    static final String INPUT_FINGERPRINT = "startInputFingerprint";

    private final StartRequests starts;
    private final CurrentUser currentUser;
    private final Duration formWindow;
    private final Clock clock;

    public StartOnce(StartRequests starts, CurrentUser currentUser,
            @Value("${tsunagu.start.duplicate-window:PT1M}") Duration formWindow, Clock clock) {
        this.starts = starts;
        this.currentUser = currentUser;
        this.formWindow = formWindow;
        this.clock = clock;
    }

    /** First start listener: remembers (for this transaction only) what the person entered. */
    public void noteInput(DelegateExecution execution) {
        execution.setVariable(INPUT_FINGERPRINT, Variables.stringValue(fingerprint(execution.getVariables()), true));
    }

    @Override
    public void notify(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        Optional<String> clientRequestId = Inputs.of(execution)
                .optionalText(CLIENT_REQUEST_ID, "クライアント要求ID", MAX_CLIENT_REQUEST_ID);
        Optional<String> user = currentUser.userId();
        var now = clock.instant();
        var started = new StartRequests.StartedInstance(execution.getProcessInstanceId(),
                execution.getProcessDefinitionId(), execution.getProcessBusinessKey(), now);
        if (clientRequestId.isPresent()) {
            if (!clientRequestId.get().matches("[\\p{Alnum}._:-]+")) {
                throw new InvalidInputException("「クライアント要求ID」に使える文字は英数字と . _ : - です。");
            }
            starts.claim(processKey, "client:" + clientRequestId.get(), null, user.orElse(null), started);
        } else if (user.isPresent() && !formWindow.isZero()) {
            Object input = execution.getVariable(INPUT_FINGERPRINT);
            String key = "form:" + user.get() + ":" + (input != null ? input : fingerprint(execution.getVariables()));
            starts.claim(processKey, key, now.minus(formWindow), user.get(), started);
            starts.forgetFingerprintsBefore(now.minus(formWindow));
        }
    }

    /** What was entered, independent of the order the form sent it in. */
    static String fingerprint(Map<String, Object> variables) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(new TreeMap<>(variables).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
