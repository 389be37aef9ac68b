package cn.guanbiao.credit;

/** Credit lists an applicant may be on (R5), and what each means for the award. */
public enum CreditListType {
    SERIOUS_DISHONESTY("严重失信主体名单", true),
    JOINT_PUNISHMENT("联合惩戒对象", true),
    ABNORMAL_OPERATION("经营异常名录", false);

    private final String label;
    private final boolean blocksAward;

    CreditListType(String label, boolean blocksAward) {
        this.label = label;
        this.blocksAward = blocksAward;
    }

    public String label() {
        return label;
    }

    /** True: no award, no person involved. False: a person judges in CreditReview (PaymentCreditReview when listed later). */
    public boolean blocksAward() {
        return blocksAward;
    }
}
