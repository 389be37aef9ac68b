package cn.guanbiao.notice;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import cn.guanbiao.calendar.Deadlines;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** R6, no login: what is in public notice now, and objections to it. */
@RestController
@RequestMapping("/api/public/notices")
class PublicNoticeController {

    record NoticeView(String applicationNo, String orgName, String creditCode, BigDecimal amount, LocalDate noticeEndsOn) {
        static NoticeView of(PublicNotices.Notice notice) {
            // the notice runs until the end of its last day
            return new NoticeView(notice.applicationNo(), notice.orgName(), notice.creditCode(), notice.amount(),
                    Deadlines.lastDay(notice.endsAt()));
        }

        /** For pages: "2026年12月21日（含）". */
        public String noticeEndsOnShown() {
            return Deadlines.show(noticeEndsOn);
        }
    }

    private final PublicNotices notices;
    private final ObjectionDesk objectionDesk;

    PublicNoticeController(PublicNotices notices, ObjectionDesk objectionDesk) {
        this.notices = notices;
        this.objectionDesk = objectionDesk;
    }

    @GetMapping
    List<NoticeView> current() {
        return notices.current().stream().map(NoticeView::of).toList();
    }

    @PostMapping("/{applicationNo}/objections")
    ResponseEntity<?> object(@PathVariable String applicationNo, @RequestBody JsonNode body) {
        ObjectionForm objection = ObjectionForm.read(body);
        return switch (objectionDesk.raise(applicationNo, objection.reason(), objection.contact())) {
            case ACCEPTED -> ResponseEntity.status(HttpStatus.ACCEPTED).build();
            case NOT_IN_NOTICE -> ResponseEntity.notFound().build();
            case NOTICE_ENDED -> noticeEnded();
        };
    }

    private static ResponseEntity<ProblemDetail> noticeEnded() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "该申请的公示期已结束，不再受理异议。");
        problem.setTitle("公示期已结束");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
