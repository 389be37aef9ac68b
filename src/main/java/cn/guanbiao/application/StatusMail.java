package cn.guanbiao.application;

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
 * @param occasion    why the status was reached, when that needs words of its own; null: the status's own words
 */
public record StatusMail(String applicationNo, String orgName, String contactName, ApplicationStatus status,
                         String reason, BigDecimal awardAmount, String statusLink, LocalDate deadline,
                         LocalDateTime occurredAt, Occasion occasion) {

    /**
     * A status reached again for a reason of its own: back to 已拨付 after a spot check, or after a suspicion of fraud
     * was not confirmed, is not a second payment.
     * Its mail uses {@code templates/mail/occasion/<NAME>.html|txt} and its own headline.
     */
    public enum Occasion {
        SPOT_CHECK_PASSED("监督抽查合格"),
        SPOT_CHECK_RECTIFICATION("监督抽查发现问题，请整改"),
        RECOVERY_DROPPED("经核查不予追回");

        private final String headline;

        Occasion(String headline) {
            this.headline = headline;
        }

        public String headline() {
            return headline;
        }
    }

    public StatusMail(String applicationNo, String orgName, String contactName, ApplicationStatus status, String reason,
            BigDecimal awardAmount, String statusLink, LocalDate deadline, LocalDateTime occurredAt) {
        this(applicationNo, orgName, contactName, status, reason, awardAmount, statusLink, deadline, occurredAt, null);
    }

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
