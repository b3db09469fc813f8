package jp.tsunagu.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Something that does not exist, or that the user may not see: both answer 404 alike. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotVisibleException extends RuntimeException {

    public NotVisibleException() {
        super("見つかりません。");
    }

    /** For what the user may see but that is not there yet; never says more than "not found" to others. */
    public NotVisibleException(String message) {
        super(message);
    }
}
