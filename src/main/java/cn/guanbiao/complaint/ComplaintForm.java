package cn.guanbiao.complaint;

/**
 * A complaint as submitted: {@code applicationNo} only about an award, {@code certificationBody} only about a
 * body; the contact fields are optional (a complaint may be anonymous).
 */
public record ComplaintForm(ComplaintSubject subject, String applicationNo, String certificationBody, String content,
        String contactName, String contactEmail, String contactPhone) {
}
