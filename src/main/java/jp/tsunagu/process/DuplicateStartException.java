package jp.tsunagu.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A start that was already made (same client request id, or the same start form sent again by
 * the same person). It rolls the second start back; REST answers with the instance of the first
 * ({@code web.InvalidInputRestMapping}). A ProcessEngineException so that Camunda's
 * REST layer hands it to our mapper as the cause instead of a bare server error.
 */
public class DuplicateStartException extends ProcessEngineException {

    private final String processKey;
    private final String requestKey;

    public DuplicateStartException(String processKey, String requestKey) {
        super("この申込はすでに受け付けています（" + processKey + "）。");
        this.processKey = processKey;
        this.requestKey = requestKey;
    }

    public String processKey() {
        return processKey;
    }

    public String requestKey() {
        return requestKey;
    }
}
