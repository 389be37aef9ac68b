package cn.guanbiao.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** An application as stored: what the applicant submitted plus where it stands. */
public record Application(
        String applicationNo,
        ApplicationForm form,
        ApplicationStatus status,
        String statusReason,
        BigDecimal awardAmount,
        BigDecimal reservedAmount,
        String trackingToken,
        LocalDateTime submittedAt,
        String processInstanceId) {

    public String creditCode() {
        return form.creditCode();
    }

    public String callId() {
        return form.callId();
    }

    public String orgName() {
        return form.orgName();
    }

    public Application withForm(ApplicationForm newForm) {
        return new Application(applicationNo, newForm, status, statusReason, awardAmount, reservedAmount, trackingToken,
                submittedAt, processInstanceId);
    }
}
