package cn.guanbiao.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The morning e-mail to an official listing the tasks new in their groups since the last one. */
public record ReviewerDigestMail(String recipientName, LocalDate day, List<NewTask> tasks, String tasklistLink) {

    /** {@code due}: the engine's exclusive end, shown as its last day. */
    public record NewTask(String taskName, String caseNo, String orgName, LocalDateTime due, String taskLink) {
    }
}
