package jp.tsunagu.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A page the role may not open answers 403 with a Japanese sentence (bad input: common.PageErrors). */
@RestControllerAdvice(basePackageClasses = ReportErrors.class)
public class ReportErrors {

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<String> notPermitted(NotPermittedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)).body(e.getMessage());
    }
}
