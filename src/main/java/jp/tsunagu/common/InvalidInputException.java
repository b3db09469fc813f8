package jp.tsunagu.common;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that Tsunagu refuses. The message is Japanese and is shown as is to the person who
 * entered it (Tasklist, our pages) and returned with a 4xx to machines (REST).
 * It is a {@link FormFieldValidationException} because that is the exception Camunda's REST API
 * (start, complete, submit-form) answers with HTTP 400 and Tasklist shows under the form; any
 * other exception from a delegate becomes HTTP 500. The engine rolls the command back either way.
 */
public class InvalidInputException extends FormFieldValidationException {

    public InvalidInputException(String message) {
        super(null, message);
    }
}
