package jp.tsunagu.common;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * An operation the person may not do here, refused with a Japanese sentence saying why. It is an
 * {@link AuthorizationException} so that Camunda's REST API and web apps answer 403 with it, as
 * they do for a missing permission, and roll the command back.
 */
public class OperationRefusedException extends AuthorizationException {

    public OperationRefusedException(String message) {
        super(message);
    }
}
