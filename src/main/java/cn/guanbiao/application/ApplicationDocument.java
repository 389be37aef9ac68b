package cn.guanbiao.application;

import java.util.Arrays;
import java.util.Optional;


/**
 * The official documents an applicant keeps on file, each announced by the e-mail of one status change and attached
 * to it: the receipt on submission, the award decision when the money is paid, the decision not to award.
 */
public enum ApplicationDocument {
    RECEIPT("receipt", "受理回执"),
    AWARD_DECISION("award-decision", "奖励决定及拨付通知"),
    REJECTION("rejection", "不予奖励决定");

    private final String slug;
    private final String label;

    ApplicationDocument(String slug, String label) {
        this.slug = slug;
        this.label = label;
    }

    /** Its name in links, e.g. {@code /api/applications/{no}/documents/receipt}. */
    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public static Optional<ApplicationDocument> ofSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }

    /** The document the e-mail of this change carries; a return to 已拨付 after a spot check is no new decision. */
    public static Optional<ApplicationDocument> announcedBy(ApplicationStatus status, StatusMail.Occasion occasion) {
        if (occasion != null) {
            return Optional.empty();
        }
        return switch (status) {
            case SUBMITTED -> Optional.of(RECEIPT);
            case PAID -> Optional.of(AWARD_DECISION);
            case REJECTED -> Optional.of(REJECTION);
            default -> Optional.empty();
        };
    }
}
