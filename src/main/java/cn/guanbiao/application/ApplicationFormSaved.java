package cn.guanbiao.application;

import java.time.LocalDateTime;

/** An application's form was stored: at intake, and again by each correction (in the same transaction). */
public record ApplicationFormSaved(String applicationNo, ApplicationForm form, LocalDateTime at) {
}
