package jp.tsunagu.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring's error path in Japanese instead of the English "Whitelabel Error Page": an unknown
 * page, a refused method or an unexpected failure answers with its own status, as a page in our
 * layout for a browser and one Japanese sentence for a script. Opened directly (no error
 * forwarded here), /error is a page that does not exist: 404, never 500.
 */
@Controller
public class ErrorPages implements ErrorController {

    private final ErrorPage page;

    public ErrorPages(ErrorPage page) {
        this.page = page;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<String> error(HttpServletRequest request) {
        return page.answer(request, statusOf(request), null);
    }

    static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return HttpStatus.NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(value);
        if (status == null) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status.isError() ? status : HttpStatus.NOT_FOUND;
    }
}
