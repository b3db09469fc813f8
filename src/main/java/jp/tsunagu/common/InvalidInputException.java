package jp.tsunagu.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input that Tsunagu refuses. The message is Japanese and is shown as is to the person who
 * entered it (Tasklist, our pages) and returned with a 4xx to machines (REST).
 * It is a {@link BadUserRequestException} so that a delegate throwing it during a REST start or
 * task completion gives the caller HTTP 400 with this message, and the engine rolls back.
 */
public class InvalidInputException extends BadUserRequestException {

    public InvalidInputException(String message) {
        super(message);
    }
}
