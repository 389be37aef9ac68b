package cn.guanbiao.notification;

import java.time.LocalDateTime;

/** An e-mail to an official about a task: new in their group, due soon, or overdue. */
public record ReviewerMail(Kind kind, String recipientName, String taskName, String caseNo, String orgName,
        LocalDateTime due, String taskLink) {

    public enum Kind {
        NEW_TASK("新的审核任务"), DUE_SOON("审核任务即将到期"), OVERDUE("审核任务已逾期");

        private final String headline;

        Kind(String headline) {
            this.headline = headline;
        }

        public String headline() {
            return headline;
        }
    }
}
