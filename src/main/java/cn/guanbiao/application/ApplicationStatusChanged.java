package cn.guanbiao.application;

import java.time.LocalDateTime;

/** An application's status changed ({@link StatusChanges}, in the same transaction). */
public record ApplicationStatusChanged(String applicationNo, ApplicationStatus status, LocalDateTime at) {
}
