package jp.tsunagu.common;

import org.camunda.bpm.engine.exception.NotFoundException;

/**
 * An operation named something that is not there (an instance id, say): HTTP 404 with the
 * Japanese sentence, and nothing is done or written to the audit log.
 */
public class UnknownTargetException extends NotFoundException {

    public UnknownTargetException(String message) {
        super(message);
    }
}
