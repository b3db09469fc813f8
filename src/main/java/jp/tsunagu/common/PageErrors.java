package jp.tsunagu.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jp.tsunagu.security.NotAllowedException;
import jp.tsunagu.security.NotVisibleException;

/** Our pages answer bad input with 400 and a Japanese sentence, never a stack trace. */
@RestControllerAdvice
public class PageErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return text(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> mistyped(MethodArgumentTypeMismatchException e) {
        return text(HttpStatus.BAD_REQUEST, "「" + e.getName() + "」の値が正しくありません。");
    }

    @ExceptionHandler(NotVisibleException.class)
    ResponseEntity<String> notVisible(NotVisibleException e) {
        return text(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<String> notAllowed(NotAllowedException e) {
        return text(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(message);
    }
}
