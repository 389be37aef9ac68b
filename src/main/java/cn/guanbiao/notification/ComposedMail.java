package cn.guanbiao.notification;

/** A rendered e-mail: subject, HTML part and plain-text part. */
public record ComposedMail(String subject, String html, String text) {
}
