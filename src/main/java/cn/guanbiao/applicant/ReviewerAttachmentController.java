package cn.guanbiao.applicant;

import cn.guanbiao.application.Attachments;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewers open an applicant's file from the review form in Tasklist: HTTP Basic, and only those who review that
 * application (a group or user that has or had one of its tasks) or an administrator.
 */
@RestController
class ReviewerAttachmentController {

    private static final Logger log = LoggerFactory.getLogger(ReviewerAttachmentController.class);

    private final ReviewerAccess access;
    private final Attachments attachments;

    ReviewerAttachmentController(ReviewerAccess access, Attachments attachments) {
        this.access = access;
        this.attachments = attachments;
    }

    @GetMapping("/review/attachments/{attachmentId}")
    ResponseEntity<?> download(@PathVariable String attachmentId,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            HttpServletResponse response) {
        ReviewerAccess.Decision decision = access.check(authorization);
        return switch (decision.outcome()) {
            case UNAUTHENTICATED -> {
                ResponseEntity<?> problem = ApiErrors.problem(HttpStatus.UNAUTHORIZED, "需要登录",
                        "请使用审核账号（与 Tasklist 相同的用户名和密码）登录后下载附件。", List.of());
                yield ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"guanbiao-review\", charset=\"UTF-8\"")
                        .headers(problem.getHeaders()).body(problem.getBody());
            }
            case FORBIDDEN -> ApiErrors.problem(HttpStatus.FORBIDDEN, "无权访问",
                    "只有审核部门（区县知识产权局、行业主管部门、市知识产权局、财政局）和管理员可以下载申请附件。", List.of());
            case ALLOWED -> download(attachmentId, decision, response);
        };
    }

    private ResponseEntity<?> download(String attachmentId, ReviewerAccess.Decision reviewer, HttpServletResponse response) {
        Optional<String> applicationNo = attachments.applicationOf(attachmentId);
        if (applicationNo.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        if (!access.mayRead(reviewer, applicationNo.get())) {
            log.info("Reviewer {} (groups {}) refused attachment {} of application {}: not among its reviewers",
                    reviewer.userId(), reviewer.groups(), attachmentId, applicationNo.get());
            return ApiErrors.problem(HttpStatus.FORBIDDEN, "无权访问",
                    "只有正在或曾经审核这份申请的部门和管理员可以下载它的附件。", List.of());
        }
        return attachments.download(attachmentId).<ResponseEntity<?>>map(d -> {
            log.info("Reviewer {} downloads attachment {} ({}) of application {}", reviewer.userId(), attachmentId,
                    d.attachment().sha256(), d.attachment().applicationNo());
            return AttachmentDownloads.response(d, response);
        }).orElse(ResponseEntity.notFound().build());
    }
}
