package jp.tsunagu.common;

/** The page exists but is not for the current user's role (HTTP 403). */
public class NotAllowedException extends RuntimeException {

    public NotAllowedException() {
        this("このページを見る権限がありません。");
    }

    public NotAllowedException(String message) {
        super(message);
    }
}
