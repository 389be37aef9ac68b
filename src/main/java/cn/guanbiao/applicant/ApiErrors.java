package cn.guanbiao.applicant;

import cn.guanbiao.application.InvalidInputException;
import cn.guanbiao.application.FieldError;
import java.net.URI;
import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the project's own APIs as {@code application/problem+json}, each bad field named. Ordered before
 * Spring Boot's generic problem-details handler, which would answer without the {@code errors} array.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "cn.guanbiao")
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "提交的内容有误", "请按提示修改标明的字段后重新提交。", e.errors());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "提交的内容有误", "请求体不是有效的 JSON。",
                List.of(new FieldError("body", "请求体不是有效的 JSON")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "请以 application/json 提交。", List.of());
    }

    @ExceptionHandler(Corrections.NotCorrectableException.class)
    ResponseEntity<ProblemDetail> notCorrectable(Corrections.NotCorrectableException e) {
        return problem(HttpStatus.CONFLICT, "当前不能修改申请", e.getMessage(), List.of());
    }

    /**
     * This request and another one (or a job) changed the same thing at once and this one lost: the engine's
     * optimistic lock, or a database lock it waited for too long or a deadlock. It changed nothing.
     */
    @ExceptionHandler({OptimisticLockingException.class, ConcurrencyFailureException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "操作冲突", "您的请求与其他操作同时发生，未能办理，也未作任何改动。请稍后重试。", List.of());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
