package jp.tsunagu.report;

/** A page the user's role does not open at all (HTTP 403), as opposed to a row they may not see (404). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
