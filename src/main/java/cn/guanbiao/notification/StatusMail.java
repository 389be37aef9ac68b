package cn.guanbiao.notification;

import cn.guanbiao.application.ApplicationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the applicant is told when the status of an application changes (DOMAIN §6).
 *
 * @param reason      why: the reason for rejection or recovery, what to correct, a reviewer's note; may be null
 * @param awardAmount yuan; may be null before it is computed
 * @param statusLink  absolute http(s) link to the applicant's status page (where corrections are made)
 * @param deadline    correction deadline, end of the public notice or of a spot-check/recovery period; may be null
 */
public record StatusMail(String applicationNo, String orgName, String contactName, ApplicationStatus status,
                         String reason, BigDecimal awardAmount, String statusLink, LocalDate deadline,
                         LocalDateTime occurredAt) {

    public StatusMail {
        Objects.requireNonNull(applicationNo, "applicationNo");
        Objects.requireNonNull(orgName, "orgName");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusLink, "statusLink");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!(statusLink.startsWith("https://") || statusLink.startsWith("http://"))) {
            throw new IllegalArgumentException("statusLink must be an absolute http(s) link: " + statusLink);
        }
    }
}
