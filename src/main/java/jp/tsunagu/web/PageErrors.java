package jp.tsunagu.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

import jp.tsunagu.common.InvalidInputException;
import jp.tsunagu.common.NotAllowedException;
import jp.tsunagu.common.NotVisibleException;

/**
 * Our pages answer bad input with 400 and a Japanese sentence, never a stack trace: plain text
 * for a script, the Japanese error page with a way back for a browser ({@link ErrorPage}).
 */
@RestControllerAdvice
public class PageErrors {

    static final String UNREADABLE = "送信された内容を読み取れませんでした。ページを開き直してから、もう一度送信してください。";

    private final ErrorPage page;

    public PageErrors(ErrorPage page) {
        this.page = page;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
        return page.answer(request, HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> mistyped(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return page.answer(request, HttpStatus.BAD_REQUEST, "「" + e.getName() + "」の値が正しくありません。");
    }

    /**
     * Our forms are never multipart: a body that says it is and cannot be read (no boundary, cut
     * off, too large) is the sender's mistake, 400, not a failure of ours.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<String> unreadableMultipart(MultipartException e, HttpServletRequest request) {
        return page.answer(request, HttpStatus.BAD_REQUEST, UNREADABLE);
    }

    @ExceptionHandler(NotVisibleException.class)
    ResponseEntity<String> notVisible(NotVisibleException e, HttpServletRequest request) {
        return page.answer(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<String> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return page.answer(request, HttpStatus.FORBIDDEN, e.getMessage());
    }
}
