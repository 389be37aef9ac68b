package cn.guanbiao.complaint;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators (group camunda-admin): every complaint with who verified it, when and what they found (R7),
 * and the findings recorded against certification bodies. The list leaves out the complainant's contact details
 * (the verifying office sees them on its form); it says only whether they are told the outcome by e-mail.
 */
@RestController
@RequestMapping("/api/admin")
class ComplaintAdminController {

    record ComplaintView(String referenceNo, ComplaintSubject subject, String subjectLabel, String applicationNo,
            String certificationBody, String content, boolean toldByMail, LocalDateTime receivedAt, ComplaintStatus status,
            String statusLabel, String findings, String decidedBy, LocalDateTime decidedAt, String recoveryProcessInstanceId) {

        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.referenceNo(), c.subject(), c.subject().label(), c.applicationNo(),
                    c.certificationBody(), c.content(), c.hasContactEmail(), c.receivedAt(), c.status(), c.status().label(),
                    c.findings(), c.decidedBy(), c.decidedAt(), c.recoveryProcessInstanceId());
        }
    }

    private final Complaints complaints;

    ComplaintAdminController(Complaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/complaints")
    List<ComplaintView> complaints() {
        return complaints.all().stream().map(ComplaintView::of).toList();
    }

    @GetMapping("/complaints/{referenceNo}")
    ResponseEntity<ComplaintView> complaint(@PathVariable String referenceNo) {
        return ResponseEntity.of(complaints.find(referenceNo).map(ComplaintView::of));
    }
}
