package cn.guanbiao.complaint;

import java.time.LocalDateTime;

/** A complaint, its verification and what followed from it. */
public record Complaint(String referenceNo, ComplaintSubject subject, String applicationNo, String certificationBody,
        String content, String contactName, String contactEmail, String contactPhone, LocalDateTime receivedAt,
        ComplaintStatus status, String findings, String decidedBy, LocalDateTime decidedAt,
        String recoveryProcessInstanceId, String processInstanceId) {

    public boolean hasContactEmail() {
        return contactEmail != null && !contactEmail.isBlank();
    }
}
