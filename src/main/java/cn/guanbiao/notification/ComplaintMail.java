package cn.guanbiao.notification;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What a complainant who left an e-mail address is told when the verification is done (R7).
 *
 * @param contactName the name they gave; may be null (then addressed as 投诉举报人)
 * @param concerning  what the complaint was about, as they would recognise it, e.g. “重庆某某科技有限公司（申请编号 GB-…）获得的贯标认证奖励”
 * @param findings    what the municipal office found, as written by the official who verified it
 */
public record ComplaintMail(String referenceNo, String contactName, String concerning, LocalDateTime receivedAt,
        Outcome outcome, String findings, LocalDateTime decidedAt) {

    /** The outcome and what follows from it. */
    public enum Outcome {
        CONFIRMED_AWARD("反映的问题属实，已启动追回奖励资金程序"),
        /** About an application not yet paid: rejected, nothing paid. */
        CONFIRMED_UNPAID_AWARD("反映的问题属实，该申请不予奖励"),
        CONFIRMED_BODY("反映的问题属实，已记入认证机构问题记录"),
        UNFOUNDED("反映的问题经核查不属实");

        private final String headline;

        Outcome(String headline) {
            this.headline = headline;
        }

        public String headline() {
            return headline;
        }
    }

    public ComplaintMail {
        Objects.requireNonNull(referenceNo, "referenceNo");
        Objects.requireNonNull(concerning, "concerning");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
