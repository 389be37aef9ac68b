package cn.guanbiao.spotcheck;

/** What an inspection concludes about the unit (form field {@code conclusion}). */
public enum SpotCheckConclusion {
    COMPLIANT("合格", "合格"),
    RECTIFY("存在问题需整改", "存在问题，责令整改"),
    FRAUD("弄虚作假骗取奖励", "涉嫌弄虚作假，已立案核查");

    private final String label;
    private final String publicLabel;

    SpotCheckConclusion(String label, String publicLabel) {
        this.label = label;
        this.publicLabel = publicLabel;
    }

    public String label() {
        return label;
    }

    /** What the public page says: a suspicion of fraud is not yet a finding of fraud until the recovery decision. */
    public String publicLabel() {
        return publicLabel;
    }
}
