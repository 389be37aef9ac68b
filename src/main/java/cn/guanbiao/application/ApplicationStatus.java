package cn.guanbiao.application;

import java.util.EnumSet;
import java.util.Set;

/** What an applicant sees (DOMAIN §6). */
public enum ApplicationStatus {
    SUBMITTED("已提交"),
    IN_REVIEW("审核中"),
    RETURNED_FOR_CORRECTION("退回补正"),
    CREDIT_CHECK("信用核查"),
    AWAITING_DECISION("待定奖励名单"),
    IN_PUBLIC_NOTICE("公示中"),
    APPROVED_FOR_PAYMENT("待拨付"),
    PAID("已拨付"),
    REJECTED("不予奖励"),
    NOT_FUNDED("本批次未获资助"),
    UNDER_SPOT_CHECK("抽查中"),
    RECOVERY("资金追回中"),
    RECOVERED("奖励资金已追回"),
    EVALUATED("已完成绩效评价");

    /** Still before the call's decision: the call's award list cannot be approved while any is here. */
    public static final Set<ApplicationStatus> UNDER_REVIEW =
            EnumSet.of(SUBMITTED, IN_REVIEW, RETURNED_FOR_CORRECTION, CREDIT_CHECK);

    /**
     * Still in progress: a unit may not apply again while one of its applications is here (kept per unit in table
     * {@code application_in_progress}, see {@link ApplicationsInProgress}; migration V9 copies this list).
     */
    public static final Set<ApplicationStatus> ACTIVE =
            EnumSet.of(SUBMITTED, IN_REVIEW, RETURNED_FOR_CORRECTION, CREDIT_CHECK, AWAITING_DECISION,
                    IN_PUBLIC_NOTICE, APPROVED_FOR_PAYMENT);

    private final String label;

    ApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
