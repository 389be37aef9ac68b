package cn.guanbiao.applicant;

import cn.guanbiao.application.FieldError;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Upload errors as problem+json naming the field {@code file}. Not limited to a package: a file above the servlet's
 * multipart limit is refused before any controller is chosen, and only advice for every controller is asked then.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class AttachmentErrors {

    private final AttachmentUploads uploads;

    AttachmentErrors(AttachmentUploads uploads) {
        this.uploads = uploads;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooBig(MaxUploadSizeExceededException e) {
        return ApiErrors.problem(HttpStatus.BAD_REQUEST, "文件过大", uploads.tooBig(),
                List.of(new FieldError(AttachmentUploads.FIELD, uploads.tooBig())));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e) {
        return ApiErrors.problem(HttpStatus.BAD_REQUEST, "上传失败", "上传的内容不完整或格式不正确，请重新选择文件上传。",
                List.of(new FieldError(AttachmentUploads.FIELD, "上传的内容不完整或格式不正确，请重新选择文件上传")));
    }

    @ExceptionHandler(AttachmentUploads.UploadsClosedException.class)
    ResponseEntity<ProblemDetail> closed(AttachmentUploads.UploadsClosedException e) {
        return ApiErrors.problem(HttpStatus.CONFLICT, "当前不能上传附件", e.getMessage(),
                List.of(new FieldError(AttachmentUploads.FIELD, e.getMessage())));
    }
}
