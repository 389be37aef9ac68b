package cn.guanbiao.notification;

import java.time.LocalDate;

/** An e-mail to an awarded unit about its performance evaluation (R9): asked, reminded, or told it is overdue. */
public record EvaluationMail(Kind kind, String applicationNo, String orgName, String contactName, LocalDate deadline,
        String reportLink) {

    public enum Kind {
        REQUEST("请填报贯标绩效评价数据"), REMINDER("绩效评价数据即将逾期"), OVERDUE("绩效评价数据逾期未填报");

        private final String headline;

        Kind(String headline) {
            this.headline = headline;
        }

        public String headline() {
            return headline;
        }
    }
}
